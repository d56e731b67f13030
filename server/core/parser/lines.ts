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
