import type { Span } from '../model/span';
import type { LetterLine } from './lines';

/** Lines longer than this are text, never a running header. */
const MAX_FURNITURE_CHARS = 80;

/**
 * Running page headers and footers of a published letter: the first line of a page (it starts
 * with the form feed) or the last one before it, when the same line opens another page too
 * ("Case Number: CM17-…" on every page, the letter's first line counted as page 1's opening),
 * or when it names a case number or a page number ("IMR Final Determination   CM17-0001234
 * Page 2", "Page 2 of 5"), as a letter with a single page break shows it; a "Page 5 of 5"
 * that ends the letter; and a bare number opening or ending a page when it is that page's
 * number ("1" before the first page break, "2" just after it, "5" ending a five-page letter).
 * A line that repeats only elsewhere is content: a label line that opens a page ("Claims
 * Administrator guideline: …", each item has one). A sentence or title that a page break
 * splits reads on without them.
 */
export function pageFurniture(lines: LetterLine[]): Span[] {
  const pageBreaks = lines.filter((line) => line.text.startsWith('\f'));
  if (pageBreaks.length === 0) return [];
  // Only page-opening lines can be repeated headers, so only their texts are counted (a long letter has few).
  const pageStarts = pageBreaks.filter((line) => line.text.length <= MAX_FURNITURE_CHARS * 2);
  const counts = new Map<string, number>();
  const firstPage = lines.find((line) => contentOf(line));
  for (const line of new Set(firstPage ? [firstPage, ...pageStarts] : pageStarts)) {
    const content = contentOf(line);
    if (content && content.length <= MAX_FURNITURE_CHARS) counts.set(content, (counts.get(content) ?? 0) + 1);
  }
  // Page break k, counted from 0, opens page k + 2.
  const opens = new Map(pageBreaks.map((line, k) => [line, k + 2]));
  const headers = pageStarts.filter((line) => {
    const count = counts.get(contentOf(line));
    return (
      count !== undefined &&
      (count >= 2 ||
        RUNNING_HEADER.test(line.text) ||
        PAGE_NUMBER.test(line.text) ||
        isPageNumber(line, opens.get(line) ?? 0))
    );
  });
  // A footer is told by its words alone: a line that merely repeats ("Upheld") may end two pages.
  const footers = pageEnds(lines, pageBreaks)
    .filter(
      ({ line, page }) => RUNNING_HEADER.test(line.text) || PAGE_NUMBER.test(line.text) || isPageNumber(line, page),
    )
    .map(({ line }) => line);
  return [...headers, ...footers]
    .sort((a, b) => a.start - b.start)
    .map((line) => {
      const lead = line.text.length - line.text.replace(/^[\f\s]+/, '').length;
      return { start: line.start + lead, end: line.end };
    });
}

/** A case number (CM17-0001234), or "Page 2" set apart at the line's end. */
const RUNNING_HEADER = /\b[A-Z]{2}\d{2}-\d{5,}\b|(?:^\f|\s{2,})page\s+\d+(?:\s+of\s+\d+)?\s*$/i;
/** A line that is only a page number: "Page 2 of 5", "Page 2", "2 of 5", "- 2 -". */
const PAGE_NUMBER = /^[\f\s]*(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s+of\s+\d{1,3}|-\s*\d{1,3}\s*-)\s*$/i;

/**
 * A line that is only a number ("2") is a page's number when it is the number of the page it
 * opens or ends: a sentence a page break splits never leaves a number alone on a line, and a count on a
 * line of its own ("12") would have to match the page too.
 */
function isPageNumber(line: LetterLine, page: number): boolean {
  return BARE_NUMBER.exec(line.text)?.[1] === String(page);
}

const BARE_NUMBER = /^[\f\s]*(\d{1,3})\s*$/;

/** A line that ends a page, with the number of the page it ends (the first page is 1). */
interface PageEnd {
  line: LetterLine;
  page: number;
}

/**
 * The last line holding text before each page break, and the letter's last line: where a footer
 * stands. The letter's last line counts only as a page number, since it is no page's edge but
 * the letter's.
 */
function pageEnds(lines: LetterLine[], pageBreaks: LetterLine[]): PageEnd[] {
  const lastWithText = (before: number) => {
    for (let k = before - 1; k >= 0; k--) if (contentOf(lines[k])) return lines[k];
    return undefined;
  };
  const ends = new Map<LetterLine, number>();
  // A page with no text (a closing form feed) ends on the line that ended the page before: that page's number stands.
  pageBreaks.forEach((line, k) => {
    const end = lastWithText(line.index);
    if (end && !ends.has(end)) ends.set(end, k + 1);
  });
  const last = lastWithText(lines.length);
  if (last && !ends.has(last) && (PAGE_NUMBER.test(last.text) || isPageNumber(last, pageBreaks.length + 1)))
    ends.set(last, pageBreaks.length + 1);
  return [...ends]
    .map(([line, page]) => ({ line, page }))
    .filter(({ line }) => !line.text.startsWith('\f') && line.text.length <= MAX_FURNITURE_CHARS);
}

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
