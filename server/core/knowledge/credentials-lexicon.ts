import lexiconData from './data/credentials-lexicon.json';

/**
 * The prose credentials reader's words, kept as data in `data/credentials-lexicon.json` and
 * checked against `credentials-lexicon.schema.json` by the tests. Reading a sentence with them
 * is the parser's work.
 */
export type CredentialWordClass =
  | 'licenseHolders'
  | 'licenseQualifiers'
  | 'licenseNouns'
  | 'licenseKinds'
  | 'licensedWords'
  | 'licensingBodyWords'
  | 'licenseSources'
  | 'practiceWords'
  | 'specialtyMarkers'
  | 'specialtyNouns'
  | 'boardCertifiedNouns'
  | 'boardNames'
  | 'articles'
  | 'nextCredentialVerbs'
  | 'nextCredentialStarts'
  | 'clauseEnds'
  | 'statePrefixes'
  | 'professions'
  | 'licenseeNouns'
  | 'specialistNouns'
  | 'genericModifiers'
  | 'notSpecialties'
  | 'credentialSuffixes'
  | 'notValueStarts';

/** The lexicon file's shape (as the schema has it). */
export interface CredentialsLexiconFile {
  wordClasses: Record<CredentialWordClass, { words: string[] }>;
}

export type CredentialsLexicon = Record<CredentialWordClass, readonly string[]>;

let cached: CredentialsLexicon | undefined;

/** The built-in credentials lexicon: each word class's words. */
export function credentialsLexicon(): CredentialsLexicon {
  cached ??= wordsOf(lexiconData as CredentialsLexiconFile);
  return cached;
}

export function wordsOf(file: CredentialsLexiconFile): CredentialsLexicon {
  return Object.fromEntries(
    Object.entries(file.wordClasses).map(([name, { words }]) => [name, words]),
  ) as unknown as CredentialsLexicon;
}
