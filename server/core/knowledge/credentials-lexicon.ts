import lexiconData from './data/credentials-lexicon.json';
import { lexiconOf, wordClassesOf, type WordClassFile } from './word-classes';

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
export type CredentialsLexiconFile = WordClassFile<CredentialWordClass>;

export type CredentialsLexicon = Record<CredentialWordClass, readonly string[]>;

/** The built-in credentials lexicon: each word class's words. */
export const credentialsLexicon: () => CredentialsLexicon = lexiconOf(lexiconData as CredentialsLexiconFile);

export function wordsOf(file: CredentialsLexiconFile): CredentialsLexicon {
  return wordClassesOf(file);
}
