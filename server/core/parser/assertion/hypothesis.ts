import type { TargetEntry, TriggerEntry } from '../../knowledge/assertion-lexicon';
import { stopsObject } from './object';
import { backwardTriggers, reach } from './scope';
import { namesOneRequest } from './subject';
import { type Hit, MAX_MODIFIERS, MAX_SCOPE, REPORTED, SentenceWords } from './words';
import { stem } from './tokens';
import { verbGroupStart } from './verb-group';

/**
 * Conditions and restrictions: a phrase said of a hypothetical request ("If he improves, …", "a request
 * for 6 sessions would …"), of another case ("Without red flags, …", "… for a patient at low risk"), as the
 * reviewer's own opinion under a modal, or as the background a preposed "Since …," gives.
 */

/** A restriction before the phrase reaches it as a condition does: over its clause, and past a comma when it opens one. */
const RESTRICTION: TriggerEntry = { ...REPORTED, kind: 'hypothetical', takesClause: false };

/** The clause a condition after a phrase opens is its condition, over its own clause ("… only if it is …, and"). */
const CONDITION_CLAUSE: TriggerEntry = { ...RESTRICTION, bound: true };

/**
 * Whether a condition after a phrase holds it: a generic one ("when") only a phrase not said of this one request
 * ("An MRI is medically necessary when …", not "The Norco #60 is not medically necessary when the generic helped").
 */
export function conditionHolds(s: SentenceWords, condition: Hit<TriggerEntry>, at: number): boolean {
  return !(condition.entry.generic && namesOneRequest(s, at));
}

/**
 * Whether the phrase at `at` is in the clause a condition opens after a phrase it holds: "A treatment is medically
 * necessary only if it is reasonably required to cure or relieve …", "Any treatment is medically necessary when it
 * is …" state the condition of a rule, not a finding. Only a condition that is a conjunction opens a clause ("only
 * if", "when"; not "only for osteoarthritis", "in patients with …"). `phrases` are the sentence's phrases.
 */
export function inConditionClause(s: SentenceWords, phrases: ReadonlyArray<Hit<TargetEntry>>, at: number): boolean {
  return s.triggers.some(
    (t) =>
      t.entry.kind === 'hypothetical' &&
      t.entry.direction === 'backward' &&
      t.end <= at &&
      opensClause(s, t) &&
      reach(s, { ...t, entry: CONDITION_CLAUSE }, at) !== false &&
      phrases.some((p) => p.end <= t.at && backwardTriggers(s, p.end).includes(t) && conditionHolds(s, t, p.at)),
  );
}

/** Whether a condition ends in a conjunction the lexicon also reads as opening a condition: "only [if]", "[when]". */
function opensClause(s: SentenceWords, condition: Hit<TriggerEntry>): boolean {
  for (let j = condition.at; j < condition.end; j++) {
    const matches = s.lexicon.triggers.matchesAt(s.keys, j);
    const forward = ({ values }: { values: readonly TriggerEntry[] }) =>
      values.some((v) => v.kind === 'hypothetical' && v.direction !== 'backward');
    if (matches.some((m) => j + m.length === condition.end && forward(m))) return true;
  }
  return false;
}

/**
 * Whether the noun phrase whose head is the word at `at` ("request") is said hypothetically: a
 * condition before it reaches it ("If he improves, the request for 6 more sessions …"), or it names
 * any one of a kind ("a request for 6 sessions") and its clause holds a modal or a condition
 * ("… would fall within the guideline"). A definite phrase under a modal ("the request for 8
 * sessions would exceed the guideline") is still said of this request.
 */
export function hypotheticalAt(s: SentenceWords, at: number): boolean {
  const conditions = s.triggers.filter((t) => t.entry.kind === 'hypothetical');
  const reached = conditions.some(
    (t) => !t.entry.modal && t.entry.direction !== 'backward' && t.end <= at && reach(s, t, at) !== false,
  );
  if (reached || !namesAnyOne(s, at)) return reached;
  const start = s.clauseStartOf(at);
  let end = at + 1;
  while (end < s.keys.length && !s.tokens[end].punct && !s.terminatorAt(end)) end++;
  return conditions.some((t) => start <= t.at && t.at <= end);
}

