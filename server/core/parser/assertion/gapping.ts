import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { elidedVerbGroup } from '../question';
import { type Hit, isPlain, MAX_ASIDE, SentenceWords, type SentenceReading } from './words';
import { asideHolding } from './aside';
import { saidOfGrantedPart } from './granted-part';
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
  const gap = gapAfterContrast(s, target, clause) ?? gapAfterAside(s, target);
  if (!gap) return undefined;
  const borrowed = borrowedDenials(s, clause, target);
  const onRequest = strandedOnRequest(s, gap.subject, gap.first) || restAfterGrant(s, target, gap.subject);
  if (borrowed === undefined || !onRequest) return undefined;
  const group = elidedVerbGroup(s.tokens, gap.verb, s.lexicon);
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
    target: s.offsets(gap.verb, end),
    span: s.offsets(gap.subject[0], end),
    negations: group.negation ? [s.offsets(...group.negation)] : [],
    question: false,
  };
}

/** A clause that leaves its predicate out: its subject's words and finite verb, and the words of the clause it borrows from. */
interface Gap {
  first: [number, number];
  subject: [number, number];
  verb: number;
}

/** The stranded clause after a contrast ("…, but the omeprazole was not."), the first clause running from `clause`. */
function gapAfterContrast(s: SentenceWords, target: Hit<TargetEntry>, clause: number): Gap | undefined {
  const boundary = contrastAfter(s, target.end, clause);
  if (boundary === undefined) return undefined;
  const verb = strandedVerb(s, boundary);
  return verb === undefined
    ? undefined
    : { first: [clause, boundary], subject: [subjectAfter(s, boundary), verb], verb };
}

/**
 * The stranded clause after an aside that holds the phrase and says it of what it names (see `asideHolding`): its
 * subject after the aside ("Unlike the naproxen, which I have found …, the omeprazole is not.") or before it, with
 * the verb right after the aside ("The omeprazole, unlike the naproxen certified above as …, is not."). The words the
 * aside is said of are the first clause's.
 */
function gapAfterAside(s: SentenceWords, target: Hit<TargetEntry>): Gap | undefined {
  const aside = asideHolding(s, target.at, target.end);
  if (aside?.close === undefined) return undefined;
  const after = aside.close + 1;
  const verb = strandedVerb(s, after);
  if (verb !== undefined) return { first: aside.about, subject: [subjectAfter(s, after), verb], verb };
  const subject = s.clauseStartOf(aside.open - 1);
  const before = aside.open > 0 && oneThing(s, subject, aside.open) && s.is('finite', after);
  return before ? { first: aside.about, subject: [subject, aside.open], verb: after } : undefined;
}

/** Where the stranded clause's subject opens after the contrast at `from`: past the contrast's words and commas. */
function subjectAfter(s: SentenceWords, from: number): number {
  let subject = from;
  while (subject < s.keys.length && (s.is('contrasts', subject) || s.keys[subject] === ',')) subject++;
  return subject;
}

/** The stranded clause's finite verb after its subject, which opens after `from` and is one thing (see `oneThing`). */
function strandedVerb(s: SentenceWords, from: number): number | undefined {
  const subject = subjectAfter(s, from);
  let verb = subject;
  while (verb < s.keys.length && !s.is('finite', verb) && !s.tokens[verb].punct) verb++;
  return verb < s.keys.length && oneThing(s, subject, verb) ? verb : undefined;
}

/** Whether words [from, to) may be a stranded clause's subject: one thing, a few words long. */
function oneThing(s: SentenceWords, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_ASIDE) return false;
  return s.is('definiteWords', from) || s.is('requestWords', from);
}

/**
 * Where the clause set against the phrase's own opens, a few words after the phrase: at a contrast
 * ("…, but", "; however,", "… and the brace is not."), or at the comma that ends a first clause a contrasting
 * subordinator opened the sentence with ("Although …, the assistant surgeon has not.").
 */
function contrastAfter(s: SentenceWords, from: number, clause: number): number | undefined {
  const opener = clause - 1;
  const preposed =
    s.is('contrasts', opener) && s.is('subordinators', opener) && (opener === 0 || s.tokens[opener - 1].punct);
  for (let j = from; j < s.keys.length && j - from <= MAX_ASIDE; j++) {
    const terminator = s.terminatorAt(j);
    if (terminator) return s.is('contrasts', j) ? terminator[1] : undefined;
    if (preposed && s.keys[j] === ',') return j + 1;
    // A contrast that ends no scope ("and") sets a clause against the phrase's only when one follows it.
    if (s.is('contrasts', j) && strandedVerb(s, j + 1) !== undefined) return j + 1;
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

/**
 * Whether the stranded clause's subject, words `stranded`, is the rest of a request whose granted part the first
 * clause is about: "The 45 certified tablets are medically necessary; the remaining 45 are not." (see `saidOfGrantedPart`).
 */
function restAfterGrant(s: SentenceWords, target: Hit<TargetEntry>, stranded: [number, number]): boolean {
  return s.someWord(...stranded, 'remainderWords') && saidOfGrantedPart(s, target);
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
