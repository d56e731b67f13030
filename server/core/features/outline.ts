import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import type { Determination, DisputedItem, Section } from '../model/determination';
import type { Span } from '../model/span';
import { trimmedEnd } from '../letter/text';

/** Sections, with the disputed items as children of the section they stand in. */
export function getDocumentSymbols(determination: Determination): DocumentSymbol[] {
  const sections = determination.sections.map((section) => sectionSymbol(determination, section));
  const loose: DocumentSymbol[] = [];
  for (const item of determination.items) {
    const symbol = itemSymbol(determination, item);
    const index = determination.sections.findIndex((section) => within(item.span, sectionSpan(determination, section)));
    if (index >= 0) sections[index].children?.push(symbol);
    else loose.push(symbol);
  }
  return [...sections, ...loose];
}

function sectionSymbol(determination: Determination, section: Section): DocumentSymbol {
  return {
    name: section.title,
    kind: SymbolKind.Namespace,
    range: determination.lines.rangeOf(sectionSpan(determination, section)),
    selectionRange: determination.lines.rangeOf(section.heading),
    children: [],
  };
}

function itemSymbol(determination: Determination, item: DisputedItem): DocumentSymbol {
  return {
    name: item.title.value.trim() || `Item ${item.index + 1}`,
    detail: item.decision?.value ?? 'no decision',
    kind: SymbolKind.Object,
    range: determination.lines.rangeOf(trimmed(determination, item.span)),
    selectionRange: determination.lines.rangeOf(item.title.span),
  };
}

/** A section from its heading to the end of its last text, without trailing blank lines. */
function sectionSpan(determination: Determination, section: Section): Span {
  return trimmed(determination, { start: section.heading.start, end: Math.max(section.heading.end, section.body.end) });
}

function trimmed(determination: Determination, span: Span): Span {
  return { start: span.start, end: trimmedEnd(determination.text, span) };
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.start <= outer.end;
}

/** Sections and items fold from their first line to their last line of text. */
export function getFoldingRanges(determination: Determination): FoldingRange[] {
  const spans = [
    ...determination.sections.map((section) => sectionSpan(determination, section)),
    ...determination.items.map((item) => trimmed(determination, item.span)),
  ];
  const ranges: FoldingRange[] = [];
  for (const span of spans) {
    const startLine = determination.lines.positionAt(span.start).line;
    const endLine = determination.lines.positionAt(span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
