import { countValue } from './subject';
import { MAX_MODIFIERS, SentenceWords } from './words';
import { verbGroupStart } from './verb-group';

/**
 * Statements of the law and of what its words mean: "Medically necessary means …", "A treatment is medically
 * necessary only if …", "medical treatment that is reasonably required to cure or relieve …" say what any
 * treatment needs, not whether this request has it.
 */

/**
 * Whether the phrase at `at` is in a definition of the necessity wording: a verb of definition whose subject holds
 * that wording and no verb ("Medically necessary means …", "'Medically necessary' and 'medical necessity' mean …",
 * "Medical necessity is defined as …") takes the clause the phrase stands in, the term or what it is said to mean.
 */
export function inDefinition(s: SentenceWords, at: number): boolean {
  for (let verb = 0; verb < s.keys.length; verb++) {
    if (!s.is('definingVerbs', verb)) continue;
    const start = s.clauseStartOf(verb);
    if (start <= at && at < clauseEnd(s, verb) && definesWording(s, start, verb)) return true;
  }
  return false;
}

/**
 * Whether words [from, verb) are the subject of a definition: the necessity wording and no verb, but the copula of
 * "is defined as" ("defined" alone is a participle: "medical necessity as defined in section 4610.5").
 */
function definesWording(s: SentenceWords, from: number, verb: number): boolean {
  let to = verb;
  if (s.keys[verb] === 'defined') {
    if (!s.is('copulas', verb - 1)) return false;
    to--;
  }
  let wording = false;
  for (let j = from; j < to; j++) {
    if (s.is('finite', j) || s.is('copulas', j)) return false;
    wording ||= s.lexicon.targets.matchesAt(s.keys, j).some(({ values }) => values[0].wording === 'necessity');
  }
  return wording;
}

/** Where the clause holding the word at `at` ends: at the next terminator, or the sentence's end. */
function clauseEnd(s: SentenceWords, at: number): number {
  return s.terminators.find(([from]) => from > at)?.[0] ?? s.keys.length;
}

/**
 * Whether the phrase at `at` is said of any treatment: the subject of its verb group is a noun for any treatment
 * after an indefinite word ("A treatment is …", "Under Labor Code 4610.5, a service is …", "Any treatment is …") or
 * before a restrictive relative, in which the phrase stands or which the subject holds ("medical treatment that is
 * reasonably required to cure or relieve the effects of the injury is medically necessary").
 */
export function saidOfAnyTreatment(s: SentenceWords, at: number): boolean {
  const start = s.clauseStartOf(at);
  const verb = verbGroupStart(s, at);
  let relative = start;
  while (relative < verb && !(s.is('relativePronouns', relative) || s.keys[relative] === 'that')) relative++;
  return namesAKind(s, start, relative, relative < verb);
}

/**
 * Whether words [from, to) are a noun for any treatment: after an indefinite word, or bare before a restrictive
 * relative, with a few modifiers and none naming this request, another item, a count, an owner (a possessive: a
 * noun phrase owned by someone is no kind of treatment) or care added to what was had ("further treatment").
 */
function namesAKind(s: SentenceWords, from: number, to: number, restrictive: boolean): boolean {
  const indefinite = s.is('indefiniteWords', from);
  const head = to - 1;
  if (!(indefinite || restrictive) || !s.is('kindNouns', head)) return false;
  const modifiers = indefinite ? from + 1 : from;
  if (head - modifiers > MAX_MODIFIERS || s.namesTitle(modifiers, head) || s.namesOtherItem(modifiers, head))
    return false;
  for (let j = modifiers; j < head; j++) {
    const other = s.is('definiteWords', j) || s.is('additiveWords', j) || s.is('remainderWords', j);
    if (other || !s.inPlainPhrase(j) || countValue(s.keys[j]) !== undefined || s.isPossessive(j)) return false;
  }
  return true;
}
