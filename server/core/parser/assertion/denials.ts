import type { TriggerEntry } from '../../knowledge/assertion-lexicon';
import { type Hit, MAX_SUBJECT_ASIDE, SentenceWords } from './words';

/**
 * How many times a phrase is denied: once a clause ("neither supported nor …" is one denial), again in a
 * clause a denial takes ("I see no reason | the MRI would not be …"), and not at all when a denial's
 * predicate is itself a denial ("does not lack", litotes).
 */

/** The words between a denial and the word taking the clause it denies: "cannot honestly say that". */
const MAX_TAKER_LEAD = 2;

/**
 * Where each clause opens that a denial takes and that holds the next denial, in reading order: right
 * after the denial, a word taking a clause ("reason", "that", "find") whose clause opens with its own
 * subject and has its verb before the next denial, with no coordinator or terminator between ("I see no
 * reason | the therapy would not be …", "I do not find | that it is not …"). A denial coordinated with
 * the first ("no evidence that he improved and no indication for …", "neither supported nor …") is in
 * the same clause, and so is one after a noun's complement ("an agent without evidence of benefit is not …").
 * `doubted` when the denial takes it through a word of certainty, persuasion or proof ("It is not clear | that
 * the MRI is not …", "I am not convinced | the MRI is not …", "It has not been shown | that …"), or is itself a
 * hedge over it ("I doubt that | …", "It is unclear that | …"): the reviewer doubts the denial in it, which
 * gives a reading but states none.
 */
export function deniedClauses(
  s: SentenceWords,
  denials: Array<Hit<TriggerEntry>>,
): Array<{ open: number; doubted: boolean }> {
  const sorted = [...denials].sort((a, b) => a.at - b.at);
  const clauses: Array<{ open: number; doubted: boolean }> = [];
  for (let i = 1; i < sorted.length; i++) {
    const taker = sorted[i - 1];
    // A hedge that takes a clause ends with the word taking it ("doubt that", "not convinced that"), so the
    // clause opens right after it, and a denial in it is doubted by it.
    const open = taker.entry.takesClause
      ? clauseOpeningAt(s, taker.end, sorted[i].at)
      : clauseTakenBetween(s, taker.end, sorted[i].at);
    if (open === undefined) continue;
    // A raised subject's infinitive is the litotes of a predicate ("Medical necessity has not been shown | to be
    // lacking" denies the lack), no doubt over a clause of its own.
    const doubted = taker.entry.takesClause || (!infinitiveAt(s, open) && s.someWord(taker.at, open, 'certaintyWords'));
    clauses.push({ open, doubted });
  }
  return clauses;
}

/**
 * The denials that head the predicate of the denial right before them, so that the two cancel: a
 * negative verb, preposition or predicate after a negated verb group ("does not lack", "is not
 * without", "does not fall short of", "medical necessity is not lacking", "no lack of"). Only verb
 * group words may stand between; one other than an auxiliary or a copula ("is not entirely without")
 * may hedge the cancellation, so the reading it gives is not explicit.
 * Coordinated denials ("neither supported nor …", "neither established nor documented", "not supported and
 * lacks …") stay one denial.
 */
export function deniedDenials(
  s: SentenceWords,
  denials: Array<Hit<TriggerEntry>>,
): Array<{ hedged: boolean; subject?: [number, number] }> {
  const sorted = [...denials].sort((a, b) => a.at - b.at);
  const pairs: Array<{ hedged: boolean; subject?: [number, number] }> = [];
  const cancelled = new Set<Hit<TriggerEntry>>();
  for (const first of sorted) {
    const pair = subjectDenialPair(s, first, sorted);
    if (!pair) continue;
    pairs.push(pair);
    for (const t of sorted) if (first.at <= t.at && t.at <= pair.last.at) cancelled.add(t);
  }
  for (let i = 1; i < sorted.length; i++) {
    if (cancelled.has(sorted[i - 1]) || cancelled.has(sorted[i])) continue;
    const [from, to] = [sorted[i - 1].end, sorted[i].at];
    // A correlative's "nor" coordinates a second denial and heads none ("neither established nor documented"),
    // and a clause taken between ("has not been shown [to be lacking]") already counts the later denial.
    const cancels =
      from <= to &&
      !s.is('coordinators', to) &&
      verbGroupBetween(s, from, to) &&
      clauseTakenBetween(s, from, to) === undefined;
    if (!cancels) continue;
    pairs.push({ hedged: hedgedBetween(s, from, to) });
    i++;
  }
  return pairs;
}

/** Whether a word other than an auxiliary or a copula stands in [from, to): "is not entirely without". */
function hedgedBetween(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!s.is('finite', j) && !s.is('copulas', j)) return true;
  return false;
}

