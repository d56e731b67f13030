import type { TargetEntry, TriggerEntry } from '../../knowledge/assertion-lexicon';
import { type Hit, isPlain, MAX_ASIDE, MAX_SCOPE, SentenceWords } from './words';

/**
 * The verb group around a phrase and its tense: the auxiliaries, fillers and negations before it, the
 * predicate after a noun subject (also verbless, "Medical necessity: not established"), and whether the
 * group is past, modal or a predicate at all.
 */

/** Where the verb group before an active verb opens, over auxiliaries, adverbs and negations: "does not", "would not". */
export function activeGroupBefore(s: SentenceWords, at: number): number {
  let j = at;
  while (j > 0 && (s.is('finite', j - 1) || s.is('predicateFillers', j - 1) || plainNegationAt(s, j - 1))) j--;
  return j;
}

/** Whether a plain negation ("not", "n't", "never") is the word at `at`. */
function plainNegationAt(s: SentenceWords, at: number): boolean {
  return s.lexicon.triggers
    .matchesAt(s.keys, at)
    .some(({ length, values }) => length === 1 && values.some((v) => v.kind === 'negation' && isPlain(v)));
}

/**
 * The lexicon's triggers within words [from, to), also those a longer trigger holds: the agent's report
 * "guidelines do not support" takes in the negation and modal of its own verb group.
 */
export function lexiconTriggersIn(s: SentenceWords, from: number, to: number): Array<Hit<TriggerEntry>> {
  const hits: Array<Hit<TriggerEntry>> = [];
  for (let j = from; j < to; j++) {
    const [longest] = s.lexicon.triggers.matchesAt(s.keys, j).filter(({ length }) => j + length <= to);
    if (!longest) continue;
    for (const entry of longest.values) hits.push({ at: j, end: j + longest.length, entry });
    j += longest.length - 1;
  }
  return hits;
}

/**
 * A plain synonym is a predicate only after a copula (or the colon of "X: not warranted"), past
 * adverbs, negations ("is no longer needed") and an aside between commas ("is, at this time, not needed").
 */
export function isPredicate(s: SentenceWords, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && !s.is('copulas', j)) {
    const aside = s.keys[j] === ',' ? asideBefore(s, j) : undefined;
    if (aside !== undefined) j = aside - 1;
    else if (s.is('predicateFillers', j) || s.inNegation(j)) j--;
    else break;
  }
  return s.is('copulas', j);
}

/**
 * Whether the plain synonym `target` opens a verbless sentence, past adverbs and negations, with nothing after it but
 * an adjunct or a clause a terminator or subordinator opens: "Not warranted.", "Therefore, not indicated at this
 * time.", "Not supported, as the patient has not tried therapy." A participle opening a clause before the sentence's
 * own verb ("Not supported by imaging, the complaints are …") is none. Its subject is left out, so it names no
 * request: the reading is implied.
 */
export function opensVerblessSentence(s: SentenceWords, target: Hit<TargetEntry>): boolean {
  for (let j = 0; j < target.at; j++) if (!s.is('predicateFillers', j) && !s.inNegation(j)) return false;
  for (let j = target.end; j < s.keys.length; j++) {
    if (s.terminatorAt(j) || s.is('subordinators', j)) return true;
    if (s.is('finite', j) || s.is('copulas', j)) return false;
  }
  return true;
}

/** Where the aside that a comma at `close` ends opens: an earlier comma a few words back, with no verb between. */
export function asideBefore(s: SentenceWords, close: number, most = MAX_ASIDE): number | undefined {
  for (let j = close - 1; j >= 0 && close - j <= most; j--) {
    if (s.keys[j] === ',') return j;
    if (s.is('finite', j) || s.is('copulas', j) || s.tokens[j].punct) return undefined;
  }
  return undefined;
}

/** The verb group before an adjective phrase: "could then become", "would not be". */
export function verbGroupBefore(s: SentenceWords, at: number): [number, number] {
  let j = at;
  while (j > 0 && (s.is('finite', j - 1) || s.is('copulas', j - 1) || s.is('predicateFillers', j - 1))) j--;
  if (j > 0 && s.triggers.some((t) => t.entry.modal && t.end === j)) j--;
  return [j, at];
}

/**
 * A noun at the start of its clause, past "the standard of", "and", "so", is the subject; so is one
 * that opens a subordinate clause ("…, as medical necessity is not established"). A decision noun's
 * subject may name whose decision it is ("the utilization review's denial").
 */
export function isSubject(s: SentenceWords, at: number, decision = false): boolean {
  let j = at - 1;
  while (j >= 0 && (s.is('subjectLead', j) || (decision && s.isOwner('decisionLead', j)))) j--;
  return (
    j < 0 ||
    s.tokens[j].punct ||
    s.terminators.some(([, end]) => end === j + 1) ||
    s.is('subordinators', j) ||
    s.keys[j] === 'that'
  );
}

