/**
 * The published letter as blocks for a page: the parts a paginated layout (the PDF) sets, each
 * with the words it holds and what it is, so that headings and item titles can be kept with what
 * follows them and labels set in bold. Read from a letter in the published layout (the export's
 * text), whose line breaks within a paragraph are only where the reviewer wrapped: a paragraph's
 * lines are joined, and the page breaks and running headers of a letter taken from an earlier
 * PDF are left out, since the new pages have their own.
 */
import { HEADER_LABELS } from '../letter/grammar';
import type { Determination } from '../model/determination';
import type { Span } from '../model/span';
import { contentStart, isBlank, letterLines, type LetterLine } from '../parser/lines';
import { blankSpans, pageFurniture } from '../parser/page-furniture';

export type BlockKind =
  /** A section heading. */
  | 'heading'
  /** An item's title with its decision: never split across pages, kept with its first entry. */
  | 'title'
  /** A line that stands alone: a header field, a credentials line. */
  | 'line'
  /** Running text, an item's entry among it. */
  | 'paragraph';

export interface LayoutBlock {
  kind: BlockKind;
  /** Set in bold before the text: a header, credentials or item label with its colon. */
  label?: string;
  text: string;
  /** A blank line stands before the block in the letter. */
  gapBefore: boolean;
}

export interface PublishedLayout {
  /** For the running header of each page. */
  caseNumber?: string;
  blocks: LayoutBlock[];
}

interface Structure {
  /** Lines that stand alone, by line index, with the length of their label (colon included). */
  alone: Map<number, number>;
  /** The lines the header fields' labels and values stand on, however the letter laid them out. */
  header: Set<number>;
  /** Lines that start a paragraph, with the length of a label at their start. */
  starts: Map<number, number>;
  headings: Set<number>;
  /** An item title's first line → its last line. */
  titles: Map<number, number>;
}

export function publishedLayout(determination: Determination): PublishedLayout {
  const { text, lines } = determination;
  const furniture = pageFurniture(letterLines(text, lines));
  const readable = blankSpans(text, furniture).replace(/\f/g, ' ');
  const all = letterLines(readable, lines);
  const structure = structureOf(determination, all);
  const pageBreaks = pageBreakLines(text, all);
  const blocks: LayoutBlock[] = [];
  let gap = false;
  let open: LayoutBlock | undefined;
  for (let index = 0; index < all.length; index++) {
    const line = all[index];
    if (pageBreaks.has(index) && isBlank(line)) continue;
    if (isBlank(line)) {
      gap = blocks.length > 0;
      open = undefined;
      continue;
    }
    const lastTitleLine = structure.titles.get(index);
    if (lastTitleLine !== undefined) {
      const words = all
        .slice(index, lastTitleLine + 1)
        .map(wordsOf)
        .join(' ');
      blocks.push({ kind: 'title', text: words, gapBefore: gap });
      index = lastTitleLine;
      open = undefined;
    } else if (structure.headings.has(index)) {
      blocks.push({ kind: 'heading', text: wordsOf(line), gapBefore: gap });
      open = undefined;
    } else if (structure.header.has(index)) {
      if (index === Math.min(...structure.header)) blocks.push(...headerBlocks(determination, gap));
      open = undefined;
    } else if (structure.alone.has(index)) {
      blocks.push({ kind: 'line', ...labelled(line, structure.alone.get(index)!), gapBefore: gap });
      open = undefined;
    } else if (open && !structure.starts.has(index)) {
      open.text = `${open.text} ${wordsOf(line)}`.trim();
    } else {
      open = { kind: 'paragraph', ...labelled(line, structure.starts.get(index) ?? 0), gapBefore: gap };
      blocks.push(open);
    }
    gap = false;
  }
  const caseNumber = determination.header.find((field) => field.key === 'caseNumber')?.value?.value;
  return { caseNumber, blocks };
}

/**
 * The blank lines of an old page break (those before a line that opens a page, and that line when
 * only its running header stood there): a sentence a page break split reads on across them.
 */
function pageBreakLines(text: string, all: LetterLine[]): Set<number> {
  const breaks = new Set<number>();
  for (const line of all) {
    if (!/^[ \t]*\f/.test(text.slice(line.start, line.end))) continue;
    breaks.add(line.index);
    for (let before = line.index - 1; before >= 0 && isBlank(all[before]); before--) breaks.add(before);
  }
  return breaks;
}

function structureOf(determination: Determination, all: LetterLine[]): Structure {
  const lineOf = (offset: number) => determination.lines.positionAt(offset).line;
  const labelLength = (line: number, span: Span) => {
    const colon = all[line].text.indexOf(':', span.end - all[line].start);
    return colon < 0 ? 0 : colon + 1 - (contentStart(all[line]) - all[line].start);
  };
  const structure: Structure = {
    alone: new Map(),
    header: new Set(),
    starts: new Map(),
    headings: new Set(),
    titles: new Map(),
  };
  for (const field of determination.header) {
    for (const span of [field.label.span, field.value?.span]) {
      if (!span) continue;
      for (let line = lineOf(span.start); line <= lineOf(span.end); line++) structure.header.add(line);
    }
  }
  const { credentials } = determination;
  for (const label of [credentials.licensureLabel, credentials.specialtyLabel]) {
    if (label) structure.alone.set(lineOf(label.start), labelLength(lineOf(label.start), label));
  }
  for (const section of determination.sections) structure.headings.add(lineOf(section.heading.start));
  for (const item of determination.items) {
    const first = lineOf(item.title.span.start);
    structure.titles.set(first, Math.max(first, lineOf(item.decision?.span.end ?? item.title.span.end)));
    for (const entry of [item.claimsAdministratorGuideline, item.maximusGuideline, item.rationale]) {
      if (entry) structure.starts.set(lineOf(entry.label.start), labelLength(lineOf(entry.label.start), entry.label));
    }
  }
  return structure;
}

/**
 * The header block as the published layout sets it, one "Label: value" a line in the fixed
 * wording, whether the letter wrote each value after its label, in a block of values after the
 * labels, or in two columns.
 */
function headerBlocks(determination: Determination, gapBefore: boolean): LayoutBlock[] {
  return determination.header.map((field, index) => ({
    kind: 'line',
    label: HEADER_LABELS[field.key],
    text: field.value?.value.replace(/[\s\u00a0]+/g, ' ') ?? '',
    gapBefore: index === 0 && gapBefore,
  }));
}

/** A line's words, its indent and trailing space left out. */
function wordsOf(line: LetterLine): string {
  return line.text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function labelled(line: LetterLine, labelLength: number): { label?: string; text: string } {
  const words = line.text.slice(contentStart(line) - line.start);
  if (labelLength <= 0) return { text: wordsOf(line) };
  return {
    label: words.slice(0, labelLength).replace(/\s+/g, ' ').trim(),
    text: words
      .slice(labelLength)
      .replace(/[\s\u00a0]+/g, ' ')
      .trim(),
  };
}
