/**
 * The one front door to the core, in the manner of vscode-markdown-languageservice's
 * `createLanguageService`: the CLI and the language server both read, check and answer about
 * letters through this object, so they check the same way (the size cap, the incremental re-check,
 * one era per analysis) and cannot drift apart. Everything here is pure; callers read files and
 * settings and pass text and a setup.
 */
import {
  DiagnosticSeverity,
  type CompletionItem,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Position,
} from 'vscode-languageserver-types';
import type { CheckerConfig } from './check/config';
import type { Finding, Severity } from './check/finding';
import type { Rule } from './check/rule';
import type { KnowledgeBase } from './knowledge/types';
import { applicableLimits } from './knowledge/item/applicable';
import type { Checklist, GuidelinePassage, LetterSummary } from '../shared/protocol';
import { analyzeLetter, largeLetterNotice, type LetterAnalysis } from './features/analysis';
import { DIAGNOSTIC_SOURCE, toDiagnostics, type RuleDocs } from './features/diagnostics';
import { getHover } from './features/hover';
import { getCompletions, type CompletionRequestContext } from './features/completion';
import { getCodeActions } from './features/code-actions';
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
   * at most MAX_PUBLISHED_FINDINGS of them, the most severe, then a notice counting the rest;
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
  codeActions: typeof getCodeActions;
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
      const shown = mostSevere(analysis.findings, MAX_PUBLISHED_FINDINGS);
      const diagnostics = toDiagnostics(shown, analysis.determination.lines, uri, docs);
      const notices = [largeLetterNotice(analysis), moreFindingsNotice(analysis.findings.length - shown.length)];
      return [...notices.filter((notice): notice is Diagnostic => notice !== undefined), ...diagnostics];
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
      return guidelinePassages(knowledge, item ? applicableLimits(knowledge, item, era) : [], era);
    },
    summary: letterSummary,
    template: (setup) => letterTemplate(setup.knowledge, setup.config.reviewer),
  };
}

/**
 * No editor needs more findings than this for one letter, and publishing thousands (a paste of
 * 5,000 item headers) costs seconds; beyond it the most severe are kept and one notice counts the rest.
 */
export const MAX_PUBLISHED_FINDINGS = 1000;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** At most `limit` findings, the most severe first, kept in document order. */
function mostSevere(findings: Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return findings;
  const kept = new Set(
    [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]).slice(0, limit),
  );
  return findings.filter((finding) => kept.has(finding));
}

function moreFindingsNotice(omitted: number): Diagnostic | undefined {
  if (omitted <= 0) return undefined;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'too-many-findings',
    source: DIAGNOSTIC_SOURCE,
    message: `This letter has ${MAX_PUBLISHED_FINDINGS + omitted} findings; the ${MAX_PUBLISHED_FINDINGS} most severe are shown, and ${omitted} more are not.`,
  };
}

export type { LetterAnalysis };
