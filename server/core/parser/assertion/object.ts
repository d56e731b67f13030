import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { type Hit, MAX_SCOPE, SentenceWords } from './words';
import { countNounAt, countNounOf, countValue, isKindName } from './subject';
import { stem } from './tokens';
import { inPastTense } from './verb-group';

/**
 * What the object of a verb or a need noun names: this request, the count requested, a pronoun, visits
 * beyond those had, or a guideline's own figure; and where such an object ends.
 */

/** What an active verb's object says of the request (see `activeObject`). */
type ActiveObject = 'request' | 'requested' | 'pronoun' | 'additive' | 'more' | 'fewer' | 'count' | undefined;

/** Whether an object is this request by a phrase naming it, the count requested or a pronoun ("it"). */
export function namesThisRequest(object: ActiveObject): boolean {
  return object === 'request' || object === 'requested' || object === 'pronoun';
}

/**
 * Where an active verb's object opening at `from` ends, past a request word's own "for" phrase naming
 * what is requested or counting the visits requested ("the request for a lumbar MRI", "the request for 12 visits").
 */
export function requestObjectEnd(s: SentenceWords, from: number): number {
  const end = objectEnd(s, from);
  if (s.keys[end] !== 'for' || end - from < 2 || !s.someWord(from, end, 'requestWords')) return end;
  const named = objectEnd(s, end + 1);
  // Only the title's words or the count requested name it: "them for treatment of …" is the guideline's scope.
  const names = s.namesTitle(end + 1, named) || countNounOf(s, end + 1, named) === named - 1;
  return named > end + 1 && names ? named : end;
}

/**
 * What an active verb's object, words [from, to), says of the request: 'request' when it is this request —
 * a definite phrase naming it ("the patch", "this request", "a purchase" of a request word) or the count
 * requested after such words ("the remaining 12 visits") — 'requested' for that count bare ("12 visits"),
 * 'pronoun' when only a pronoun or a bare request word names it ("it"); 'additive' when it is only visits
 * beyond those had ("further visits", for an item requesting a count); for another count of this item's
 * visits, 'more' or 'fewer' than every count requested, or 'count' when it is neither or none is requested;
 * undefined for other care.
 */
export function activeObject(s: SentenceWords, from: number, to: number): ActiveObject {
  const definite =
    s.is('definiteWords', from) ||
    s.is('requestWords', from) ||
    (s.is('indefiniteWords', from) && s.is('requestWords', from + 1));
  if (definite && s.namesRequest(from, to))
    return to - from === 1 && !s.titleKeys.has(stem(s.keys[from])) ? 'pronoun' : 'request';
  let start = from;
  while (start < to && s.is('definiteWords', start)) start++;
  let count = start;
  while (count < to && s.is('additiveWords', count)) count++;
  if (countNounAt(s, count, to) === to - 1) return comparedCount(s, s.keys[count], count === from ? 'bare' : 'led');
  // Other words before the count make it a bound: "up to 12 visits", "a trial of 6 visits", "9 to 10 visits".
  for (let bound = count + 1; bound < to - 1; bound++)
    if (countNounAt(s, bound, to) === to - 1) return comparedCount(s, s.keys[bound], 'bound');
  const onlyAdditive = s.countKeys.size > 0 && count > start && count === to - 1 && s.is('countNouns', count);
  return onlyAdditive ? 'additive' : undefined;
}

/**
 * How the count whose key is `key` stands to the counts requested: the same — 'request' when definite or
 * additive words lead it ("the remaining 12 visits"), 'requested' when bare ("12 visits") — 'more', 'fewer'
 * or neither; a bound ("up to 12") is no count of these visits, and one as large as the request covers it.
 */
function comparedCount(s: SentenceWords, key: string, lead: 'bare' | 'led' | 'bound'): ActiveObject {
  const bound = lead === 'bound';
  if (s.countKeys.has(key) && !bound) return lead === 'bare' ? 'requested' : 'request';
  const value = countValue(key);
  const requested = [...s.countKeys].map(countValue);
  if (value === undefined || requested.length === 0) return 'count';
  if (requested.every((count) => count !== undefined && (value > count || (bound && value === count)))) return 'more';
  if (requested.every((count) => count !== undefined && value < count)) return 'fewer';
  return 'count';
}

