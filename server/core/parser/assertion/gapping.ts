import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { elidedVerbGroup } from '../question';
import { type Hit, isPlain, MAX_ASIDE, SentenceWords, type SentenceReading } from './words';
import { stem } from './tokens';
import { inPastTense, isSubject } from './verb-group';

/**
 * Gapping and verb-phrase ellipsis: a clause after a contrast that leaves its predicate out ("The MRI is
 * medically necessary; the CT is not.") borrows the phrase of the clause before, with its own polarity.
 */

/**
 * The clause after a contrast that ends the sentence and leaves its predicate out (gapping, verb-phrase
 * ellipsis), with its own subject naming this request: "The naproxen is medically necessary, but the
 * omeprazole was not.", "The MRI is medically necessary; the CT is not.", "Although the surgery has been
 * found medically necessary, the assistant surgeon has not." read "[subject] was not [medically necessary]":
 * the phrase borrowed with the stranded clause's own polarity, explicit unless in the decision's words.
 */
export function ellipsisAfter(
  s: SentenceWords,
  target: Hit<TargetEntry>,
  reading: SentenceReading,
): SentenceReading | undefined {
  if (reading.status !== 'asserted' || target.entry.form === 'verb') return undefined;
  // "Medical necessity … has not been established, but it has …" would borrow the noun's predicate, not the noun.
  if (target.entry.form === 'noun' && isSubject(s, target.at)) return undefined;
  const clause = s.clauseStartOf(target.at);
  const boundary = contrastAfter(s, target.end, clause);
  if (boundary === undefined) return undefined;
  const borrowed = borrowedDenials(s, clause, target);
  const stranded = strandedSubject(s, boundary);
  if (borrowed === undefined || !stranded || !strandedOnRequest(s, stranded, [clause, boundary])) return undefined;
  const [subject, verb] = stranded;
  const group = elidedVerbGroup(s.tokens, verb, s.lexicon);
  if (!group) return undefined;
  const [, end] = group.head;
  const decision = target.entry.wording === 'decision';
  const negated = borrowed % 2 === 1 ? !group.negative : group.negative;
  return {
    necessary: (target.entry.polarity === 'positive') !== negated,
    explicit: !decision,
    status: 'asserted',
    decisionWords: decision && !inPastTense(s, group.head),
    wording: target.entry.wording,
    target: s.offsets(verb, end),
    span: s.offsets(subject, end),
    negations: group.negation ? [s.offsets(...group.negation)] : [],
    question: false,
  };
}

/** The stranded clause's subject after the contrast at `from`, up to its finite verb: one thing, a few words long. */
function strandedSubject(s: SentenceWords, from: number): [number, number] | undefined {
  let subject = from;
  while (subject < s.keys.length && (s.is('contrasts', subject) || s.keys[subject] === ',')) subject++;
  let verb = subject;
  while (verb < s.keys.length && !s.is('finite', verb) && !s.tokens[verb].punct) verb++;
  if (verb === subject || verb - subject > MAX_ASIDE || verb === s.keys.length) return undefined;
  return s.is('definiteWords', subject) || s.is('requestWords', subject) ? [subject, verb] : undefined;
}

/**
 * Where the clause set against the phrase's own opens, a few words after the phrase: at a contrast
 * ("…, but", "; however,"), or at the comma that ends a first clause a contrasting subordinator opened
 * the sentence with ("Although …, the assistant surgeon has not.").
 */
function contrastAfter(s: SentenceWords, from: number, clause: number): number | undefined {
  const opener = clause - 1;
  const preposed =
    s.is('contrasts', opener) && s.is('subordinators', opener) && (opener === 0 || s.tokens[opener - 1].punct);
  for (let j = from; j < s.keys.length && j - from <= MAX_ASIDE; j++) {
    const terminator = s.terminatorAt(j);
    if (terminator) return s.is('contrasts', j) ? terminator[1] : undefined;
    if (preposed && s.keys[j] === ',') return j + 1;
  }
  return undefined;
}

/**
 * How many denials the phrase's clause, from `clause`, lends with its predicate, or undefined when it
 * lends none it can be sure of. A negation on its verb ("is not") and one on its subject ("No x-ray is
 * needed") stay with it; a denial in the predicate goes along with the borrowed words ("The x-ray lacks
 * medical necessity, but the MRI does not." finds the MRI necessary); a hedge, a stance, an exceptive or a
 * denial of a clause make it unsure.
 */
function borrowedDenials(s: SentenceWords, clause: number, target: Hit<TargetEntry>): number | undefined {
  let denials = 0;
  for (const { at, end, entry } of s.triggers) {
    if (at < clause || at >= target.end || entry.kind === 'hypothetical' || entry.kind === 'reported') continue;
    if (entry.kind === 'uncertain' || entry.modal) return undefined;
    if (entry.subject || (end - at === 1 && s.is('predicateFillers', at))) continue;
    if (!isPlain(entry)) return undefined;
    denials++;
  }
  return denials;
}

/**
 * Whether the stranded clause's subject, words `stranded`, is this request rather than the first
 * clause's, words `first`: a pronoun is the first clause's subject again ("Although the MRI was not
 * medically necessary then, it is now."); a noun phrase must name the request by no fewer of the
 * title's words (or the count requested) than the first clause does, so "The lumbar MRI is medically
 * necessary, but the cervical MRI is not." says nothing of a lumbar MRI's necessity.
 */
function strandedOnRequest(s: SentenceWords, stranded: [number, number], first: [number, number]): boolean {
  if (stranded[1] - stranded[0] === 1 && s.is('requestWords', stranded[0])) return s.namesRequest(...first);
  const weight = requestWeight(s, ...stranded);
  return weight > 0 && weight >= requestWeight(s, ...first);
}

/** How much of the request words [from, to) name: the title's words there, and one for a count of the visits requested. */
function requestWeight(s: SentenceWords, from: number, to: number): number {
  const words = new Set<string>();
  let counted = 0;
  for (let j = from; j < to; j++) {
    const key = stem(s.keys[j]);
    if (s.titleKeys.has(key)) words.add(key);
    if (s.countKeys.has(s.keys[j])) counted = 1;
  }
  return words.size + counted;
}
