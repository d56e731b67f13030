import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { countValue } from './subject';
import { type Hit, MAX_ASIDE, MAX_SUBJECT_ASIDE, SentenceWords } from './words';

/**
 * The part of a partial approval already granted is not the remaining portion the item disputes: "The 45
 * certified tablets are medically necessary", "Only the 45 tablets already certified are …", "45 are medically
 * necessary, and they have been certified" say nothing of the 45 still disputed, which "…; the remaining 45 are
 * not." after them concludes.
 */

/**
 * Whether the phrase `target` is said of a granted part: its clause's subject counts ("the 45", "six visits") and
 * holds a word of the grant ("certified", "authorized") and no word of the rest ("remaining", "other"), or the
 * clause after the phrase or an aside before it says the grant of it ("…, and they have been certified", "The 45
 * tablets, which have been certified, are …"). A subject naming both parts
 * ("Both the six certified and the six remaining visits are …") is said of the remaining portion too.
 */
export function saidOfGrantedPart(s: SentenceWords, { at, end }: Hit<TargetEntry>): boolean {
  let start = s.clauseStartOf(at);
  let verb = start;
  while (verb < at && !s.is('finite', verb) && !s.is('copulas', verb)) verb++;
  let granted = grantSaidAfter(s, end);
  // "The 45 tablets, which have been certified, are …": the subject and the grant said of it stand before the aside.
  const aside = verb === start ? asideOpening(s, start - 1) : undefined;
  if (aside !== undefined && grantSaidAfter(s, aside)) {
    granted = true;
    [start, verb] = [s.clauseStartOf(aside), aside];
  }
  let counted = false;
  for (let j = start; j < verb; j++) {
    if (s.is('remainderWords', j)) return false;
    counted ||= countValue(s.keys[j]) !== undefined;
    granted ||= grantedAt(s, j);
  }
  return counted && granted;
}

/** Where the aside that a comma at `close` ends opens: an earlier comma a few words back, with no other punctuation. */
function asideOpening(s: SentenceWords, close: number): number | undefined {
  if (s.keys[close] !== ',') return undefined;
  for (let j = close - 1; j >= 0 && close - j <= MAX_SUBJECT_ASIDE; j--) {
    if (s.keys[j] === ',') return j;
    if (s.tokens[j].punct) return undefined;
  }
  return undefined;
}

/**
 * Whether the word at `at` is a word of the grant that no negation reaches and no phrase of denial holds: "certified",
 * not "not certified" or "non-certified".
 */
export function grantedAt(s: SentenceWords, at: number): boolean {
  if (!s.is('grantedWords', at) || s.inNegation(at - 1)) return false;
  const denial = s.lexicon.targets.matchesAt(s.keys, at - 1);
  return !denial.some((match) => match.length > 1 && match.values.some((entry) => entry.polarity === 'negative'));
}

/**
 * Whether a clause right after the phrase says its subject was granted: a coordinator or a relative pronoun, a
 * pronoun after the coordinator, the verb group and a word of the grant ("…, and they have been certified",
 * "…, which were authorized").
 */
function grantSaidAfter(s: SentenceWords, from: number): boolean {
  let j = from;
  if (s.keys[j] === ',') j++;
  if (s.is('coordinators', j) && s.is('pronouns', j + 1)) j += 2;
  else if (s.is('relativePronouns', j)) j++;
  else return false;
  const opened = j;
  while (j < s.keys.length && j - opened <= MAX_ASIDE && (s.is('finite', j) || s.is('copulas', j))) j++;
  return j > opened && grantedAt(s, j);
}
