import type {
  Determination,
  DisputedItem,
  GuidelineCitation,
  GuidelineEntry,
  RegulationRef,
} from '../model/determination';
import { spanContains, type Span } from '../model/span';

/** The parts of a letter a position can stand on, innermost first where they nest. */
export type LetterPart =
  | { kind: 'citation'; item: DisputedItem; entry: GuidelineEntry; citation: GuidelineCitation }
  | { kind: 'regulation'; ref: RegulationRef; item?: DisputedItem }
  | { kind: 'decision'; item: DisputedItem }
  | { kind: 'conclusion'; item: DisputedItem }
  | { kind: 'treatment'; item: DisputedItem }
  | { kind: 'none'; item?: DisputedItem };

export function itemAt(determination: Determination, offset: number): DisputedItem | undefined {
  return determination.items.find((item) => spanContains(item.span, offset));
}

/** The item a position belongs to: inside its span, or on the blank lines after it in the decisions section. */
export function itemAround(determination: Determination, offset: number): DisputedItem | undefined {
  const decisions = determination.sections.find((section) => section.kind === 'decisions');
  if (decisions && !spanContains(decisions.body, offset)) return undefined;
  let around: DisputedItem | undefined;
  for (const item of determination.items) if (item.span.start <= offset) around = item;
  return around;
}

export function entriesOf(item: DisputedItem): GuidelineEntry[] {
  return [item.claimsAdministratorGuideline, item.maximusGuideline].filter((entry): entry is GuidelineEntry => !!entry);
}

/** What stands at `offset`, for hover and highlights. */
export function partAt(determination: Determination, offset: number): LetterPart {
  const item = itemAt(determination, offset);
  const ref = determination.regulationRefs.find((candidate) => spanContains(candidate.span, offset));
  if (ref) return { kind: 'regulation', ref, item };
  if (!item) return { kind: 'none' };
  for (const entry of entriesOf(item)) {
    const citation = entry.citations.find((candidate) => spanContains(candidate.span, offset));
    if (citation) return { kind: 'citation', item, entry, citation };
  }
  if (within(item.decision?.span, offset)) return { kind: 'decision', item };
  if (within(item.rationale?.conclusion?.span, offset)) return { kind: 'conclusion', item };
  if (within(item.treatment?.span, offset)) return { kind: 'treatment', item };
  return { kind: 'none', item };
}

function within(span: Span | undefined, offset: number): boolean {
  return span !== undefined && spanContains(span, offset);
}
