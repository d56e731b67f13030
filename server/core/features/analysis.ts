import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { checkDetermination } from '../check/engine';
import type { CheckerConfig } from '../check/config';
import type { Finding } from '../check/finding';
import type { KnowledgeBase } from '../knowledge/types';
import type { Determination } from '../model/determination';
import { parseDetermination } from '../parser';
import type { Rule } from '../rules/rule';
import { allRules } from '../rules';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** One checked version of a letter, with what the features need to answer about it. */
export interface LetterAnalysis {
  determination: Determination;
  findings: Finding[];
  knowledge: KnowledgeBase;
  config: CheckerConfig;
  /** Set when the letter was too large to check whole: how many items were checked. */
  truncated?: { checkedItems: number; totalChars: number };
}

export interface AnalysisOptions {
  knowledge: KnowledgeBase;
  config: CheckerConfig;
  rules?: readonly Rule[];
  /** Letters longer than this are checked only up to the last whole item before it. */
  maxChars?: number;
}

/** About 2 MB: far beyond any real letter, small enough to check within a keystroke's budget. */
export const DEFAULT_MAX_CHARS = 2_000_000;

/**
 * Parses and checks a letter. In a letter over `maxChars` (a pasted case file) only the items
 * that end before the limit are checked, so typing never waits on the rest; the parser itself
 * is linear and reads it all, so every position still maps to the model.
 */
export function analyzeLetter(text: string, options: AnalysisOptions): LetterAnalysis {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const { knowledge, config } = options;
  const parsed = parseDetermination(text, knowledge);
  const tooLarge = text.length > maxChars;
  const determination = tooLarge ? { ...parsed, items: parsed.items.filter((item) => item.span.end <= maxChars) } : parsed;
  const findings = checkDetermination(determination, { knowledge, config, rules: options.rules ?? allRules });
  const truncated = tooLarge ? { checkedItems: determination.items.length, totalChars: text.length } : undefined;
  return { determination, findings, knowledge, config, truncated };
}

/** The notice shown on a letter too large to check whole, instead of freezing on it. */
export function largeLetterNotice(analysis: LetterAnalysis): Diagnostic | undefined {
  if (!analysis.truncated) return undefined;
  const { checkedItems, totalChars } = analysis.truncated;
  const megabytes = (totalChars / 1_000_000).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'too-large',
    source: DIAGNOSTIC_SOURCE,
    message: `This letter is too large (${megabytes} MB); checking the first ${checkedItems} items.`,
  };
}
