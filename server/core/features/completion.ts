import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { Determination, DisputedItem, SectionKind } from '../model/determination';
import { spanContains } from '../model/span';
import { labelledLine } from '../letter/labels';
import { sectionSkeleton } from '../letter/sections';
import {
  ITEM_LABEL_WORDS,
  ITEM_LABELS,
  LABEL_KINDS,
  SECTION_ORDER,
  SECTION_TITLES,
  labelKindOf,
  type LabelKind,
} from '../letter/grammar';
import { applicableLimits, guidelineName, guidelineNameOnDate } from '../knowledge/item/applicable';
import { entryInForce } from '../knowledge';
import { criteriaForItem } from '../knowledge/item/criteria';
import type { LetterAnalysis } from './analysis';
import { entriesOf, itemAround } from './locate';
import { confidenceText, criteriaName, limitName, limitNumbers, sourceText } from './guidance';
import { escapeSnippet, citationsFor, passageSnippet } from './passages';

/** How a completion request came (LSP `CompletionContext`): typed trigger characters are 2. */
export interface CompletionRequestContext {
  triggerKind: number;
}
const TRIGGER_CHARACTER = 2;

/** What the reviewer is writing at the cursor. */
type Place =
  | { kind: 'top-level' }
  | { kind: 'item'; item: DisputedItem }
  | { kind: 'entry'; item: DisputedItem; from: number }
  | { kind: 'rationale'; item: DisputedItem }
  | { kind: 'nothing' };

/**
 * Completion at a position: the missing section headings at top level, an item's missing label
 * lines, citations for the item's treatment after a guideline label, and standard passages in a
 * rationale, the last only when asked for (Ctrl+Space), never on a character typed in prose.
 */
export function getCompletions(
  analysis: LetterAnalysis,
  position: Position,
  context?: CompletionRequestContext,
): CompletionItem[] {
  const { determination } = analysis;
  const offset = determination.lines.offsetAt(position);
  const place = placeAt(determination, offset);
  const lineStart = determination.lines.lineStart(position.line);
  switch (place.kind) {
    case 'top-level':
      return headingCompletions(analysis, rangeOf(determination, lineStart, offset));
    case 'item':
      return labelCompletions(determination, place.item, rangeOf(determination, lineStart, offset));
    case 'entry':
      return citationCompletions(analysis, place.item, rangeOf(determination, place.from, offset));
    case 'rationale':
      return context?.triggerKind === TRIGGER_CHARACTER ? [] : passageCompletions(analysis, place.item);
    case 'nothing':
      return [];
  }
}

function rangeOf(determination: Determination, start: number, end: number): Range {
  return determination.lines.rangeOf({ start, end });
}

