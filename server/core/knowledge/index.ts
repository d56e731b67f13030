/**
 * Guideline knowledge: the built-in packs under `data/`, user packs (same schema), and the
 * lookups rules and features use. Pure: callers read pack files and pass their text.
 */
export { builtInKnowledge, BUILT_IN_PACKS } from './built-in';
export { parsePack, formatPackProblem, type PackProblem, type ParsedPack } from './pack';
export { mergeKnowledge, emptyKnowledge, type KnowledgeNote, type NamedPack } from './merge';
export { treatmentLimits } from './limits';
export {
  knowledgeForItem,
  treatmentOfItem,
  entryInForce,
  writtenEditionInForce,
  limitOutOfDate,
  guidelinesOutOfDate,
  type ItemKnowledge,
  type OutOfDate,
  type UnjudgedReason,
} from './fit';
export { guidelineNamed, namesKnownGuideline, type CitedEdition } from './citations';
export { definitionsFor } from './definitions';
export {
  drugByName,
  drugListEntry,
  drugMentions,
  drugsNamedIn,
  morphineEquivalentPerDay,
  type DrugMention,
} from './drugs';
export { pageRangesOf } from './pages';
export { listGuidelines, type GuidelineListing } from './list-guidelines';
export { letterEra, editionOnDate, inForceOn, citationGrammarDate, type LetterEra } from './era';
export type * from './types';