/**
 * A negative determiner or correlative opening its clause denies the clause's predicate through its
 * subject, so a predicate headed by a denial cancels it as "does not lack" does: "Neither the MRI nor
 * the EMG lacks medical necessity", "Nor does the MRI lack …", "No study is without …". Only the subject
 * (past the auxiliary an inverting correlative puts first, and the correlatives coordinating it) and a
 * verb group may stand between, and the later denial heads the predicate: a verb of denial, or any
 * denial after a verb ("No imaging without red flags is …" denies inside its subject, and once).
 * Returns the pair's last denial, the subject's words and whether the verb group hedges it.
 */
function subjectDenialPair(
  s: SentenceWords,
  first: Hit<TriggerEntry>,
  sorted: Array<Hit<TriggerEntry>>,
): { last: Hit<TriggerEntry>; subject: [number, number]; hedged: boolean } | undefined {
  if (!first.entry.subject || first.entry.exceptive) return undefined;
  if (!s.opensSubject(first.at)) return undefined;
  let start = first.end;
  const inverted = first.entry.inverts && s.is('finite', start);
  if (inverted) start++;
  let end = start;
  while (end < s.keys.length && end - start < MAX_SUBJECT_ASIDE && s.inNegatedSubject(end)) end++;
  if (end === start) return undefined;
  let verb = end;
  while (verb < s.keys.length && !s.inNegation(verb) && verbGroupBetween(s, verb, verb + 1)) verb++;
  const last = sorted.find((t) => t.at === verb);
  // After an inverted copula a denial is the predicate when the phrase it denies follows it: "Nor is the MRI
  // without medical necessity", where "nor is the MRI without red flags medically necessary" is the subject's.
  const predicate =
    inverted && s.is('copulas', first.end) && last && s.lexicon.targets.matchesAt(s.keys, last.end).length > 0;
  const headed = verb > end || s.is('denialVerbs', verb) || predicate;
  if (!last || last.entry.subject || !headed || !(verb === end || verbGroupBetween(s, end, verb))) return undefined;
  return { last, subject: [start, end], hedged: hedgedBetween(s, end, verb) };
}

/**
 * Whether words [from, to) are all of one verb group: auxiliaries, copulas and fillers, no coordinator or
 * comma, and no finite verb after a participle, which opens another ("a drug that is not recommended | is not …").
 */
function verbGroupBetween(s: SentenceWords, from: number, to: number): boolean {
  let participle = false;
  for (let j = from; j < to; j++) {
    if (s.tokens[j].punct || s.is('coordinators', j) || s.inNegation(j)) return false;
    const finite = s.is('finite', j);
    if ((finite && participle) || (!finite && !s.is('copulas', j) && !s.is('predicateFillers', j))) return false;
    participle ||= !finite && !s.is('copulas', j);
  }
  return true;
}

/**
 * Where a clause opens that a word at most `MAX_TAKER_LEAD` after `from` takes and whose verb is before `to`.
 * A noun's infinitival clause, right after it or after a relative word, is one whose verb may be the next
 * denial: "no reason [to doubt that …]", "no basis on which [to doubt …]", "no reason [not to find …]".
 */
function clauseTakenBetween(s: SentenceWords, from: number, to: number): number | undefined {
  for (let taker = from; taker < to && taker - from <= MAX_TAKER_LEAD; taker++) {
    if (!s.is('complementTakers', taker)) continue;
    const open = pastRelativeWord(s, taker + 1);
    if (infinitiveAt(s, open) && open <= to) return undividedBetween(s, open, to) ? open : undefined;
    if (s.is('clauseStarters', open) && !s.is('finite', open)) return clauseOpeningAt(s, open, to);
  }
  return undefined;
}

/** `open` when a clause opens there with its own subject and has its verb before `to`, in one clause. */
function clauseOpeningAt(s: SentenceWords, open: number, to: number): number | undefined {
  if (!s.is('clauseStarters', open) || s.is('finite', open)) return undefined;
  let verb = false;
  for (let j = open; j < to; j++) verb ||= s.is('finite', j) || s.is('copulas', j);
  return verb && undividedBetween(s, open, to) ? open : undefined;
}

/** Whether no coordinator or terminator stands in [from, to): the words are one clause. */
function undividedBetween(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (s.is('coordinators', j) || s.terminatorAt(j)) return false;
  return true;
}

/** Past a relative word, and a preposition before it, at `at`: "on which", "which". */
function pastRelativeWord(s: SentenceWords, at: number): number {
  if (s.is('qualifierPrepositions', at) && s.is('relativePronouns', at + 1)) return at + 2;
  return s.is('relativePronouns', at) ? at + 1 : at;
}

/** Whether an infinitive opens at `at`, negated or not: "to doubt", "not to find". */
function infinitiveAt(s: SentenceWords, at: number): boolean {
  return s.keys[at] === 'to' || (s.inNegation(at) && s.keys[at + 1] === 'to');
}
