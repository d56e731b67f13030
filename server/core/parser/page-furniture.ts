import type { Span } from '../model/span';
import type { LetterLine } from './lines';

/** Lines longer than this are text, never a running header. */
const MAX_FURNITURE_CHARS = 80;

/**
 * Running page headers of a published letter: the first line of a page (it starts with the
 * form feed) when the same line stands elsewhere in the letter too ("Case Number: CM17-…" on
 * every page), or when it names a case number or a page number set apart ("IMR Final
 * Determination   CM17-0001234   Page 2"), as a letter with a single page break shows it. A
 * sentence or title that a page break splits reads on without them.
 */
export function pageFurniture(lines: LetterLine[]): Span[] {
  // Only page-opening lines can be headers, so only their texts are counted (a long letter has few).
  const pageStarts = lines.filter((line) => line.text.startsWith('\f') && line.text.length <= MAX_FURNITURE_CHARS * 2);
  const counts = new Map<string, number>();
  for (const line of pageStarts) {
    const content = contentOf(line);
    if (content && content.length <= MAX_FURNITURE_CHARS) counts.set(content, 0);
  }
  if (counts.size === 0) return [];
  for (const line of lines) {
    if (line.text.length > MAX_FURNITURE_CHARS * 2) continue;
    const content = contentOf(line);
    const count = counts.get(content);
    if (count !== undefined) counts.set(content, count + 1);
  }
  const spans: Span[] = [];
  for (const line of pageStarts) {
    const count = counts.get(contentOf(line));
    if (count === undefined || (count < 2 && !RUNNING_HEADER.test(line.text))) continue;
    const lead = line.text.length - line.text.replace(/^[\f\s]+/, '').length;
    spans.push({ start: line.start + lead, end: line.end });
  }
  return spans;
}

/** A case number (CM17-0001234), or "Page 2" set apart at the line's end. */
const RUNNING_HEADER = /\b[A-Z]{2}\d{2}-\d{5,}\b|(?:^\f|\s{2,})page\s+\d+(?:\s+of\s+\d+)?\s*$/i;

/** The text with each span blanked to spaces, so offsets stay the letter's; the same text when there is none. */
export function blankSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const pieces: string[] = [];
  let copied = 0;
  for (const span of spans) {
    pieces.push(text.slice(copied, span.start), ' '.repeat(span.end - span.start));
    copied = span.end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

function contentOf(line: LetterLine): string {
  return line.text.replace(/[\f\s\u00a0]+/g, ' ').trim();
}
