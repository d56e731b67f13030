import type { Located, Span } from '../model/span';
import { contentStart, type LetterLine } from './lines';

/**
 * One cell of a header line: text set apart from its neighbours by a tab or two or more
 * spaces, as a two-column header reaches plain text, or by the `|` of a Markdown table row. A
 * cell may be a label (`Date of Injury:`), a label with its value (`Case Number: CM16-0201234`)
 * or a value alone.
 */
export interface Cell {
  /** The cell's words, Markdown emphasis set aside. */
  text: string;
  span: Span;
  /** Characters from the start of the line: which column the cell stands in. */
  column: number;
  /** The words before the colon, when the cell is a label. */
  label?: Located;
  /** What follows the label's colon in the same cell. */
  value?: { text: string; span: Span };
}

const GAP = /\t|[ \u00a0]{2,}|\|/g;
/**
 * Emphasis marks and line-break tags decorate a draft's header; set to spaces (offsets kept),
 * they part a bold label from the value after it (`**Case Number:** CM16-0201234`).
 */
const DECORATION = /\*\*|__|<br\s*\/?>/gi;
/** A bold label closed before its colon (`**Date of Injury**: 06/19/2014`): the colon is moved before the marks. */
const MARKS_BEFORE_COLON = /(\*\*|__)([ \t]*):/g;
/** The rule under a Markdown table's first row: `| --- | :---: |`. */
const TABLE_RULE = /^:?-{3,}:?$/;
/** Label words: letters (spaced by any space) and the punctuation of "State(s)", "No." or "Date/Time"; no digits, so "10:30" is not one. */
const LABEL_WORDS = /^[A-Za-z][A-Za-z \u00a0.()/&'-]*$/;
const MAX_LABEL = 40;

/** Whether the words before a colon make a label ("Date of Injury", "State(s) of Licensure"). */
function isLabelWords(words: string): boolean {
  return words.length <= MAX_LABEL && LABEL_WORDS.test(words);
}

/** Whether a line is a row of a Markdown table: `| Date of Injury | 06/19/2014 |`. */
export function isTableRow(line: LetterLine): boolean {
  return /^[ \t]*\|/.test(line.text);
}

/** Whether a line's text opens with a label and its colon. */
export function startsWithLabel(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && isLabelWords(text.slice(0, colon).trimEnd());
}

export function cellsOf(line: LetterLine): Cell[] {
  const from = contentStart(line) - line.start;
  const cells: Cell[] = [];
  let start = from;
  const text = line.text
    .replace(MARKS_BEFORE_COLON, (_, marks: string, space: string) => `:${' '.repeat(marks.length + space.length)}`)
    .replace(DECORATION, (mark) => ' '.repeat(mark.length));
  GAP.lastIndex = from;
  for (let gap = GAP.exec(text); ; gap = GAP.exec(text)) {
    const end = gap ? gap.index : text.length;
    const cell = cellAt(line.start, text, start, end);
    if (cell) cells.push(cell);
    if (!gap) break;
    start = gap.index + gap[0].length;
  }
  return cells;
}

/**
 * The cell of text[from, to) of a line (its text undecorated, offsets within it; the line starts
 * at `base`), or nothing for mere decoration.
 */
function cellAt(base: number, text: string, from: number, to: number): Cell | undefined {
  const whole = trimmedPart(base, text, from, to);
  if (!whole || TABLE_RULE.test(whole.text)) return undefined;
  const at = whole.text.indexOf(':');
  const colon = whole.span.start - base + at;
  const words = at > 0 ? trimmedPart(base, text, from, colon) : undefined;
  if (!words || !isLabelWords(words.text)) return { ...whole, column: from };
  const value = trimmedPart(base, text, colon + 1, to);
  return {
    ...whole,
    column: from,
    label: { value: words.text, span: words.span },
    ...(value ? { value } : {}),
  };
}

/** text[from, to) without surrounding white space, with its letter span. */
function trimmedPart(base: number, text: string, from: number, to: number): { text: string; span: Span } | undefined {
  const raw = text.slice(from, to);
  const words = raw.trim();
  if (!words) return undefined;
  const start = base + from + raw.indexOf(words);
  return { text: words, span: { start, end: start + words.length } };
}
