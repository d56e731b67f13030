import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { asideHolding } from './aside';
import { objectEnd } from './object';
import { type Hit, MAX_SUBJECT_ASIDE, SentenceWords } from './words';
import { stem } from './tokens';
import { asideBefore } from './verb-group';

/**
 * A finding said of another item of the letter ("…, and I do not find the omeprazole medically necessary"
 * under the naproxen) is that item's, not this one's.
 */

/**
 * Whether the phrase `target` is said of another item of the letter: the words of its clause before it name
 * another item's treatment and nothing of this request ("The naproxen is medically necessary; the omeprazole is
 * not …" under the naproxen, "…, and I do not find the omeprazole …"). A clause that is only the verb group
 * after an aside has its subject before the aside, whose words for a request name none ("The omeprazole,
 * requested with it, is not …"); a pronoun subject after a terminator stands for the clause before it
 * ("Omeprazole is addressed under item 4; it is not …"). A clause naming both, also past a comma of a list
 * ("The EMG and the NCV are not …", "the EKG and the labs (CBC, BMP) are not …"), is said of this request too.
 * A verb or a need noun is said of another item too when its object after it names that item and nothing of
 * this request: "There is no need for omeprazole", "The guidelines do not support the omeprazole" under the naproxen.
 */
export function saidOfOtherItem(s: SentenceWords, target: Hit<TargetEntry>): boolean {
  if (s.otherItemKeys.size === 0) return false;
  return objectNamesOtherItem(s, target) || asideOnOtherItem(s, target) || clauseNamesOtherItem(s, target.at);
}

/**
 * Whether the phrase is in an aside said of another item and nothing of this request: "Unlike the naproxen, which I
 * have found medically necessary, …", "The omeprazole, unlike the naproxen certified above as medically necessary, …".
 */
function asideOnOtherItem(s: SentenceWords, { at, end }: Hit<TargetEntry>): boolean {
  const aside = asideHolding(s, at, end);
  return aside !== undefined && s.namesOtherItem(...aside.about) && !s.namesRequest(...aside.about, false);
}

/** Whether the object after a verb or a need noun ("need for") names another item and nothing of this request. */
function objectNamesOtherItem(s: SentenceWords, { end, entry }: Hit<TargetEntry>): boolean {
  if (entry.form !== 'verb' && !entry.ofObject) return false;
  const to = objectEnd(s, end);
  if (onlyPronouns(s, end, to) && !s.namesOtherItem(end, to)) return standsForOtherItem(s, end);
  return s.namesOtherItem(end, to) && !s.namesRequest(end, to, false);
}

/**
 * Whether a pronoun at `at`, with no item named before it in its sentence, stands for another item: the sentence
 * before is about it ("The omeprazole is a different matter. It is not medically necessary." under the naproxen).
 */
function standsForOtherItem(s: SentenceWords, at: number): boolean {
  return !s.namesTitle(0, at) && !s.namesOtherItem(0, at) && s.antecedentIsOtherItem();
}

/** Whether the words of the clause before the phrase at `at` name another item and nothing of this request. */
function clauseNamesOtherItem(s: SentenceWords, at: number): boolean {
  let start = s.clauseStartOf(at);
  let end = at;
  const aside =
    onlyVerbGroup(s, start, at) && s.keys[start - 1] === ',' ? asideBefore(s, start - 1, MAX_SUBJECT_ASIDE) : undefined;
  const before = onlyPronouns(s, start, end) ? clauseBefore(s, start) : undefined;
  if (aside !== undefined) [start, end] = [s.clauseStartOf(aside), aside];
  else if (before !== undefined) [start, end] = [s.clauseStartOf(before), before];
  if (onlyPronouns(s, start, end) && !s.namesOtherItem(start, end)) return standsForOtherItem(s, start);
  if (!s.namesOtherItem(start, end) || s.namesRequest(start, end, false)) return false;
  return !s.namesTitle(mainClauseStartOf(s, start), end);
}

/**
 * Where the clause before the one opening at `start` ends, when a terminator ("…; it is not", "…, but it is not") or a
 * coordinator after a comma ("The brace is another matter, and it is not …") joins the two: its pronoun may stand for
 * what that clause named.
 */
function clauseBefore(s: SentenceWords, start: number): number | undefined {
  if (s.terminators.some(([from, to]) => to === start && from > 0)) return start - 1;
  if (topicBefore(s, start)) return start - 1;
  return coordinatorAfterComma(s, start) && start > 1 ? start - 1 : undefined;
}

/**
 * Whether the sentence opens with a topic set off by the comma before `start`: words of topic and prepositions
 * with one of topic among them, then a phrase with no verb ("As for the brace, it is …", "With regard to the
 * brace, it …", "Regarding the brace, …"), naming an item. A pronoun after it stands for the topic, where after a comparison
 * ("Unlike the brace, it is …", "As with the brace, …") it stands for what the sentence is about.
 */
function topicBefore(s: SentenceWords, start: number): boolean {
  const comma = start - 1;
  if (s.keys[comma] !== ',' || s.clauseStartOf(comma) !== 0) return false;
  let j = 0;
  let topic = false;
  for (; j < comma && (s.is('topicWords', j) || s.is('qualifierPrepositions', j)); j++) topic ||= s.is('topicWords', j);
  if (!topic || !(s.namesTitle(j, comma) || s.namesOtherItem(j, comma))) return false;
  for (; j < comma; j++) if (s.is('finite', j) || s.is('copulas', j)) return false;
  return true;
}

/** Whether words [from, to) are all of a verb group and its negations ("is not"): a clause with no subject of its own. */
function onlyVerbGroup(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (!(s.is('finite', j) || s.is('copulas', j) || s.is('predicateFillers', j) || s.inNegation(j))) return false;
  return true;
}

/** Where the clause holding `at` opens, past commas other than one before a coordinator ("…, and I do not …"). */
function mainClauseStartOf(s: SentenceWords, at: number): number {
  let start = at;
  while (start > 0 && !s.terminators.some(([, end]) => end === start) && !coordinatorAfterComma(s, start - 1)) start--;
  return start;
}

function coordinatorAfterComma(s: SentenceWords, at: number): boolean {
  return s.is('coordinators', at) && s.keys[at - 1] === ',';
}

/**
 * Whether the only words of [from, to) naming the request are pronouns ("it", "they"), each alone or before a word
 * for a request ("this medication"), and there is one.
 */
function onlyPronouns(s: SentenceWords, from: number, to: number): boolean {
  let pronoun = false;
  for (let j = from; j < to; j++) {
    if (s.titleKeys.has(stem(s.keys[j]))) return false;
    if (!s.is('requestWords', j)) continue;
    if (!s.is('pronouns', j) && !(j > from && s.is('pronouns', j - 1))) return false;
    pronoun = true;
  }
  return pronoun;
}

/**
 * Whether a sentence is about another item of the letter: the words before its first verb name another item's
 * treatment and none of this item's title ("The omeprazole is a different matter.", "As for the omeprazole, there
 * is …"), or they are only pronouns, the sentence names nothing of this item, and `before` (the sentence before)
 * is about another item ("… . It is addressed under item 4.").
 */
export function aboutOtherItem(s: SentenceWords, before: () => boolean): boolean {
  if (s.otherItemKeys.size === 0) return false;
  let verb = 0;
  while (verb < s.keys.length && !s.is('finite', verb) && !s.is('copulas', verb)) verb++;
  if (s.namesTitle(0, verb)) return false;
  if (s.namesOtherItem(0, verb)) return true;
  return onlyPronouns(s, 0, verb) && !s.namesTitle(verb, s.keys.length) && before();
}
