/**
 * The inline Markdown marks of one line, as the Markdown preview would not show them: the
 * delimiters of bold and emphasis (`**`, `__`, `*`, `_`) that pair up on the line, the
 * backslash of an escape and the backticks of a code span. A lone or unpaired mark is text
 * ("Norco*", "9792.20(__)") and stays.
 */
import type { Span } from '../model/span';

interface DelimiterRun {
  mark: string;
  start: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
}

/** A backslash before ASCII punctuation escapes it. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

export function inlineMarks(text: string, run: Span): Span[] {
  const dropped: Span[] = [];
  const delimiters: DelimiterRun[] = [];
  for (let at = run.start; at < run.end;) {
    const char = text[at];
    if (char === '\\' && at + 1 < run.end && ESCAPABLE.test(text[at + 1])) {
      dropped.push({ start: at, end: at + 1 });
      at += 2;
    } else if (char === '`') {
      at = codeSpan(text, at, run.end, dropped);
    } else if (char === '*' || char === '_') {
      const delimiter = delimiterRun(text, at, run);
      delimiters.push(delimiter);
      at += delimiter.length;
    } else {
      at++;
    }
  }
  return [...dropped, ...pairedDelimiters(delimiters)].sort((a, b) => a.start - b.start);
}

/** A code span's backticks, dropped when a run of the same length closes it; returns where to read on. */
function codeSpan(text: string, at: number, end: number, dropped: Span[]): number {
  let length = 1;
  while (at + length < end && text[at + length] === '`') length++;
  const fence = '`'.repeat(length);
  const close = text.indexOf(fence, at + length);
  if (close < 0 || close + length > end) return at + length;
  dropped.push({ start: at, end: at + length }, { start: close, end: close + length });
  return close + length;
}

function delimiterRun(text: string, at: number, run: Span): DelimiterRun {
  const mark = text[at];
  let length = 1;
  while (at + length < run.end && text[at + length] === mark) length++;
  const before = at > run.start ? text[at - 1] : ' ';
  const after = at + length < run.end ? text[at + length] : ' ';
  // An underscore inside a word is part of it (snake_case); an asterisk may emphasise part of a word.
  const wordy = (char: string) => mark === '_' && /[\p{L}\p{N}]/u.test(char);
  return {
    mark,
    start: at,
    length,
    canOpen: !/\s/.test(after) && !wordy(before),
    canClose: !/\s/.test(before) && !wordy(after),
  };
}

/** Each closing run pairs with the nearest open run of the same mark and length; both are dropped. */
function pairedDelimiters(delimiters: DelimiterRun[]): Span[] {
  const open: DelimiterRun[] = [];
  const dropped: Span[] = [];
  for (const delimiter of delimiters) {
    const opener =
      delimiter.canClose && delimiter.length <= 3
        ? findLast(open, (candidate) => candidate.mark === delimiter.mark && candidate.length === delimiter.length)
        : undefined;
    if (opener) {
      open.splice(open.indexOf(opener));
      dropped.push(
        { start: opener.start, end: opener.start + opener.length },
        { start: delimiter.start, end: delimiter.start + delimiter.length },
      );
    } else if (delimiter.canOpen) {
      open.push(delimiter);
    }
  }
  return dropped;
}

function findLast<T>(values: readonly T[], test: (value: T) => boolean): T | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (test(values[i])) return values[i];
  return undefined;
}
