import type { TextChange } from '../check/finding';
import type { Determination } from '../model/determination';
import type { Span } from '../model/span';

/**
 * The letter's own line break, so inserted lines match a CRLF letter, or one whose breaks are all
 * a lone CR (LSP counts that a line break too: a \n inserted there would mix two kinds).
 */
export function lineBreakOf(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

const letterLineBreaks = new WeakMap<Determination, string>();

/** The same, found once per letter: fixes for thousands of items must not rescan the whole text each. */
function letterLineBreak(determination: Determination): string {
  let eol = letterLineBreaks.get(determination);
  if (eol === undefined) {
    eol = lineBreakOf(determination.text);
    letterLineBreaks.set(determination, eol);
  }
  return eol;
}

export function lineStartOf(determination: Determination, offset: number): number {
  const { lines } = determination;
  return lines.lineStart(lines.positionAt(offset).line);
}

export function lineEndOf(determination: Determination, offset: number): number {
  const { lines } = determination;
  return lines.lineEnd(lines.positionAt(offset).line);
}

/**
 * Inserts whole lines before the line holding `offset`, separated from it the way the letter
 * separates its lines there: by a blank line when the line above is blank, else by none.
 */
export function insertLinesBefore(determination: Determination, offset: number, newLines: string[]): TextChange {
  const eol = letterLineBreak(determination);
  const line = determination.lines.positionAt(offset).line;
  const at = determination.lines.lineStart(line);
  const gap = line > 0 && isBlankLine(determination, line - 1) ? eol : '';
  return { span: { start: at, end: at }, newText: newLines.join(eol) + eol + gap };
}

/** Inserts whole lines after the line holding `offset`, with a blank line before them when one follows it. */
export function insertLinesAfter(determination: Determination, offset: number, newLines: string[]): TextChange {
  const eol = letterLineBreak(determination);
  const line = determination.lines.positionAt(offset).line;
  const at = determination.lines.lineEnd(line);
  const gap = line + 1 < determination.lines.lineCount && isBlankLine(determination, line + 1) ? eol : '';
  return { span: { start: at, end: at }, newText: eol + gap + newLines.join(eol) };
}

function isBlankLine(determination: Determination, line: number): boolean {
  const { lines, text } = determination;
  return text.slice(lines.lineStart(line), lines.lineEnd(line)).trim() === '';
}

/** The end of the span's text once trailing white space (line breaks, form feeds) is left out. */
export function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A replacement of one span. */
export function replace(span: Span, newText: string): TextChange {
  return { span, newText };
}