/**
 * Whether a need noun's object names the request: "the need for a repeat MRI [has not been shown]" up to
 * the subject's verb at `until`; or, after a noun in a predicate, "there is no indication for an MRI",
 * when nothing but this occasion qualifies it ("… at this time", "… in her case"): a qualifier naming a
 * kind of patient ("… in acute strains") makes it a guideline's scope, and a past tense the request's history.
 */
export function objectNamesRequest(s: SentenceWords, target: Hit<TargetEntry>, until?: number): boolean {
  if (until !== undefined) return objectNames(s, target.end, Math.min(objectEnd(s, target.end), until));
  // "There was no indication for an MRI [at the first visit]" tells the request's history.
  if (inPastTense(s, [0, target.at])) return false;
  const end = objectEnd(s, target.end);
  return end > target.end && objectNames(s, target.end, end) && onlyOccasionAfter(s, end);
}

/**
 * Whether a need noun's object, words [from, to), names the request: as a verb's object does (a definite
 * phrase naming it, "it", the count requested), as only a word for the item's kind ("imaging"), or by its
 * head — its last word before an "of" phrase, past count nouns — being a word of the title ("a repeat MRI",
 * "further physical therapy visits"). Another head names other care, though the title's words qualify it ("a
 * contrast study" for an MRI without contrast, "pain medication").
 */
function objectNames(s: SentenceWords, from: number, to: number): boolean {
  if (namesThisRequest(activeObject(s, from, to)) || isKindName(s, from, to)) return true;
  let head = from;
  while (head < to && s.keys[head] !== 'of') head++;
  do head--;
  while (head > from && s.is('countNouns', head));
  return head >= from && s.titleKeys.has(stem(s.keys[head]));
}

/**
 * Whether a verb or noun of reduction governs the need noun at `at` ("reduces the need for narcotics",
 * "will not eliminate the need for …", "a reduction in the need for …"), also as the last of the nouns it
 * takes ("reduces pain, swelling, inflammation and the need for narcotics"): it says how much the noun's
 * object will be needed, no finding on the request. A passive participle ("pain is reduced and …") takes
 * no object, and a noun before a comma ("Given the delay, the need for …") none after it.
 */
export function reducedAt(s: SentenceWords, at: number): boolean {
  let listed = false;
  for (let j = at - 1; j >= 0 && at - j <= MAX_SCOPE; j--) {
    if (s.is('reducingWords', j)) return s.keys[j + 1] !== ',' && !s.is('copulas', j - 1);
    // "a reduction in the need for …", "avoidance of the need for …".
    if ((s.keys[j] === 'in' || s.keys[j] === 'of') && s.is('reducingWords', j - 1)) continue;
    // Past the need noun's own words only a list of the verb's other objects may stand between.
    listed ||= s.is('coordinators', j);
    const between = s.inNounPhrase(j) || (listed && (s.keys[j] === ',' || s.is('coordinators', j)));
    if (!between) return false;
  }
  return false;
}

/** Whether only qualifiers naming this occasion follow `from` in its clause ("… at this time", "… in her case"). */
export function onlyOccasionAfter(s: SentenceWords, from: number): boolean {
  for (let j = from; j < s.keys.length && !stopsObject(s, j); j++) {
    if (s.is('predicateFillers', j)) continue;
    if (!s.is('qualifierPrepositions', j) || !s.is('occasionWords', j + 1)) return false;
    j++;
    while (j + 1 < s.keys.length && !stopsObject(s, j + 1) && !s.is('qualifierPrepositions', j + 1)) j++;
  }
  return true;
}

/** Punctuation or a terminator ends a noun's object and its qualifiers. */
export function stopsObject(s: SentenceWords, at: number): boolean {
  return s.tokens[at].punct || s.terminatorAt(at) !== undefined;
}

/** Where the object that opens at `from` ends: at punctuation, a terminator, a verb or a qualifying preposition. */
export function objectEnd(s: SentenceWords, from: number): number {
  let end = from;
  while (end < s.keys.length && !stopsObject(s, end) && !endsObject(s, end)) end++;
  return end;
}

/** A verb or a qualifying preposition ends a noun's object ("for an MRI [is documented]", "for an MRI [at this time]"). */
function endsObject(s: SentenceWords, at: number): boolean {
  return (
    s.is('finite', at) ||
    s.is('copulas', at) ||
    s.is('qualifierPrepositions', at) ||
    s.triggers.some((t) => t.at === at)
  );
}
