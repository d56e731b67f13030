import { type TriggerEntry, wordKey } from '../../knowledge/assertion-lexicon';
import { NUMBER_WORDS } from '../../knowledge/number-words';
import { type Hit, MAX_ASIDE, MAX_MODIFIERS, SentenceWords } from './words';
import { stem } from './tokens';
import { verbGroupBefore } from './verb-group';

/**
 * What the subject of a phrase's clause names: this request (a definite phrase naming it, the count of
 * visits requested, the item's kind alone) or another thing ("further imaging", another count).
 */

/** Count words and numerals by their word keys ("thre" is three, its doubled letter folded). */
let countValues: Map<string, number> | undefined;

/** The number a count's word key says ("12", "twelve"), or undefined. */
export function countValue(key: string): number | undefined {
  if (/^\d{1,4}$/.test(key)) return Number(key);
  countValues ??= new Map(Object.entries(NUMBER_WORDS).map(([word, value]) => [wordKey(word), value]));
  return countValues.get(key);
}

/** Whether the subject of the phrase's clause is this request: it names it, counts the visits requested or is the item's kind. */
export function subjectIsRequest(s: SentenceWords, at: number): boolean {
  return namesOneRequest(s, at) || countsRequest(s, at) || kindSubject(s, at);
}

/**
 * Whether the subject of the phrase's clause is this request rather than a kind of treatment: it
 * opens with a definite word ("the lumbar MRI", "this study", "it") and names the request.
 */
export function namesOneRequest(s: SentenceWords, at: number): boolean {
  let start = s.clauseStartOf(at);
  while (start < at && s.is('predicateFillers', start)) start++;
  return (s.is('definiteWords', start) || s.is('requestWords', start)) && s.namesRequest(start, at);
}

/**
 * Whether the subject of the phrase's clause counts as many visits as the item requests ("Six visits
 * are reasonable" for a 6-visit request): another count ("6 visits" for a 12-visit request) may be
 * what the reviewer would allow instead, and a count elsewhere in the sentence is no subject.
 */
export function countsRequest(s: SentenceWords, at: number): boolean {
  let start = s.clauseStartOf(at);
  while (start < at && (s.is('definiteWords', start) || s.is('predicateFillers', start))) start++;
  // What remains of a partial approval counts the visits requested too: "The remaining 12 visits are …".
  while (start < at && s.is('additiveWords', start)) start++;
  const noun = countNounOf(s, start, at);
  if (noun === undefined) return false;
  // The count's noun ends the subject right before the phrase's verb group ("Six additional visits are …"),
  // or a short qualifier does ("Eight visits on top of the 4 are …"), with no verb and no other count.
  const verb = verbGroupBefore(s, at)[0];
  if (verb === noun + 1) return true;
  if (!(s.is('qualifierPrepositions', noun + 1) || s.keys[noun + 1] === 'of')) return false;
  if (verb - noun > MAX_ASIDE + 1) return false;
  for (let j = noun + 1; j < verb; j++) {
    if (s.tokens[j].punct || s.is('finite', j) || s.is('countNouns', j) || s.inTrigger(j)) return false;
  }
  return true;
}

/**
 * Whether a negated subject, words [from, to) past its auxiliary, a partitive "of" and definite words, is a count
 * of the visits requested and nothing more ("neither is eight sessions, …" for an 8-session request, "none of the
 * 12 visits").
 */
export function subjectCounts(s: SentenceWords, from: number, to: number): boolean {
  let start = pastPartitive(s, from);
  while (start < to && (s.is('finite', start) || s.is('definiteWords', start))) start++;
  const noun = countNounOf(s, start, to);
  if (noun === undefined) return false;
  for (let j = noun + 1; j < to; j++) {
    if (!s.is('finite', j) && !s.is('copulas', j) && !s.is('predicateFillers', j)) return false;
  }
  return true;
}

/** The noun of a count of the visits requested opening at `start` ("12 visits", "eight more sessions"), before `to`. */
export function countNounOf(s: SentenceWords, start: number, to: number): number | undefined {
  return s.countKeys.has(s.keys[start]) ? countNounAt(s, start, to) : undefined;
}

/**
 * The noun of a count of this item's visits opening at `start`, before `to`: its modifiers add to what was
 * had, repeat the count or name the item ("eight more sessions", "twelve (12) visits", "12 physical therapy
 * visits"), where another kind ("12 acupuncture visits" for physical therapy) counts other care.
 */
export function countNounAt(s: SentenceWords, start: number, to: number): number | undefined {
  if (countValue(s.keys[start]) === undefined) return undefined;
  let noun = start + 1;
  for (; noun < to && noun - start <= MAX_MODIFIERS + 1 && !s.is('countNouns', noun); noun++) {
    const modifier = s.is('additiveWords', noun) || countValue(s.keys[noun]) !== undefined;
    if (!modifier && !s.namesRequest(noun, noun + 1)) return undefined;
  }
  return s.is('countNouns', noun) ? noun : undefined;
}

/**
 * Whether the subject of the phrase's clause is only a word for the item's kind, past definite words
 * and a negative determiner: "Imaging is warranted", "The injection is appropriate", "No imaging is
 * needed". A modifier ("further imaging", "repeat imaging") may name other care than this request.
 */
export function kindSubject(s: SentenceWords, at: number): boolean {
  return isKindName(s, s.clauseStartOf(at), verbGroupBefore(s, at)[0]);
}

/** Whether words [from, to), past definite words, coordinators and a negation, are only a word for the item's kind. */
export function isKindName(s: SentenceWords, from: number, to: number): boolean {
  if (s.kindNames.length === 0) return false;
  let start = from;
  while (start < to && (s.is('definiteWords', start) || s.is('coordinators', start) || s.inNegation(start))) start++;
  const words = s.keys.slice(start, to).map(stem);
  return s.kindNames.some((name) => name.length === words.length && name.every((key, k) => key === words[k]));
}

/**
 * Where the words after a negative pronoun go on past a partitive "of" and the definite words after it: "none [of
 * the] 12 visits", "none [of the] further visits"; `at` itself when no "of" stands there.
 */
function pastPartitive(s: SentenceWords, at: number): number {
  if (s.keys[at] !== 'of') return at;
  let j = at + 1;
  while (s.is('definiteWords', j)) j++;
  return j;
}

/**
 * Whether a negative determiner's subject, before the verb group of the phrase at `at`, is only a count
 * noun past words that add to what was had ("No further visits", "No additional sessions", "No visits", "None of
 * the visits"),
 * for an item that requests a count of visits: it denies every visit still asked for, the requested ones too.
 */
export function deniesEveryVisit(s: SentenceWords, negation: Hit<TriggerEntry>, at: number): boolean {
  if (s.countKeys.size === 0) return false;
  const verb = verbGroupBefore(s, at)[0];
  let noun = pastPartitive(s, negation.end);
  while (noun < verb && s.is('additiveWords', noun)) noun++;
  return noun === verb - 1 && s.is('countNouns', noun);
}