/** A label at the start of the line, up to where its entry's text begins (no two adjacent open-ended runs, so no backtracking). */
const LABEL_PREFIX = new RegExp(`^[\\s>*_-]*${ITEM_LABEL_WORDS}[ \\t]*(?:\\*\\*|__)?:(?:\\*\\*|__)?[ \\t]*`, 'i');
const LINE_MARKS = /^[\s#*_>-]*/;

function placeAt(determination: Determination, offset: number): Place {
  const { lines, text } = determination;
  const lineStart = lines.lineStart(lines.positionAt(offset).line);
  const before = text.slice(lineStart, offset);
  const item = itemAround(determination, offset);
  const label = LABEL_PREFIX.exec(before);
  if (item && label) {
    if (labelKindOf(label[1]) === 'rationale') return { kind: 'rationale', item };
    return { kind: 'entry', item, from: lineStart + label[0].length };
  }
  if (item?.rationale && spanContains(item.rationale.body, offset)) return { kind: 'rationale', item };
  const marks = (LINE_MARKS.exec(before)?.[0] ?? '').length;
  const entry = item && entriesOf(item).find((candidate) => spanContains(candidate.body, offset));
  if (item && entry) return { kind: 'entry', item, from: lineStart + marks };
  if (!/^[A-Za-z ]*$/.test(before.slice(marks))) return { kind: 'nothing' };
  return item ? { kind: 'item', item } : { kind: 'top-level' };
}

function headingCompletions(analysis: LetterAnalysis, range: Range): CompletionItem[] {
  const { determination, config } = analysis;
  const present = new Set(determination.sections.map((section) => section.kind));
  const missing = SECTION_ORDER.filter((kind) => !present.has(kind));
  return missing.map((kind: SectionKind) => ({
    label: SECTION_TITLES[kind],
    kind: CompletionItemKind.Module,
    detail: 'missing section',
    sortText: String(SECTION_ORDER.indexOf(kind)),
    filterText: `${typedMarks(determination, range)}${SECTION_TITLES[kind]}`,
    textEdit: {
      range,
      newText: escapeSnippet(sectionSkeleton(determination, kind, config.reviewer).trimEnd()) + '\n$0',
    },
    insertTextFormat: InsertTextFormat.Snippet,
  }));
}

/** The heading marks already typed, so "# CLI" still matches "CLINICAL CASE SUMMARY". */
function typedMarks(determination: Determination, range: Range): string {
  const typed = determination.text.slice(
    determination.lines.offsetAt(range.start),
    determination.lines.offsetAt(range.end),
  );
  return LINE_MARKS.exec(typed)?.[0] ?? '';
}

function labelCompletions(determination: Determination, item: DisputedItem, range: Range): CompletionItem[] {
  const present: Record<LabelKind, boolean> = {
    'claims-administrator': !!item.claimsAdministratorGuideline,
    maximus: !!item.maximusGuideline,
    rationale: !!item.rationale,
  };
  return LABEL_KINDS.filter((kind) => !present[kind]).map((kind) => ({
    label: ITEM_LABELS[kind],
    kind: CompletionItemKind.Field,
    detail: 'missing label',
    sortText: String(LABEL_KINDS.indexOf(kind)),
    textEdit: { range, newText: `${escapeSnippet(labelledLine(determination, ITEM_LABELS[kind], ''))}$0` },
    insertTextFormat: InsertTextFormat.Snippet,
  }));
}

function citationCompletions(analysis: LetterAnalysis, item: DisputedItem, range: Range): CompletionItem[] {
  const { knowledge, era } = analysis;
  return citationsFor(knowledge, applicableLimits(knowledge, item, era), era).map(
    ({ guideline, limit, text }, order) => ({
      label: text,
      kind: CompletionItemKind.Reference,
      detail: `${guideline.name}: ${sourceText(limit.source)}`,
      documentation: {
        kind: MarkupKind.Markdown,
        value: `${limitNumbers(limit)}\n\n_${confidenceText(limit.confidence)}_`,
      },
      sortText: String(order).padStart(3, '0'),
      filterText: text,
      textEdit: { range, newText: text },
    }),
  );
}

/**
 * In a rationale: the criteria sentences of the entries governing the item (the text the
 * criteria-not-shown fix inserts), then the item's standard passages; every passage in force on
 * the letter's date when the knowledge base has neither for the item.
 */
function passageCompletions(analysis: LetterAnalysis, item: DisputedItem): CompletionItem[] {
  const { knowledge, era } = analysis;
  const criteria = criteriaForItem(knowledge, item, era);
  const limits = applicableLimits(knowledge, item, era);
  // With nothing for the item, every passage the letter's date admits: never a superseded edition's.
  const offered =
    limits.length > 0 || criteria.length > 0
      ? limits
      : knowledge.limits.filter((limit) => entryInForce(knowledge, limit, era));
  // Criteria are kept under the edition they were written from: name the one in force, as the finding does.
  const entries = [
    ...criteria.map((entry) => ({
      entry,
      name: criteriaName(knowledge, entry),
      text: entry.criteriaSentence,
      guideline: guidelineNameOnDate(knowledge, entry.guideline, era),
    })),
    ...offered.map((entry) => ({
      entry,
      name: limitName(knowledge, entry),
      text: entry.passage,
      guideline: guidelineName(knowledge, entry.guideline),
    })),
  ];
  // A short name to pick by; the passage itself is the documentation shown beside it.
  return entries.map(({ entry, name, text, guideline }, order) => ({
    label: name,
    kind: CompletionItemKind.Snippet,
    detail: `${guideline}: ${sourceText(entry.source)} (${confidenceText(entry.confidence)})`,
    documentation: { kind: MarkupKind.Markdown, value: `> ${text}` },
    filterText: `${name} ${text}`,
    sortText: String(order).padStart(3, '0'),
    insertText: `${passageSnippet(text)}$0`,
    insertTextFormat: InsertTextFormat.Snippet,
  }));
}
