import type { Located, Span } from '../model/span';
import { contentStart, type LetterLine } from './lines';

/**
 * One cell of a header line: text set apart from its neighbours by a tab or two or more
 * spaces, as a two-column header reaches plain text. A cell may be a label (`Date of Injury:`),
 * a label with its value (`Case Number: CM16-0201234`) or a value alone.
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

const GAP = /\t|[ \u00a0]{2,}/g;
/** Label words: letters and the punctuation of "State(s)", "No." or "Date/Time"; no digits, so "10:30" is not one. */
const LABEL_WORDS = /^[A-Za-z][A-Za-z .()/&'-]*$/;
const MAX_LABEL = 40;

export function cellsOf(line: LetterLine): Cell[] {
  const from = contentStart(line) - line.start;
  const cells: Cell[] = [];
  let start = from;
  const text = line.text;
  GAP.lastIndex = from;
  for (let gap = GAP.exec(text); ; gap = GAP.exec(text)) {
    const end = gap ? gap.index : text.length;
    const cell = cellAt(line, start, end);
    if (cell) cells.push(cell);
    if (!gap) break;
    start = gap.index + gap[0].length;
  }
  return cells;
}

/** The cell of text[from, to) of a line (offsets within the line), or nothing for mere decoration. */
function cellAt(line: LetterLine, from: number, to: number): Cell | undefined {
  const whole = trimmedPart(line, from, to);
  if (!whole) return undefined;
  const at = whole.text.indexOf(':');
  const colon = whole.span.start - line.start + at;
  const words = at > 0 ? trimmedPart(line, from, colon) : undefined;
  if (!words || words.text.length > MAX_LABEL || !LABEL_WORDS.test(words.text)) return { ...whole, column: from };
  const value = trimmedPart(line, colon + 1, to);
  return {
    ...whole,
    column: from,
    label: { value: words.text, span: words.span },
    ...(value ? { value } : {}),
  };
}

/** text[from, to) of a line without surrounding white space and `**`/`__`, with its letter span. */
function trimmedPart(line: LetterLine, from: number, to: number): { text: string; span: Span } | undefined {
  const raw = line.text.slice(from, to).replace(/\*\*|__/g, '  ');
  const text = raw.trim();
  if (!text) return undefined;
  const start = line.start + from + raw.indexOf(text);
  return { text, span: { start, end: start + text.length } };
}
