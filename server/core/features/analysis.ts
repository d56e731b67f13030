import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { checkIncrementally, type CheckMemo } from '../check/incremental';
import type { CheckerConfig } from '../check/config';
import type { Finding } from '../check/finding';
import type { KnowledgeBase } from '../knowledge/types';
import { letterEra, type LetterEra } from '../knowledge/era';
import type { Determination, DisputedItem } from '../model/determination';
import { parseDetermination } from '../parser';
import type { Rule } from '../check/rule';
import { allRules } from '../rules';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** One checked version of a letter, with what the features need to answer about it. */
export interface LetterAnalysis {
  determination: Determination;
  findings: Finding[];
  knowledge: KnowledgeBase;
  config: CheckerConfig;
  /** The guideline era the letter was decided in, read once for the rules and every feature. */
  era: LetterEra;
  /** Set when the letter was too large to check whole: how many items were checked. */
  truncated?: { checkedItems: number; totalChars: number };
  /** Lets the next check of this letter re-check only the items an edit touched. */
  memo?: CheckMemo;
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
 * The parser reads no further than this (to the end of a line), so a 50 MB paste costs what a
 * 5 MB one does; generous, since an item after a pasted case file is still to be found.
 */
export const MAX_PARSED_CHARS = 5_000_000;

/**
 * Parses and checks a letter. In a letter over `maxChars` (a pasted case file, hundreds of
 * items) the items are checked in order only while their own text adds up to `maxChars`, so a
 * keystroke never waits on thousands of them; an item after a pasted case summary is still
 * checked. The parser reads up to MAX_PARSED_CHARS; the item that cut runs through is not checked.
 */
export function analyzeLetter(text: string, options: AnalysisOptions, previous?: LetterAnalysis): LetterAnalysis {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const { knowledge, config } = options;
  const parseEnd = text.length > MAX_PARSED_CHARS ? lineEndBefore(text, MAX_PARSED_CHARS) : text.length;
  const parsed = parseDetermination(
    parseEnd < text.length ? text.slice(0, parseEnd) : text,
    knowledge,
    previous?.knowledge === knowledge ? previous.determination : undefined,
  );
  const tooLarge = text.length > maxChars;
  const whole = parsed.items.filter((item) => parseEnd === text.length || item.span.end < parseEnd);
  const determination = tooLarge ? { ...parsed, items: itemsWithin(whole, maxChars) } : parsed;
  const rules = options.rules ?? allRules;
  const era = letterEra(determination, knowledge);
  const { findings, memo } = checkIncrementally(determination, { knowledge, config, rules }, previous?.memo, era);
  const truncated = tooLarge ? { checkedItems: determination.items.length, totalChars: text.length } : undefined;
  return { determination, findings, knowledge, config, era, truncated, memo };
}

/** Where the line holding offset `limit` starts (or `limit`, in a line longer than that). */
function lineEndBefore(text: string, limit: number): number {
  const end = text.lastIndexOf('\n', limit);
  return end > 0 ? end + 1 : limit;
}

/** The first items whose text together stays within the budget. */
function itemsWithin(items: DisputedItem[], budget: number): DisputedItem[] {
  let used = 0;
  let count = 0;
  while (count < items.length && used + spanLength(items[count]) <= budget) used += spanLength(items[count++]);
  return items.slice(0, count);
}

function spanLength(item: DisputedItem): number {
  return item.span.end - item.span.start;
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
    message: `This letter is too large (${megabytes} MB); checking the first ${checkedItems === 1 ? 'item' : `${checkedItems} items`}.`,
  };
}
