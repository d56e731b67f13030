import type { DisputedItem } from '../model/determination';
import type { Span } from '../model/span';
import type { ItemBlock } from './items';
import { sameAnswers, vocabularyAsked } from './folded-text';

/**
 * Items of the previous version of a letter, reused where an edit left them alone: an item is
 * read from its own text and block, so an item whose text (with the character on either side,
 * which folding looks at) and block are unchanged reads the same, only moved, as long as the
 * letter's vocabulary still answers what folding its hyphenated line ends asked of it. What the
 * rest of the letter adds (`readItemContext`) is not kept: it is read afresh for every item.
 */
export interface ItemRecord {
  /** The item's block and text, relative to where it starts. */
  key: string;
  /** The vocabulary it was read with. */
  lexicon: object;
  start: number;
  /** The region and setting as the item's own text gave them, before the letter's context. */
  region: DisputedItem['region'];
  setting: DisputedItem['setting'];
  /** What folding the item's text asked of the letter's vocabulary (`vocabularyAsked`). */
  asked: Map<string, boolean>;
}

const records = new WeakMap<DisputedItem, ItemRecord>();

/**
 * What reading an item at `span` from `block` depends on, as one string: the block's parts,
 * relative to where the item starts, and its text. Written out field by field, since every item
 * of the letter is keyed after each edit (a copy of the parts to serialize would cost more than the text).
 */
export function itemKey(
  text: string,
  block: ItemBlock,
  titleSpan: Span,
  span: Span,
  /** The words for its kind that name the item alone in its letter, which the rest of the letter decides. */
  kindWords: readonly string[] = [],
  /** The letter's other items' treatments, whose names in its rationale the item's reading depends on. */
  otherTreatments: readonly string[] = [],
): string {
  const at = (part: Span) => `${part.start - span.start}-${part.end - span.start}`;
  const decision = block.decision ? `${block.decision.value}@${at(block.decision.span)}` : '';
  const labels = block.labels.map(({ kind, label, body }) => `${kind}@${at(label)}:${at(body)}`).join(' ');
  const shape = `${block.titleAnchor - span.start} ${block.end - span.start} ${at(titleSpan)} ${decision} ${labels} ${kindWords.join('|')} ${otherTreatments.join('|')}`;
  return `${shape}\n${text.slice(Math.max(0, span.start - 1), span.end + 1)}`;
}

/**
 * Remembers how an item was read, before the letter's context is added to it; an item whose
 * folds asked the vocabulary about a word outside their spans is never reused.
 */
export function recordItem(item: DisputedItem, key: string, lexicon: object, asked = vocabularyOf(item)): void {
  if (asked)
    records.set(item, { key, lexicon, start: item.span.start, region: item.region, setting: item.setting, asked });
}

/** What the parser folded of an item: its title, guideline entries and rationale. */
function vocabularyOf(item: DisputedItem): Map<string, boolean> | undefined {
  const entries = [item.claimsAdministratorGuideline, item.maximusGuideline, item.rationale];
  return vocabularyAsked([item.title.span, ...entries.flatMap((entry) => (entry ? [entry.body] : []))]);
}

/** Finds, for a key, an unused item of the previous version read with the same vocabulary. */
export class ReusableItems {
  private readonly byKey = new Map<string, DisputedItem[]>();

  constructor(
    previous: readonly DisputedItem[],
    lexicon: object,
    /** The new version's text. */
    private readonly text: string,
  ) {
    for (const item of previous) {
      const record = records.get(item);
      if (!record || record.lexicon !== lexicon) continue;
      const list = this.byKey.get(record.key);
      if (list) list.push(item);
      else this.byKey.set(record.key, [item]);
    }
  }

  /** A copy of the item read from the same key, moved to `start` and numbered `index`; undefined when none is left. */
  take(key: string, start: number, index: number): DisputedItem | undefined {
    const item = this.byKey.get(key)?.shift();
    const record = item && records.get(item);
    if (!item || !record || !sameAnswers(record.asked, this.text)) return undefined;
    const pristine = { ...item, index, region: record.region, setting: record.setting };
    // Parts of an item that did not move are shared: nothing changes a parsed item but its context.
    const copy = start === record.start ? pristine : shifted(pristine, start - record.start);
    recordItem(copy, key, record.lexicon, record.asked);
    return copy;
  }
}

/** A deep copy of plain data with every span (`start` and `end` numbers) moved by `delta`. */
export function shifted<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const elements = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) elements[i] = shifted(value[i], delta);
    return elements as T;
  }
  const copy: Record<string, unknown> = {};
  // A plain loop over the fields: this copies every part of every item after an edit.
  for (const name in value) copy[name] = shifted(value[name], delta);
  if (typeof copy.start === 'number' && typeof copy.end === 'number') {
    copy.start = (copy.start as number) + delta;
    copy.end = (copy.end as number) + delta;
  }
  return copy as T;
}
