import { textOf, type Determination, type DisputedItem } from '../model/determination';
import { letterEra, type LetterEra } from '../knowledge/era';
import { finishFindings, runRules, type CheckOptions } from './engine';
import type { Finding } from './finding';

/**
 * The incremental checker's state (not the checked letter, which is a LetterAnalysis): what one
 * check of a letter leaves for the next check of the same letter, the findings of each item, keyed
 * by the item's text. While the text before the decisions section (header, credentials,
 * case summary: what item checks also read) and the options stay the same, an item whose text is
 * unchanged keeps its findings, moved to where the item now stands, and only the items an edit
 * touched are checked again.
 */
export interface CheckMemo {
  context: string;
  options: CheckOptions;
  items: Map<string, MemoizedItem[]>;
}

interface MemoizedItem {
  start: number;
  findings: Finding[];
}

export function checkIncrementally(
  determination: Determination,
  options: CheckOptions,
  previous?: CheckMemo,
  era: LetterEra = letterEra(determination, options.knowledge),
): { findings: Finding[]; memo?: CheckMemo } {
  const context = contextOf(determination);
  // An era read from the items' own citations depends on every item: no item can be judged alone.
  if (context === undefined || era.source === 'citations' || era.source === 'unknown') {
    return { findings: finishFindings(determination, runRules(determination, options, era)) };
  }
  const reusable =
    previous && previous.context === context && sameOptions(previous.options, options) ? previous.items : undefined;
  const reused: Finding[] = [];
  const changed: DisputedItem[] = [];
  const taken = new Map<string, number>();
  // Each item's text and how its conclusion was read, its key here and in the memo made for the next check.
  const keys = determination.items.map((item) => `${conclusionKey(item)}\n${textOf(determination, item.span)}`);
  determination.items.forEach((item, position) => {
    const memo = reusable && take(reusable, taken, keys[position]);
    if (memo) reused.push(...memo.findings.map((finding) => moved(finding, item.span.start - memo.start, item.index)));
    else changed.push(item);
  });
  const checked = changed.length === determination.items.length ? determination : { ...determination, items: changed };
  const itemRules = options.rules.filter((rule) => !rule.wholeLetter);
  const letterRules = options.rules.filter((rule) => rule.wholeLetter);
  const findings = [...runRules(checked, { ...options, rules: itemRules }, era), ...reused];
  // Whole-letter findings are found afresh every time, so they are never memoized.
  const wholeLetter = runRules(determination, { ...options, rules: letterRules }, era);
  return {
    findings: finishFindings(determination, [...findings, ...wholeLetter]),
    memo: { context, options, items: memoize(determination, keys, findings) },
  };
}

/**
 * How an item's conclusion was read, which the rest of the letter can change while the item's text stays
 * the same: a word for its kind names it only while no other item is of that kind ("Imaging is warranted").
 */
function conclusionKey(item: DisputedItem): string {
  const conclusion = item.rationale?.conclusion;
  return conclusion ? `${conclusion.necessary} ${conclusion.strength} ${conclusion.span.start - item.span.start}` : '';
}

function contextOf(determination: Determination): string | undefined {
  const decisions = determination.sections.find((section) => section.kind === 'decisions');
  return decisions && determination.text.slice(0, decisions.body.start);
}

function sameOptions(a: CheckOptions, b: CheckOptions): boolean {
  return a.knowledge === b.knowledge && a.config === b.config && a.rules === b.rules;
}

/** The next unused memo of an item with this text (a letter may repeat an item word for word). */
function take(items: Map<string, MemoizedItem[]>, taken: Map<string, number>, key: string): MemoizedItem | undefined {
  const used = taken.get(key) ?? 0;
  const memo = items.get(key)?.[used];
  if (memo) taken.set(key, used + 1);
  return memo;
}

/** Items whose findings all lie inside them; one pointing outside its item is checked afresh next time. */
function memoize(determination: Determination, keys: string[], findings: Finding[]): Map<string, MemoizedItem[]> {
  const byItem = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (finding.item === undefined) continue;
    const list = byItem.get(finding.item) ?? [];
    list.push(finding);
    byItem.set(finding.item, list);
  }
  const items = new Map<string, MemoizedItem[]>();
  determination.items.forEach((item, position) => {
    const own = byItem.get(item.index) ?? [];
    if (!own.every((finding) => insideItem(finding, item))) return;
    const list = items.get(keys[position]) ?? [];
    list.push({ start: item.span.start, findings: own });
    items.set(keys[position], list);
  });
  return items;
}

function insideItem(finding: Finding, item: DisputedItem): boolean {
  const inside = (span: { start: number; end: number }) => span.start >= item.span.start && span.end <= item.span.end;
  return (
    inside(finding.span) &&
    (finding.related ?? []).every((place) => inside(place.span)) &&
    finding.fixes.every((fix) => fix.changes.every((change) => inside(change.span)))
  );
}

function moved(finding: Finding, delta: number, item: number): Finding {
  const shift = (span: { start: number; end: number }) => ({ start: span.start + delta, end: span.end + delta });
  return {
    ...finding,
    item,
    span: shift(finding.span),
    ...(finding.related ? { related: finding.related.map((place) => ({ ...place, span: shift(place.span) })) } : {}),
    fixes: finding.fixes.map((fix) => ({
      ...fix,
      changes: fix.changes.map((change) => ({ ...change, span: shift(change.span) })),
    })),
  };
}
