import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { otherPartyIn } from './decision';
import { inBackground } from './hypothesis';
import { activeObject, namesThisRequest, objectEnd } from './object';
import { backwardTriggers, reach } from './scope';
import { type Hit, MAX_MODIFIERS, SentenceWords, type SentenceReading } from './words';
import { activeGroupBefore, inPastTense, lexiconTriggersIn } from './verb-group';

/**
 * The reviewer's own verdict verb with the reviewer as subject and this request as object ("I would
 * certify the 7-day rental", "I am unable to certify the request"): in the decision's words, so implied.
 */

/**
 * The reviewer's own verdict verb, with the reviewer as its subject and this request as its object ("I would
 * certify the 7-day rental", "I am unable to certify the request", "I will authorize six visits"), read as
 * the passive "the request is (not) certified" is: in the decision's words, so implied. Another party as the
 * subject ("The UR reviewer did not certify …", "The physician asks me to certify …"), an object naming
 * other care ("I would certify six visits" of twelve), a condition or an open modal ("I could approve …")
 * make no verdict.
 */
export function readVerdict(s: SentenceWords, target: Hit<TargetEntry>): SentenceReading | undefined {
  const group = verdictGroupBefore(s, target.at);
  const subject = reviewerSubjectBefore(s, group);
  const end = objectEnd(s, target.end);
  if (subject === undefined || !namesThisRequest(activeObject(s, target.end, end))) return undefined;
  if (inBackground(s, target.at) || s.is('criterionExceptions', end)) return undefined;
  const forward = s.triggers.filter(
    (t) => t.end <= subject && t.entry.direction !== 'backward' && reach(s, t, target.at) !== false,
  );
  const inGroup = lexiconTriggersIn(s, group, target.at);
  // A generic condition after an object naming this request gives the circumstances, as after such a subject
  // ("I would recommend the knee walker when it is needed").
  const all = [...forward, ...inGroup, ...backwardTriggers(s, end).filter((t) => !t.entry.generic)];
  const negations = [...forward, ...inGroup].filter((t) => t.entry.kind === 'negation' && !t.entry.modal);
  const uncertain = all.some((t) => t.entry.kind === 'uncertain');
  const negated = uncertain || negations.length % 2 === 1;
  // "I would certify" is the verdict; "I could approve" leaves it open, unless negated ("I could not approve").
  const open = !negated && inGroup.some((t) => t.entry.modal && !s.is('reviewerModals', t.at));
  const reported = all.some((t) => t.entry.kind === 'reported') || s.tokens[target.at].quoted;
  const hypothetical = open || all.some((t) => t.entry.kind === 'hypothetical' && !t.entry.modal);
  const status = reported ? 'reported' : hypothetical ? 'conditional' : 'asserted';
  return {
    necessary: (target.entry.polarity === 'positive') !== negated,
    explicit: false,
    status,
    decisionWords: status === 'asserted' && !uncertain && !inPastTense(s, [group, target.at]),
    wording: target.entry.wording,
    target: s.offsets(target.at, target.end),
    span: s.offsets(Math.min(target.at, ...negations.map((t) => t.at)), end),
    negations: negations.map((t) => s.offsets(t.at, t.end)),
    question: all.some((t) => t.entry.question),
  };
}

/**
 * Where a verdict verb's group opens, also over a verb of failure or an adjective of ability taking it:
 * "would not", "am unable to", "am not able to".
 */
function verdictGroupBefore(s: SentenceWords, at: number): number {
  let group = activeGroupBefore(s, at);
  for (;;) {
    const failure = s.triggers.find(
      (t) => t.entry.kind === 'negation' && !t.entry.stance && t.at < group && group - 1 < t.end,
    );
    const taker = failure?.at ?? (s.keys[group] === 'to' && s.is('abilityWords', group - 1) ? group - 1 : undefined);
    if (taker === undefined) return group;
    group = activeGroupBefore(s, taker);
  }
}

/**
 * Where the reviewer's name opens that ends right before the verb group at `group` and opens its clause:
 * "I", "we", "this reviewer", "the IMR reviewer", "the undersigned"; a name of more than one word needs a
 * word of `selfReferences` ("the UR reviewer", "the reviewer" may be another party).
 */
function reviewerSubjectBefore(s: SentenceWords, group: number): number | undefined {
  const head = group - 1;
  if (!s.is('reviewerNames', head)) return undefined;
  let start = head;
  while (start > 0 && head - start < MAX_MODIFIERS && inSelfName(s, start - 1)) start--;
  let own = start === head;
  for (let j = start; j <= head; j++) own ||= s.is('selfReferences', j);
  // A clause another word takes opens there too ("I do not believe | I can certify …"), unless another party's
  // ("The physician asks that | I certify …").
  const taken = s.is('complementTakers', start - 1) && !otherPartyIn(s, s.clauseStartOf(start - 1), start);
  return own && (s.isClauseStart(start) || s.is('coordinators', start - 1) || taken) ? start : undefined;
}

/** Whether the word at `at` may be in the reviewer's name: a definite word or a self reference ("this", "the IMR"). */
function inSelfName(s: SentenceWords, at: number): boolean {
  return !s.tokens[at].punct && (s.is('definiteWords', at) || s.is('selfReferences', at));
}
