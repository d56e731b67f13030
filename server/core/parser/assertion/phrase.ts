import type { TargetEntry, TriggerEntry } from '../../knowledge/assertion-lexicon';
import { readActive } from './active';
import { boundedFinding } from './count-bound';
import { decidesRequest, isThisDecision } from './decision';
import { deniedClauses, deniedDenials } from './denials';
import { conditionHolds, inBackground, ownOpinion, restrictedAt } from './hypothesis';
import { labelPredicateOf } from './label';
import { inNonfiniteOpening } from './nonfinite';
import { objectNamesRequest, reducedAt } from './object';
import { backwardTriggers, beforeAside, negationBefore, reach } from './scope';
import { type Hit, SentenceWords, type SentenceReading } from './words';
import { countsRequest, deniesEveryVisit, kindSubject, subjectCounts, subjectIsRequest } from './subject';
import {
  hypotheticalModalIn,
  inPastTense,
  isPredicate,
  isSubject,
  opensVerblessSentence,
  predicateAfter,
  verbGroupBefore,
} from './verb-group';
import { readVerdict } from './verdict';

/**
 * The reading of one necessity phrase: the negations that reach it and how often they deny it, the
 * conditions, hedges and other parties that hold it, and whether it is said directly of this request.
 */

/** The words before another party's name in a stance's object: "the prior utilization review …". */
const MAX_OBJECT_LEAD = 3;

