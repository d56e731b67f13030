/**
 * The editor features of the language service: pure functions from a checked letter (and a
 * position) to plain LSP types. The language server only wires them to its connection.
 */
export {
  analyzeLetter,
  largeLetterNotice,
  DEFAULT_MAX_CHARS,
  type LetterAnalysis,
  type AnalysisOptions,
} from './analysis';
export {
  toDiagnostics,
  toDiagnostic,
  type RuleDocs,
  DIAGNOSTIC_SOURCE,
  type FindingData,
  type FixData,
} from './diagnostics';
export { getHover } from './hover';
export { getCompletions } from './completion';
export { ITEM_LABELS } from '../letter/grammar';
export { letterChecklist } from './checklist';
export { getCodeActions, safeFixes, FIX_ALL_KIND } from './code-actions';
export { getDocumentSymbols, getFoldingRanges } from './outline';
export { getDocumentHighlights } from './highlights';
export { guidelinePassages } from './passages';
export { letterTemplate } from './template';
export { letterSummary } from './summary';
export { itemAround } from './locate';