/** Whether the noun at `at` opens with an indefinite word ("a request", "a further request"), past a few modifiers. */
function namesAnyOne(s: SentenceWords, at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= MAX_MODIFIERS + 1; j--) {
    if (s.is('indefiniteWords', j)) return true;
    if (s.is('definiteWords', j) || s.tokens[j].punct || s.is('finite', j)) return false;
  }
  return false;
}

/**
 * Whether a modal predicate ("would be medically necessary") is the reviewer's own opinion about this
 * request rather than a hypothesis: an opinion trigger ("I believe", "in my opinion") or a denial
 * ("I see no reason …", at `deniedClause`) opens its clause, whose subject names the request, and nothing after the phrase could set a condition on it (no
 * condition word, generic or not, and no terminator such as "unless").
 */
export function ownOpinion(
  s: SentenceWords,
  forward: Array<Hit<TriggerEntry>>,
  target: Hit<TargetEntry>,
  deniedClause?: number,
): boolean {
  // Agreeing with another view ("I agree with UR's determination that …") is no opinion of one's own about a hypothesis.
  const opinion = forward.find((t) => t.entry.kind === 'opinion' && t.entry.stance === undefined);
  // A clause under the reviewer's denial is their view too: "I see no reason the therapy would not be …".
  const open = opinion?.end ?? deniedClause;
  if (open === undefined) return false;
  let subject = open;
  while (subject < target.at && (s.keys[subject] === ',' || s.keys[subject] === 'that')) subject++;
  if (!(s.is('definiteWords', subject) || s.is('requestWords', subject))) return false;
  if (!s.namesRequest(subject, target.at)) return false;
  const after = (hit: { at: number }) => hit.at >= target.end;
  return (
    !s.triggers.some((t) => after(t) && t.entry.kind === 'hypothetical') && !s.terminators.some(([at]) => after({ at }))
  );
}

/**
 * Whether a restriction in the phrase's clause names another case than this request: one opening the clause
 * and reaching the phrase as a condition does ("Without these findings, an MRI would …", "More frequent
 * screening would …"), one in the subject of its verb group, which opens at `group` ("Additional visits beyond
 * the six would …"), or one after the phrase in its clause ("… for a patient at low risk", "… unless red flags
 * are documented"). One before a word of the item's title is part of the treatment's name ("MRI … without
 * contrast"), and one in an earlier clause gives a reason ("He remains without improvement and the MRI …").
 */
export function restrictedAt(s: SentenceWords, target: Hit<TargetEntry>, group: number): boolean {
  const verb = verbGroupStart(s, group);
  return s.restrictions.some((hit) => {
    if (hit.end < s.keys.length && s.titleKeys.has(stem(s.keys[hit.end]))) return false;
    if (hit.end <= target.at && s.isClauseStart(hit.at))
      return reach(s, { ...hit, entry: RESTRICTION }, target.at) !== false;
    if (hit.end <= verb) return inSubjectBefore(s, hit.end, verb);
    return hit.at >= target.end && hit.at - target.end <= MAX_SCOPE && sameClause(s, target.end, hit.at);
  });
}

/** Whether words [from, to) before a verb group are all of its subject: no verb, comma, coordinator or terminator. */
function inSubjectBefore(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (s.is('finite', j) || s.is('copulas', j) || s.is('coordinators', j) || stopsObject(s, j)) return false;
  }
  return true;
}

/** Whether no comma or terminator other than a restriction ("unless") stands in [from, to). */
function sameClause(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const restriction = s.restrictions.some((hit) => hit.at === j);
    if (s.keys[j] === ',' || (s.terminatorAt(j) && !restriction)) return false;
  }
  return true;
}

/** A phrase in a clause that opens the sentence with "Since …," or "Because …," gives a reason, not the finding. */
export function inBackground(s: SentenceWords, at: number): boolean {
  if (!s.is('subordinators', 0)) return false;
  const comma = s.keys.findIndex((key) => key === ',' || key === ';');
  return at < comma;
}
