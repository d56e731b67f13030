import type { Span } from '../model/span';
import type { LetterLine } from './lines';

/** Lines longer than this are text, never a running header. */
const MAX_FURNITURE_CHARS = 80;

/**
 * Running page headers of a published letter: the first line of a page (it starts with the
 * form feed) when the same line stands elsewhere in the letter too ("Case Number: CM17-…" on
 * every page). A sentence that a page break splits reads on without them.
 */
export function pageFurniture(lines: LetterLine[]): Span[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const content = contentOf(line);
    if (content) counts.set(content, (counts.get(content) ?? 0) + 1);
  }
  const spans: Span[] = [];
  for (const line of lines) {
    if (!line.text.startsWith('\f')) continue;
    const content = contentOf(line);
    if (!content || content.length > MAX_FURNITURE_CHARS || (counts.get(content) ?? 0) < 2) continue;
    const lead = line.text.length - line.text.replace(/^[\f\s]+/, '').length;
    spans.push({ start: line.start + lead, end: line.end });
  }
  return spans;
}

function contentOf(line: LetterLine): string {
  return line.text.replace(/[\f\s\u00a0]+/g, ' ').trim();
}
