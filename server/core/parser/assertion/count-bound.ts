import type { CountBound, TargetEntry } from '../../knowledge/assertion-lexicon';
import { onlyOccasionAfter } from './object';
import { countNounAt, countValue } from './subject';
import { verbGroupBefore } from './verb-group';
import { type Hit, MAX_ASIDE, MAX_MODIFIERS, SentenceWords } from './words';

/**
 * A subject that bounds a count of this item's visits says how many are necessary at most or at least: "No more
 * than 6 visits are medically necessary", "Fewer than 12 visits are …", "Only 6 of the 12 visits are …", "At least
 * 6 visits are …". Set beside the counts the item requests, it denies a request for more than it grants, or leaves
 * the request uncertain; a request within it reads as written ("Up to 24 visits are …" for 12).
 */

/** What a bounded subject makes of a finding: the request denied, uncertain, or (undefined) read as written. */
export type BoundedFinding = 'denied' | 'uncertain' | undefined;

/**
 * What the subject of the phrase `target`, read `necessary` or not, makes of the finding (see `BoundedFinding`). A
 * qualifier naming another case than this occasion after the phrase makes a bound the guideline's own ("No more than
 * 10 visits are medically necessary for myalgia"): it denies no request for certain.
 */
export function boundedFinding(s: SentenceWords, target: Hit<TargetEntry>, necessary: boolean): BoundedFinding {
  const finding = boundAt(s, target.at, necessary);
  return finding === 'denied' && !onlyOccasionAfter(s, target.end) ? 'uncertain' : finding;
}

/**
 * What the subject of the phrase at `at` makes of the finding: its count of this item's visits ends it ("no more
 * than 6 physical therapy visits"), after a bound of the lexicon, and a part of the visits requested ("6 of the 12
 * visits") counts that part, which said necessary without a bound is still only part of the request.
 */
function boundAt(s: SentenceWords, at: number, necessary: boolean): BoundedFinding {
  const requested = [...s.countKeys].map(countValue).filter((value) => value !== undefined);
  if (requested.length === 0) return undefined;
  const verb = verbGroupBefore(s, at)[0];
  const whole = countEnding(s, verb);
  if (whole === undefined) return undefined;
  const part = partOf(s, whole);
  const count = part ?? whole;
  const value = countValue(s.keys[count]) ?? 0;
  const bound = boundEndingAt(s, count);
  if (!bound) return part !== undefined && necessary && requested.every((r) => value < r) ? 'uncertain' : undefined;
  if (bound.limit === 'most') {
    const most = bound.strict ? value - 1 : value;
    if (necessary && requested.every((r) => r > most)) return 'denied';
    return necessary && requested.every((r) => r <= most) ? undefined : 'uncertain';
  }
  const least = bound.strict ? value + 1 : value;
  // "At least 12 visits are …" grants the 12; "More than 6 visits are not …" denies the 12 as written.
  const asWritten = necessary ? requested.every((r) => r === least) : requested.every((r) => r >= least);
  return asWritten ? undefined : 'uncertain';
}

/**
 * Where the count opens whose noun ends the subject of the verb group at `verb`: "6 visits", "twelve (12) visits",
 * "6 visits of physical therapy". Another qualifier may bound it otherwise ("6 visits per month", "… over 2 weeks").
 */
function countEnding(s: SentenceWords, verb: number): number | undefined {
  let noun = verb - 1;
  const ofItem = (j: number) => !s.is('countNouns', j) && (s.is('definiteWords', j) || s.namesTitle(j, j + 1));
  while (noun > 0 && verb - noun <= MAX_ASIDE + 1 && ofItem(noun)) noun--;
  if (s.keys[noun] === 'of') noun--;
  if (!s.is('countNouns', noun) || (noun + 1 < verb && s.keys[noun + 1] !== 'of')) return undefined;
  let count: number | undefined;
  for (let j = noun - 1; j >= 0 && noun - j <= MAX_MODIFIERS + 1; j--) if (countNounAt(s, j, verb) === noun) count = j;
  return count;
}

/** The count of a part of the visits requested, before the count opening at `whole`: "[6] of the 12 visits". */
function partOf(s: SentenceWords, whole: number): number | undefined {
  if (!s.countKeys.has(s.keys[whole])) return undefined;
  let j = whole - 1;
  while (j > 0 && s.is('definiteWords', j)) j--;
  return s.keys[j] === 'of' && countValue(s.keys[j - 1] ?? '') !== undefined ? j - 1 : undefined;
}

/** The lexicon's longest bound ending right before the count at `count`: "no more than", "fewer than", "at least". */
function boundEndingAt(s: SentenceWords, count: number): CountBound | undefined {
  for (let start = Math.max(0, count - MAX_BOUND); start < count; start++) {
    const match = s.lexicon.countBounds.matchesAt(s.keys, start).find((m) => start + m.length === count);
    if (match) return match.values[0];
  }
  return undefined;
}

/** A bound is a few words long: "a maximum of". */
const MAX_BOUND = 3;
