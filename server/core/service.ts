/**
 * The one front door to the core, in the manner of vscode-markdown-languageservice's
 * `createLanguageService`: the CLI and the language server both read, check and answer about
 * letters through this object, so they check the same way (the size cap, the incremental re-check,
 * one era per analysis) and cannot drift apart. Everything here is pure; callers read files and
 * settings and pass text and a setup.
 */
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
  Range,
} from 'vscode-languageserver-types';
import type { CheckerConfig } from './check/config';
import type { Rule } from './check/rule';
import type { KnowledgeBase } from './knowledge/types';
import { applicableLimits } from './knowledge/item/applicable';
import type { Checklist, GuidelinePassage, LetterSummary } from '../shared/protocol';
import { analyzeLetter, largeLetterNotice, type LetterAnalysis } from './features/analysis';
import { toDiagnostics, type RuleDocs } from './features/diagnostics';
import { getHover } from './features/hover';
import { getCompletions, type CompletionRequestContext } from './features/completion';
import { getCodeActions } from './features/code-actions';
import type { IgnoreTarget } from './features/ignore-finding';
import { letterChecklist } from './features/checklist';
import { getDocumentSymbols, getFoldingRanges } from './features/outline';
import { getDocumentHighlights } from './features/highlights';
import { guidelinePassages } from './features/passages';
import { letterSummary } from './features/summary';
import { letterTemplate } from './features/template';
import { itemAround } from './features/locate';

/** What governs one letter: the knowledge (built-in data and packs) and the configuration in force for it. */
export interface LetterSetup {
  knowledge: KnowledgeBase;
  config: CheckerConfig;
}

export interface LetterServiceOptions {
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
  /** Letters longer than this are checked only up to the last whole item before it (about 2 MB by default). */
  maxChars?: number;
}

export interface LetterService {
  /**
   * Parses and checks a letter, reading its era once. Given the previous analysis of the same
   * letter under the same setup, only the items an edit touched are checked again.
   */
  analyze(text: string, setup: LetterSetup, previous?: LetterAnalysis): LetterAnalysis;
  /**
   * The findings as LSP diagnostics, after a notice when the letter was too large to check whole;
   * each rule id linked to its documentation through `docs`.
   */
  diagnostics(analysis: LetterAnalysis, uri: string, docs?: RuleDocs): Diagnostic[];
  hover(analysis: LetterAnalysis, position: Position): Hover | undefined;
  /** Completion; `context` tells a typed trigger character from an explicit request. */
  completions(analysis: LetterAnalysis, position: Position, context?: CompletionRequestContext): CompletionItem[];
  /**
   * Quick fixes for the findings in `range`, and Fix all; snippet fixes only given the client's
   * `snippetCommand`; "Ignore this finding" for a published letter only given where it is written.
   */
  codeActions(
    analysis: LetterAnalysis,
    uri: string,
    range: Range,
    only?: string[],
    snippetCommand?: string,
    ignoreIn?: IgnoreTarget,
  ): CodeAction[];
  /** What the letter must hold, ticked where it has it (the editor's checklist view). */
  checklist(analysis: LetterAnalysis): Checklist;
  documentSymbols(analysis: LetterAnalysis): DocumentSymbol[];
  foldingRanges(analysis: LetterAnalysis): FoldingRange[];
  highlights(analysis: LetterAnalysis, position: Position): DocumentHighlight[];
  /** The standard passages for the item at the position (every passage when none applies). */
  passages(analysis: LetterAnalysis, position: Position): GuidelinePassage[];
  summary(analysis: LetterAnalysis): LetterSummary;
  /** A whole new letter as a snippet, with the reviewer's credentials when the setup gives them. */
  template(setup: LetterSetup): string;
}

export function createLetterService(options: LetterServiceOptions = {}): LetterService {
  return {
    analyze: (text, setup, previous) => analyzeLetter(text, { ...setup, ...options }, previous),
    diagnostics(analysis, uri, docs) {
      const diagnostics = toDiagnostics(analysis.findings, analysis.determination.lines, uri, docs);
      const notice = largeLetterNotice(analysis);
      return notice ? [notice, ...diagnostics] : diagnostics;
    },
    hover: getHover,
    completions: getCompletions,
    codeActions: getCodeActions,
    checklist: letterChecklist,
    documentSymbols: (analysis) => getDocumentSymbols(analysis.determination),
    foldingRanges: (analysis) => getFoldingRanges(analysis.determination),
    highlights: (analysis, position) => getDocumentHighlights(analysis.determination, position),
    passages(analysis, position) {
      const { determination, knowledge, era } = analysis;
      const item = itemAround(determination, determination.lines.offsetAt(position));
      return guidelinePassages(knowledge, item ? applicableLimits(knowledge, item, era) : []);
    },
    summary: letterSummary,
    template: (setup) => letterTemplate(setup.knowledge, setup.config.reviewer),
  };
}

export type { LetterAnalysis };
