import type { KnowledgeBase } from '../knowledge/types';
import { TermMatcher } from '../parser/terms';

export type Side = 'left' | 'right' | 'bilateral';

/** A body region named in a text, with the side written before it ("right knee", "bilateral wrists"). */
export interface RegionMention {
  region: string;
  side?: Side;
  /** Positions in the text: the side word (when there is one) through the region's words. */
  from: number;
  to: number;
}

const SIDE_BEFORE =
  /\b(left|right|bilateral|both)(?:[- ]sided)?\s+(?:(?:upper|lower|proximal|distal|medial|lateral|anterior|posterior)\s+)?$/i;

const matchers = new WeakMap<KnowledgeBase, TermMatcher>();

/** The body regions a text names, left to right, each with its side when one stands right before it. */
export function regionMentions(knowledge: KnowledgeBase, text: string): RegionMention[] {
  let matcher = matchers.get(knowledge);
  if (!matcher) {
    matcher = new TermMatcher(knowledge.regions);
    matchers.set(knowledge, matcher);
  }
  return matcher.findAll(text).map((match) => {
    const before = SIDE_BEFORE.exec(text.slice(Math.max(0, match.from - 40), match.from));
    if (!before) return { region: match.id, from: match.from, to: match.to };
    const word = before[1].toLowerCase();
    const side: Side = word === 'both' ? 'bilateral' : (word as Side);
    return { region: match.id, side, from: match.from - before[0].length, to: match.to };
  });
}

/** The distinct regions among mentions. */
export function regionsOf(mentions: RegionMention[]): Set<string> {
  return new Set(mentions.map((mention) => mention.region));
}