export function read(s: SentenceWords, target: Hit<TargetEntry>): SentenceReading | undefined {
  const { entry } = target;
  // "To call the MRI medically necessary would be to ignore the guideline": a verdict weighed, not found.
  if (inNonfiniteOpening(s, target.at)) return undefined;
  if (entry.form === 'verb') {
    if (entry.subject === 'reviewer') return readVerdict(s, target);
    // A guideline's subject and the reviewer's exclude each other: at most one of the two reads.
    return readActive(s, target) ?? (entry.subject === 'either' ? readVerdict(s, target) : undefined);
  }
  // "Not warranted.": a verbless sentence's plain synonym is its predicate too, where the decision's words may tell
  // the request's history with the auxiliary left out ("Denied by utilization review on March 3.").
  const verbless = () => entry.wording === 'plain' && opensVerblessSentence(s, target);
  if (entry.predicative && !isPredicate(s, target.at) && !verbless()) return undefined;
  if (entry.form === 'noun' && entry.wording !== 'decision' && reducedAt(s, target.at)) return undefined;
  const forward = s.triggers.filter(
    (t) => t.end <= target.at && t.entry.direction !== 'backward' && reach(s, t, target.at) !== false,
  );
  const negations = forward.filter((t) => t.entry.kind === 'negation' && !t.entry.modal);
  // "I disagree with UR that …": the clause is read on its own, then the disagreement reverses it.
  const disagreement = negations.find((t) => t.entry.stance === 'disagrees');
  // The subject a negation reaching through it denies: to the phrase, or to an aside after an inverted one.
  const subjectEnd = (t: Hit<TriggerEntry>) => (t.entry.inverts ? beforeAside(s, t.end, target.at) : target.at);
  // "None of the 12 visits is …": a negated subject counting the visits requested names the request.
  const countedSubject = negations.some(
    (t) => reach(s, t, target.at) === 'subject' && subjectCounts(s, t.end, subjectEnd(t)),
  );
  // "No further imaging is needed" negates its subject's predicate: about the request only if that subject names it.
  const otherSubject = negations.some(
    (t) =>
      reach(s, t, target.at) === 'subject' &&
      !s.namesRequest(t.end, subjectEnd(t)) &&
      !subjectCounts(s, t.end, subjectEnd(t)) &&
      !kindSubject(s, target.at) &&
      !deniesEveryVisit(s, t, target.at),
  );
  // "No further visits are …" denies the requested visits too, unless the rationale grants some first.
  const additive = negations.some((t) => reach(s, t, target.at) === 'subject' && deniesEveryVisit(s, t, target.at));
  let verbGroup = verbGroupBefore(s, target.at);
  let end = target.end;
  /** A noun subject read from its own predicate ("medical necessity has not been established"). */
  let subjectRead = false;
  const decision = entry.wording === 'decision';
  const subject =
    entry.form === 'noun' && negations.every((t) => t === disagreement) && isSubject(s, target.at, decision);
  const predicate = subject ? (predicateAfter(s, target.end) ?? labelPredicateOf(s, target)) : undefined;
  // A decision noun with no verb of its own ("the UR denial stands") still names the decision.
  if (subject && !predicate && !decision) return undefined;
  if (predicate) {
    verbGroup = predicate;
    subjectRead = true;
    end = predicate[1];
    negations.push(
      ...[...s.triggers, ...s.scopeNegations].filter(
        (t) => t.entry.kind === 'negation' && !t.entry.modal && predicate[0] <= t.at && t.at < predicate[1],
      ),
    );
  }
  const backward = backwardTriggers(s, target.end).filter((t) => conditionHolds(s, t, target.at));
  const all = [...forward, ...backward];
  const uncertain = all.some((t) => t.entry.kind === 'uncertain');
  // Disagreement, the verbs that undo a decision and exceptives reverse what they reach; other negations
  // deny it, once in each clause ("neither supported nor medically necessary" denies once), so a denied
  // clause taken by a denied one reads the other way ("I see no reason the MRI would not be …").
  const reversals = negations.filter((t) => t === disagreement || t.entry.undoes || t.entry.exceptive);
  // One word may be two triggers ("lacking" forward and backward): a denial counts once where it stands.
  const denials = negations.filter((t, i) => !reversals.includes(t) && negations.findIndex((o) => o.at === t.at) === i);
  const clauses = deniedClauses(s, denials);
  // A denial whose predicate is itself a denial cancels it: "does not lack", "is not without" (litotes).
  const litotes = deniedDenials(s, denials);
  // "Neither the EMG nor the NCV lacks …" cancels for its own subject, which may be other care.
  const otherCancelled = litotes.some(
    ({ subject: words }) => words && !s.namesRequest(...words) && !subjectCounts(s, ...words),
  );
  const denialCount = denials.length === 0 ? 0 : clauses.length + litotes.length + 1;
  // "I cannot see how X is anything other than …": a negation this reader cannot place licenses the exceptive.
  if (denialCount === 0 && reversals.some((t) => t.entry.exceptive && negationBefore(s, t))) return undefined;
  const negated = uncertain || (denialCount + reversals.length) % 2 === 1;
  const asWritten = (entry.polarity === 'positive') !== negated;
  // "No more than 6 visits are …" for 12 requested denies the 12; "At least 6 visits are …" leaves them uncertain.
  const bounded = entry.wording === 'decision' ? undefined : boundedFinding(s, target, asWritten);
  // "No treatment other than the MRI is …": a noun's exception in what is denied may be the request.
  const excepted = denials.some((t) =>
    s.triggers.some((e) => e.entry.exceptive && !reversals.includes(e) && t.at <= e.at && e.at < target.at),
  );
  const modal = s.triggers.some((t) => t.entry.modal && verbGroup[0] <= t.at && t.end <= verbGroup[1]);
  // "More frequent screening would not be medically necessary for a patient at low risk": a negated "would"
  // over another case is a hypothesis, as "would be medically necessary" is; said of this request, or as the
  // reviewer's opinion, it implies the finding at most ("Without red flags, the lumbar MRI would not be …").
  const restricted = negated && hypotheticalModalIn(s, verbGroup) && restrictedAt(s, target, verbGroup[0]);
  const ownView = (modal || restricted) && ownOpinion(s, forward, target, clauses.at(-1)?.open);
  const hypothetical =
    all.some((t) => t.entry.kind === 'hypothetical' && !t.entry.modal) ||
    (modal && !negated && !ownView) ||
    (restricted && !ownView && !subjectIsRequest(s, target.at));
  // The reviewer's stance on another party's view, or the reviewer undoing it ("I overturn the prior determination that …").
  const stance = forward.find((t) => t.entry.stance !== undefined || t.entry.undoes);
  const reported =
    all.some((t) => t.entry.kind === 'reported' && !(stance && isObjectOf(s, stance, t))) || s.tokens[target.at].quoted;
  const explicit =
    !uncertain &&
    bounded !== 'uncertain' &&
    !restricted &&
    !otherSubject &&
    !otherCancelled &&
    !excepted &&
    litotes.every((pair) => !pair.hedged) &&
    clauses.every((clause) => !clause.doubted) &&
    !inBackground(s, target.at) &&
    (entry.wording === 'necessity' ||
      (entry.wording === 'plain' &&
        // "… reduces pain and the need for narcotics": a noun of need is said of its object, not of the subject.
        (entry.ofObject
          ? objectNamesRequest(s, target, subjectRead ? verbGroup[0] : undefined)
          : s.namesRequest(0, target.at) ||
            countsRequest(s, target.at) ||
            countedSubject ||
            bounded === 'denied' ||
            kindSubject(s, target.at) ||
            additive ||
            (entry.form === 'noun' && objectNamesRequest(s, target, subjectRead ? verbGroup[0] : undefined)))));
  const first = Math.min(target.at, ...negations.map((t) => t.at));
  const status = reported ? 'reported' : hypothetical ? 'conditional' : 'asserted';
  const decisionWords =
    entry.wording === 'decision' &&
    status === 'asserted' &&
    !uncertain &&
    !restricted &&
    !otherSubject &&
    !inBackground(s, target.at) &&
    !(subjectRead ? inPastTense(s, verbGroup, true) : inPastTense(s, [0, target.at])) &&
    (subjectRead || (entry.form === 'noun' && isThisDecision(s, target)) || decidesRequest(s, target));
  return {
    necessary: asWritten && bounded !== 'denied',
    explicit,
    status,
    decisionWords,
    wording: entry.wording,
    target: s.offsets(target.at, target.end),
    span: s.offsets(first, Math.max(end, ...negations.map((t) => t.end))),
    negations: negations.map((t) => s.offsets(t.at, t.end)),
    question: all.some((t) => t.entry.question),
    ...(additive && { additive }),
  };
}

/**
 * Whether another party's view opens the noun phrase right after the reviewer's stance, as what the
 * reviewer agrees or disagrees with ("I agree with the UR reviewer's determination that …"), rather
 * than as a report of its own ("I agree with the surgeon, and UR found …").
 */
function isObjectOf(s: SentenceWords, stance: Hit<TriggerEntry>, report: Hit<TriggerEntry>): boolean {
  if (report.at < stance.end || report.at - stance.end > MAX_OBJECT_LEAD) return false;
  for (let j = stance.end; j < report.at; j++) if (s.tokens[j].punct || s.is('finite', j)) return false;
  return true;
}
