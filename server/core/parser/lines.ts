import type { LineIndex } from '../model/line-index';

/** One physical line of the letter: its offsets (without the line break) and its text. */
export interface LetterLine {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function letterLines(text: string, lines: LineIndex): LetterLine[] {
  const result: LetterLine[] = [];
  for (let index = 0; index < lines.lineCount; index++) {
    const start = lines.lineStart(index);
    const end = lines.lineEnd(index);
    result.push({ index, start, end, text: blankComments(text.slice(start, end)) });
  }
  return result;
}

/**
 * The letter with its running page headers blanked, offsets kept: some PDF converters repeat a
 * header at the top of each page ("Case Number: CM17-0001234", "IMR Final Determination
 * CM17-0001234   Page 2"). Such a line is the first of a page (it opens with the form feed) and
 * names a case number or a page number, or its words, numbers aside, open another page too. It
 * is no part of the sentence or title that a page break splits. The same text when there is none.
 */
export function withoutPageHeaders(text: string, lines: LetterLine[]): string {
  const pageStarts = lines.filter((line) => line.text.startsWith('\f') && !isBlank(line));
  if (pageStarts.length === 0) return text;
  const shapeOf = (line: LetterLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const shapes = new Map<string, number>();
  for (const line of pageStarts) shapes.set(shapeOf(line), (shapes.get(shapeOf(line)) ?? 0) + 1);
  const headers = pageStarts.filter((line) => RUNNING_HEADER.test(line.text) || (shapes.get(shapeOf(line)) ?? 0) > 1);
  if (headers.length === 0) return text;
  const pieces: string[] = [];
  let copied = 0;
  for (const line of headers) {
    // The form feed stays: it still marks the page break.
    pieces.push(text.slice(copied, line.start + 1), ' '.repeat(line.end - line.start - 1));
    copied = line.end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** A case number (CM17-0001234), or "Page 2" set apart at the line's end. */
const RUNNING_HEADER = /\b[A-Z]{2}\d{2}-\d{5,}\b|(?:^\f|\s{2,})page\s+\d+(?:\s+of\s+\d+)?\s*$/i;

/** HTML comments (inline directives, fixture markers) are not letter text: blank them, keeping offsets. */
export function blankComments(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', copied)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    pieces.push(text.slice(copied, open), ' '.repeat(close + 3 - open));
    copied = close + 3;
  }
  if (copied === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Blank lines carry only spaces, tabs, form feeds (page breaks) or non-breaking spaces. */
export function isBlank(line: LetterLine): boolean {
  return /^[\s\u00a0]*$/.test(line.text);
}

/**
 * Where a line's words begin once Markdown decoration is set aside: heading marks, list
 * markers, block quotes and an opening `**`/`__`. Returns an offset into the letter.
 */
export function contentStart(line: LetterLine): number {
  const match = /^[\s\u00a0\f]*(?:#{1,6}[ \t]+|>[ \t]*|[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?[ \t]*/.exec(
    line.text,
  );
  return line.start + (match ? match[0].length : 0);
}

/** The line's words without Markdown decoration or trailing emphasis marks. */
export function plainContent(line: LetterLine): string {
  const from = contentStart(line) - line.start;
  return trimEndMarks(line.text.slice(from)).replace(/\*\*|__/g, '');
}

/** Trims trailing white space and a closing `**`/`__` (without a backtracking regex). */
export function trimEndMarks(text: string): string {
  let trimmed = text.trimEnd();
  if (trimmed.endsWith('**') || trimmed.endsWith('__')) trimmed = trimmed.slice(0, -2).trimEnd();
  return trimmed;
}

/** The Markdown heading level of a line, 0 when it is not an ATX heading. */
export function headingLevel(line: LetterLine): number {
  const match = /^ {0,3}(#{1,6})[ \t]/.exec(line.text);
  return match ? match[1].length : 0;
}

/** Offset just past the last non-space character of the line (trailing `**` kept out). */
export function contentEnd(line: LetterLine): number {
  return line.start + trimEndMarks(line.text).length;
}
