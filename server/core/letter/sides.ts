import type { KnowledgeBase } from '../knowledge/types';
import { partsNamingSpecialists } from '../parser/specialists';
import { TermMatcher } from '../parser/terms';
import { TextMemo } from '../model/text-memo';

export type Side = 'left' | 'right' | 'bilateral';

/** A body region named in a text, with the side written before it ("right knee", "bilateral wrists"). */
export interface RegionMention {
  readonly region: string;
  readonly side?: Side;
  /** Positions in the text: the side word (when there is one) through the region's words. */
  readonly from: number;
  readonly to: number;
}

const SIDE_BEFORE =
  /\b(left|right|bilateral|both)(?:[- ]sided)?\s+(?:(?:upper|lower|proximal|distal|medial|lateral|anterior|posterior)\s+)?$/i;

/** A knowledge base's regions as one matcher, and what it found in each text lately. */
interface RegionReader {
  matcher: TermMatcher;
  /** Body parts no region stands for ("lower leg"): matched, so that their "leg" is no limb, but no mention. */
  unmapped: Set<string>;
  mentions: TextMemo<readonly RegionMention[]>;
}

/** Enough for every title and rationale phrase of a long letter being edited (per generation). */
const REMEMBERED_TEXTS = 4096;

const readers = new WeakMap<KnowledgeBase, RegionReader>();

/**
 * The body regions a text names, left to right, each with its side when one stands right before
 * it. Remembered by the text (shared: read-only).
 */
export function regionMentions(knowledge: KnowledgeBase, text: string): readonly RegionMention[] {
  let reader = readers.get(knowledge);
  if (!reader) {
    reader = {
      matcher: new TermMatcher(knowledge.regions),
      unmapped: new Set(knowledge.regions.filter((region) => region.unmapped).map((region) => region.id)),
      mentions: new TextMemo(REMEMBERED_TEXTS),
    };
    readers.set(knowledge, reader);
  }
  const { matcher, unmapped } = reader;
  return reader.mentions.get(text, (read) => findMentions(matcher, unmapped, read));
}

/** A part naming a clinician's field ("hand surgeon") is no mention of a region. */
function findMentions(matcher: TermMatcher, unmapped: Set<string>, text: string): RegionMention[] {
  const parts = matcher.findAll(text);
  const fields = partsNamingSpecialists(text, parts);
  const regions = parts.filter((match) => !unmapped.has(match.id) && !fields.has(match));
  return regions.map((match) => {
    const before = SIDE_BEFORE.exec(text.slice(Math.max(0, match.from - 40), match.from));
    if (!before) return { region: match.id, from: match.from, to: match.to };
    const word = before[1].toLowerCase();
    const side: Side = word === 'both' ? 'bilateral' : (word as Side);
    return { region: match.id, side, from: match.from - before[0].length, to: match.to };
  });
}

/** The distinct regions among mentions. */
export function regionsOf(mentions: readonly RegionMention[]): Set<string> {
  return new Set(mentions.map((mention) => mention.region));
}
