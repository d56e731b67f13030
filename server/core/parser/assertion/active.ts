import type { TargetEntry, WordClass } from '../../knowledge/assertion-lexicon';
import { inBackground } from './hypothesis';
import { activeObject, onlyOccasionAfter, requestObjectEnd } from './object';
import { backwardTriggers, reach } from './scope';
import { type Hit, MAX_ASIDE, SentenceWords, type SentenceReading } from './words';
import { activeGroupBefore, lexiconTriggersIn } from './verb-group';

/**
 * A guideline or the record as the subject of an active verb of support ("The guidelines do not support
 * the request", "The documentation does not support the MRI"), read from its object as the passive is.
 */

/**
 * An active clause with a guideline as its subject and a verb of support ("The guidelines do not
 * support a purchase", "MTUS supports a trial of acupuncture", "ODG does not recommend the MRI for this
 * patient"): the reviewer applying the guideline to the request, read as its passive is ("a purchase is
 * not supported") from its object: explicit for a plain verb when the object is this request, implied
 * when it is other care ("continued use"). A qualifier naming anything but this occasion ("… MRI for
 * acute low back pain", "… it beyond that period") makes it the guideline's own criterion: no finding.
 */
export function readActive(s: SentenceWords, target: Hit<TargetEntry>): SentenceReading | undefined {
  const group = activeGroupBefore(s, target.at);
  const guideline = subjectNameBefore(s, group, 'guidelineNames');
  const evidence = guideline === undefined ? subjectNameBefore(s, group, 'evidenceNames') : undefined;
  const subject = guideline ?? evidence;
  const end = requestObjectEnd(s, target.end);
  if (subject === undefined || end === target.end || !onlyOccasionAfter(s, end)) return undefined;
  // "… repeat MRI unless there is a change" is the guideline's exception to its own rule.
  if (inBackground(s, target.at) || s.is('criterionExceptions', end)) return undefined;
  // The guideline's own trigger ("guidelines … support" reports it) starts at its name: only those before count.
  const forward = s.triggers.filter(
    (t) => t.end <= subject && t.entry.direction !== 'backward' && reach(s, t, target.at) !== false,
  );
  const all = [...forward, ...backwardTriggers(s, end)];
  const inGroup = lexiconTriggersIn(s, group, target.at);
  const negations = [...forward, ...inGroup].filter((t) => t.entry.kind === 'negation' && !t.entry.modal);
  const uncertain = all.some((t) => t.entry.kind === 'uncertain');
  const negated = uncertain || negations.length % 2 === 1;
  const modal = inGroup.some((t) => t.entry.modal);
  const reported = all.some((t) => t.entry.kind === 'reported') || s.tokens[target.at].quoted;
  const hypothetical = all.some((t) => t.entry.kind === 'hypothetical' && !t.entry.modal) || (modal && !negated);
  const object = activeObject(s, target.end, end);
  // A count other than the one requested is the guideline's own figure: it tells of the request only as a
  // bound ("support 24 visits" grants the 12 requested, "do not support 6 visits" denies them), else nothing;
  // and a bare count is one for the kind of case a qualifier put first names ("For myalgia, … 12 visits").
  if (object === 'count' || (object === 'more' && negated) || (object === 'fewer' && !negated)) return undefined;
  const figure = object === 'requested' || object === 'more' || object === 'fewer';
  if (figure && frontedScope(s, subject)) return undefined;
  const request = object === 'request' || object === 'requested';
  // The record weighed is the reviewer's conclusion only on this request: "… do not support a diagnosis of …" is none.
  const weighed = request || object === 'pronoun' || (object === 'additive' && negated);
  if (evidence !== undefined && (target.entry.wording !== 'plain' || !weighed)) return undefined;
  // "… do not support further visits" denies the requested ones too; granting more grants no count.
  const additive = object === 'additive' && negated;
  // "The findings do not support it" may say it of a diagnosis; a guideline's "it" is the treatment. A guideline's
  // bare count as large as the request ("The guidelines support 6 visits") is its own figure, the reviewer's
  // finding by implication only; the record's ("The records do not support 12 visits") is the reviewer weighing it.
  const named =
    object === 'request' ||
    (object === 'requested' && evidence !== undefined) ||
    (object === 'pronoun' && evidence === undefined);
  return {
    necessary: (target.entry.polarity === 'positive') !== negated,
    explicit: !uncertain && target.entry.wording === 'plain' && (named || additive),
    status: reported ? 'reported' : hypothetical ? 'conditional' : 'asserted',
    decisionWords: false,
    wording: target.entry.wording,
    target: s.offsets(target.at, target.end),
    span: s.offsets(Math.min(target.at, ...negations.map((t) => t.at)), end),
    negations: negations.map((t) => s.offsets(t.at, t.end)),
    question: all.some((t) => t.entry.question),
    ...(additive && { additive }),
  };
}

/**
 * Whether a qualifier before the comma that ends right before `subject` names a kind of case rather than
 * this occasion: "For myalgia, the guidelines support …", "In cases of radiculitis, MTUS supports …", where
 * "For this patient, …" names this one and "For the reasons above, …", "Given …" give the reviewer's reason.
 * The qualifier opens with a preposition that is no subordinator, with no definite word after it, and holds no verb.
 */
function frontedScope(s: SentenceWords, subject: number): boolean {
  if (s.keys[subject - 1] !== ',') return false;
  let open = subject - 2;
  while (open > 0 && !s.tokens[open - 1].punct) open--;
  if (!s.is('qualifierPrepositions', open) || s.is('subordinators', open)) return false;
  if (s.is('occasionWords', open + 1) || s.is('definiteWords', open + 1)) return false;
  for (let j = open; j < subject - 1; j++) if (s.is('finite', j) || s.is('copulas', j)) return false;
  return true;
}

/**
 * Where a name whose last word is of the class `names` opens that ends right before the verb group at
 * `group`: a guideline's ("The guidelines", "MTUS", "The MTUS Chronic Pain Guidelines") or the record's
 * ("The submitted documentation", "The clinical findings"), also with a word qualifying it from after it
 * ("The records reviewed", "The guidelines cited"); a few words, none a verb, a clause word or a trigger.
 */
function subjectNameBefore(s: SentenceWords, group: number, names: WordClass): number | undefined {
  const head = s.is('nameQualifiers', group - 1) ? group - 2 : group - 1;
  if (!s.is(names, head)) return undefined;
  let start = head;
  while (start > 0 && head - start < MAX_ASIDE && inSubjectName(s, start - 1, group)) start--;
  return start;
}

/** Whether the word at `at` may be in a guideline's or the record's name before the verb group at `group`. */
function inSubjectName(s: SentenceWords, at: number, group: number): boolean {
  return !(
    s.isClauseWord(at) ||
    s.terminatorAt(at) !== undefined ||
    s.triggers.some((t) => t.at <= at && at < t.end && t.end <= group)
  );
}
