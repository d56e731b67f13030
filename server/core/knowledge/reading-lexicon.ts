import lexiconData from './data/reading-lexicon.json';
import { lexiconOf, type WordClassFile } from './word-classes';

/**
 * The letter readers' words, kept as data in `data/reading-lexicon.json` and checked against
 * `reading-lexicon.schema.json` by the tests. Reading a sentence with them is the readers' work.
 */
export type ReadingWordClass =
  | 'clinicians'
  | 'caseParties'
  | 'workplace'
  | 'family'
  | 'specialists'
  | 'clinicianVerbs'
  | 'abbreviations'
  | 'ownClauseWords'
  | 'attributionParticiples';

/** The lexicon file's shape (as the schema has it). */
export type ReadingLexiconFile = WordClassFile<ReadingWordClass>;

export type ReadingLexicon = Record<ReadingWordClass, readonly string[]>;

/** The people other than the patient a sentence may name, by the word classes that list them. */
export const OTHER_PERSON_CLASSES: readonly ReadingWordClass[] = ['clinicians', 'caseParties', 'workplace', 'family'];

/** The built-in reading lexicon: each word class's words. */
export const readingLexicon: () => ReadingLexicon = lexiconOf(lexiconData as ReadingLexiconFile);
