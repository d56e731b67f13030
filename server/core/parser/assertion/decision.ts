import type { TargetEntry, TriggerEntry } from '../../knowledge/assertion-lexicon';
import { type Hit, MAX_SUBJECT_ASIDE, SentenceWords } from './words';
import { asideBefore, inPastTense, inVerbGroup, predicateAfter } from './verb-group';

/**
 * The decision's words ("certified", "non-certification", "recommended") read as this review's verdict on
 * this request: by the subject right before their verb group, as the reviewer's own act on another
 * party's decision, or under a denying modal.
 */

/**
 * Whether the decision's noun outside a subject ("disagrees with the prior non-certification") is
 * this review's: not another party's ("the utilization review non-certification"), unless the reviewer
 * acts on it ("I concur with the UR denial"), and not told in the past by a verb of its own
 * ("… non-certification was based on …").
 */
export function isThisDecision(s: SentenceWords, target: Hit<TargetEntry>): boolean {
  let owned = false;
  for (let j = target.at - 1; j >= 0 && !s.tokens[j].punct && !s.inTrigger(j); j--) owned ||= s.isOwner('agents', j);
  if (owned && !actedOnByReviewer(s, target.at)) return false;
  const predicate = predicateAfter(s, target.end);
  return !predicate || !inPastTense(s, predicate, true);
}

/**
 * Whether another party's decision noun at `noun` is the object of the reviewer's own act on it, which
 * makes it this review's verdict: agreeing or disagreeing with it ("I concur with the UR denial", "I cannot
 * concur with the utilization review's non-certification"), keeping or undoing it ("I would uphold the UR
 * denial", "I reverse the prior UR denial"). Only words naming whose decision it is may stand between
 * ("the prior utilization review"), and no other party may be the act's subject ("The treating physician
 * asks me to uphold the UR denial").
 */
function actedOnByReviewer(s: SentenceWords, noun: number): boolean {
  let lead = noun;
  while (lead > 0 && (s.is('subjectLead', lead - 1) || s.isOwner('decisionLead', lead - 1))) lead--;
  // A stance's preposition may be a word of its own: "cannot concur | with the UR denial".
  const ends = (t: Hit<TriggerEntry>) => t.end === lead || (t.end === lead - 1 && s.keys[lead - 1] === 'with');
  const act = s.triggers.find((t) => ends(t) && (t.entry.stance !== undefined || t.entry.undoes));
  const at = act ? act.at : s.is('keepingVerbs', lead - 1) ? lead - 1 : -1;
  if (at < 0) return false;
  return !otherPartyIn(s, s.clauseStartOf(at), at);
}

/** Whether another party is named in words [from, to): "The treating physician asks me to …", not "this reviewer". */
export function otherPartyIn(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (s.isOwner('agents', j) && !s.is('selfReferences', j - 1)) return true;
  return false;
}

/**
 * Whether the decision's words at `at` are said of this request: by the subject right before their verb
 * group when it names the request ("the request is not certified", "the requested cream is not
 * recommended"), or as the reviewer's verdict ("the recommendation is non-certification", "I recommend
 * non-certification"). Only the nearest subject counts, so "a compound that contains a drug that is not
 * recommended" says nothing of this request; an appositive inside it ("the request for physical therapy,
 * eight sessions, to the cervical spine is certified") does not end it.
 */
export function decidesRequest(s: SentenceWords, target: Hit<TargetEntry>): boolean {
  const { at } = target;
  let verb = at;
  while (verb > 0 && (inVerbGroup(s, verb - 1) || s.is('verdictWords', verb - 1))) verb--;
  // An aside may stand between the subject and its verb, its closing comma read into the verb group or
  // not: "A purchase, for acute pain and without a trial, cannot …".
  const close = s.keys[verb] === ',' ? verb : verb - 1;
  const end = (s.keys[close] === ',' && asideBefore(s, close, MAX_SUBJECT_ASIDE)) || verb;
  const start = subjectStartBefore(s, end);
  for (let j = start; j < at; j++) if (s.is('verdictWords', j)) return true;
  const decided = { group: [verb, at] as [number, number], verdict: target.entry.subject === 'reviewer' };
  if (namesDecided(s, [start, end], decided)) return true;
  // An appositive's closing comma ends the scan, but the subject goes on before it; the appositive only
  // restates it, so it names nothing: "The EMG, one study, of the lower extremities is certified" is no MRI.
  const aside = s.keys[start - 1] === ',' ? asideBefore(s, start - 1, MAX_SUBJECT_ASIDE) : undefined;
  return (
    aside !== undefined && namesDecided(s, [subjectStartBefore(s, aside), end], { ...decided, aside: [aside, start] })
  );
}

/** Where the subject ending at `end` opens: after the word before it that closes off a subject. */
function subjectStartBefore(s: SentenceWords, end: number): number {
  let start = end;
  while (start > 0 && !endsSubject(s, start - 1)) start--;
  return start;
}

/**
 * Whether the subject, words `[from, to)`, names this request as the one decided in the verb group `group`,
 * by words outside its appositive `aside`: it opens with a definite word or a word for a request, or with any
 * word when a modal denies the decision ("Continued cyclobenzaprine … cannot be recommended"), or, for a
 * verdict only a reviewer gives (`verdict`), with a word of the title ("Physical therapy to the cervical spine
 * is certified").
 */
function namesDecided(
  s: SentenceWords,
  [from, to]: [number, number],
  { group, verdict, aside = [to, to] }: { group: [number, number]; verdict: boolean; aside?: [number, number] },
): boolean {
  if (from >= to || !(s.namesRequest(from, aside[0]) || s.namesRequest(aside[1], to))) return false;
  const opens = s.is('definiteWords', from) || s.is('requestWords', from) || deniedByModal(s, ...group);
  return opens || (verdict && s.namesTitle(from, from + 1));
}

/**
 * Whether the verb group [from, to) before the decision's words denies them with a modal ("cannot be
 * recommended", "could not be certified"): the reviewer's own verdict, whatever opens the subject
 * ("Continued cyclobenzaprine at this quantity cannot be recommended", "A purchase cannot be …"), where a
 * guideline's rule is in the present ("Muscle relaxants are not recommended").
 */
function deniedByModal(s: SentenceWords, from: number, to: number): boolean {
  let modal = false;
  let negated = false;
  for (let j = from; j < to; j++) {
    modal ||= s.is('verdictModals', j);
    negated ||= s.inNegation(j);
  }
  return modal && negated;
}

/** Whether the word at `at` closes off the subject after it: punctuation, a verb, a coordinator, a word opening a clause, a trigger. */
function endsSubject(s: SentenceWords, at: number): boolean {
  return (
    s.isClauseWord(at) ||
    s.terminators.some(([, end]) => end === at + 1) ||
    s.triggers.some((t) => t.at <= at && at < t.end)
  );
}