/**
 * The predicate of a noun subject: its first verb group after the subject's own words
 * ("for the MRI of the left elbow") and past a relative clause (", which would …,").
 * Returns [first, last + 1) of the verb group with its head word.
 */
export function predicateAfter(s: SentenceWords, from: number): [number, number] | undefined {
  if (s.keys[from] === ':') return labelPredicate(s, from + 1);
  const elliptical = s.inNegation(from) ? ellipticalPredicate(s, from) : undefined;
  if (elliptical) return elliptical;
  for (let j = from; j < s.keys.length && j - from <= MAX_SCOPE; j++) {
    if (s.keys[j] === ';' || s.keys[j] === ':') return undefined;
    if (s.terminatorAt(j)) {
      if (s.keys[j - 1] !== ',') return undefined;
      const close = s.keys.indexOf(',', j + 1);
      if (close < 0) return undefined;
      j = close;
      continue;
    }
    // A bare copula opens one too: the subjunctive "I recommend that the denial be overturned".
    if (!s.is('finite', j) && !s.is('copulas', j)) continue;
    let end = j + 1;
    while (end < s.keys.length && !s.tokens[end].punct && inVerbGroup(s, end)) end++;
    const open = s.is('finite', end - 1) || s.is('copulas', end - 1) || s.keys[end - 1] === 'not';
    const head = open && end < s.keys.length && !s.tokens[end].punct;
    return [j, head ? end + 1 : end];
  }
  return undefined;
}

/**
 * A note's passive with its auxiliary dropped, "MRI brain: medical necessity not demonstrated.": read
 * like the label form, but only when it is negated and ends its clause, since a participle straight
 * after the noun is otherwise a reduced relative ("the medical necessity demonstrated by …").
 */
function ellipticalPredicate(s: SentenceWords, at: number): [number, number] | undefined {
  const predicate = labelPredicate(s, at);
  if (!predicate) return undefined;
  const [first, next] = predicate;
  // A verb or modal in it ("cannot be upheld") makes it an ordinary predicate, read as one.
  const verbAt = (j: number) =>
    s.is('finite', j) || s.is('copulas', j) || s.triggers.some((t) => t.entry.modal && t.at <= j && j < t.end);
  for (let j = first; j < next; j++) if (verbAt(j)) return undefined;
  return next >= s.keys.length || s.tokens[next].punct ? predicate : undefined;
}

/**
 * The verbless predicate of a label-style conclusion, "Medical necessity: not established": negations
 * and fillers, then a participle of showing or satisfying ("established", "demonstrated", "met") or a negative predicate
 * ("lacking"). Returns its [first, last + 1).
 */
function labelPredicate(s: SentenceWords, at: number): [number, number] | undefined {
  for (let j = at; j < s.keys.length && !s.tokens[j].punct; j++) {
    if (headsLabelPredicate(s, j)) return [at, j + 1];
    if (!s.inNegation(j) && !s.is('predicateFillers', j)) return undefined;
  }
  return undefined;
}

/** Whether the word at `at` may head a label's verbless predicate: "established", "met", "lacking". */
export function headsLabelPredicate(s: SentenceWords, at: number): boolean {
  return (
    s.is('regardVerbs', at) ||
    s.is('satisfiedWords', at) ||
    s.is('complementTakers', at) ||
    s.triggers.some((t) => t.at === at && t.entry.kind === 'negation' && t.entry.direction === 'backward')
  );
}

export function inVerbGroup(s: SentenceWords, at: number): boolean {
  return (
    s.is('finite', at) ||
    s.is('copulas', at) ||
    (s.is('predicateFillers', at) && !s.is('coordinators', at)) ||
    s.inNegation(at)
  );
}

/** Where the verb group opening at `from` opens with the auxiliaries and negations before it: "would not | be". */
export function verbGroupStart(s: SentenceWords, from: number): number {
  let j = from;
  while (j > 0 && inVerbGroup(s, j - 1)) j--;
  return j;
}

/** Whether a hypothetical modal ("would") is in the verb group [from, to) or the auxiliaries and negations before it. */
export function hypotheticalModalIn(s: SentenceWords, [from, to]: [number, number]): boolean {
  for (let j = verbGroupStart(s, from); j < to; j++) if (s.is('hypotheticalModals', j)) return true;
  return false;
}

/**
 * Whether the verb group that ends at range[1] (read back over auxiliaries, fillers and negations) is
 * past or perfect: the decision's words then tell the request's history ("6 visits were authorized").
 */
export function inPastTense(s: SentenceWords, [from, to]: [number, number], head = false): boolean {
  for (let j = to - 1; j >= from; j--) {
    if (s.is('pastAuxiliaries', j)) return true;
    // An adjective of ability taking the verb is in its group: "was not able to certify".
    const verbal =
      s.is('finite', j) ||
      s.is('copulas', j) ||
      s.is('predicateFillers', j) ||
      s.inNegation(j) ||
      s.is('abilityWords', j);
    // A predicate's own head word ("was based") ends it.
    if (!verbal && !(head && j === to - 1)) return false;
  }
  return false;
}
