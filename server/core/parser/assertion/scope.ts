import type { TriggerEntry } from '../../knowledge/assertion-lexicon';
import { type Hit, MAX_MODIFIERS, MAX_SCOPE, type Reach, SentenceWords } from './words';

/**
 * How far a trigger's scope reaches (NegEx/ConText): to a terminator, a comma after content, a new
 * clause, or through the subject a negative determiner opens; and the triggers after a phrase in its clause.
 */

/**
 * A word that is both a conjunction and a predicate filler ("yet", "still") is the filler when it
 * goes on the negated verb group ("is not yet medically necessary", "has not yet been shown"),
 * and ends the scope only as a conjunction ("…, yet the MRI is …").
 */
function fillerOfVerbGroup(s: SentenceWords, at: number, groupStart: number): boolean {
  if (!s.is('predicateFillers', at)) return false;
  for (let j = groupStart; j < at; j++) if (!s.is('predicateFillers', j) && !s.is('copulas', j)) return false;
  return true;
}

/** Whether a negation stands before the trigger in its clause (no terminator between), reaching it or not. */
export function negationBefore(s: SentenceWords, trigger: Hit<TriggerEntry>): boolean {
  return s.triggers.some(
    (t) =>
      t.entry.kind === 'negation' &&
      t.end <= trigger.at &&
      !s.terminators.some(([at]) => t.end <= at && at < trigger.at),
  );
}

/** Whether a verb or a copula stands in [from, to): an exceptive's predicate has none ("anything other than …"). */
function verbBetween(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (s.is('finite', j) || s.is('copulas', j)) return true;
  return false;
}

/**
 * Whether a forward trigger's scope reaches position `to`. The scope ends at a terminator, at
 * a comma after some content (a comma right after a negation opens an aside: "is not, on this
 * record, medically necessary"), at "and"/"so" before a new subject or verb, and at a new
 * verb after a new subject ("has not improved … the surgery is") unless a word that takes a
 * clause came first ("it has not been demonstrated that X is …"); a relative clause on the noun
 * a negation denies is under it ("no basis on which to find X …", "is not one I can find …"). A
 * negative determiner that opens its clause reaches through its subject to the first verb ("No
 * further imaging is needed"): 'subject'. One that inverts its clause ("nor is the MRI, on this
 * record, medically necessary") has its subject after the auxiliary, and an aside may follow that
 * subject: 'subject' too, once a subject is there (a pronoun "neither is medically necessary" has
 * none). A condition, or the reviewer's own opinion ("I believe …"), reaches to the sentence's end
 * or a terminator; one inside a guideline's rule ("… recommends walking aids when they are needed")
 * or a time bound inside a clause ("used until it is no longer needed") holds only its own clause.
 * An exceptive reaches only the predicate it opens, with no verb between.
 */
export function reach(s: SentenceWords, trigger: Hit<TriggerEntry>, to: number): Reach {
  const { kind, takesClause, clauseStart, afterRule, bound } = trigger.entry;
  if (clauseStart && !s.isClauseStart(trigger.at)) return false;
  if (afterRule && !inRuleAfterVerb(s, trigger.at)) return false;
  if (bound && s.isClauseStart(trigger.at)) return false;
  if (to - trigger.end > MAX_SCOPE) return false;
  if (trigger.entry.exceptive && verbBetween(s, trigger.end, to)) return false;
  const condition = kind === 'hypothetical' || kind === 'opinion';
  // "… when they are needed and the knee walker is …": the clause coordinated after it is not under it.
  const ownClause = afterRule || bound;
  let content = false;
  // A trigger ending in a word that takes a clause takes it with no "that": "I cannot agree [the MRI is …]".
  let clause = takesClause || s.is('complementTakers', trigger.end - 1);
  let subject = trigger.entry.subject && s.opensSubject(trigger.at);
  const inverted = subject && trigger.entry.inverts && s.is('finite', trigger.end);
  let reach: Reach = 'clause';
  for (let j = trigger.end; j < to; j++) {
    if (s.terminatorAt(j) && !fillerOfVerbGroup(s, j, trigger.end)) {
      // A restrictive relative on the noun the negation denies is under it: "no basis on which to find …".
      if (kind !== 'negation' || !relativeOnDeniedNoun(s, trigger, j)) return false;
      clause = true;
      continue;
    }
    if (s.keys[j] === ',') {
      // A condition opening its clause governs the clause after the comma ("If X, Y is …"); one inside
      // a clause ("Although Y might be … if X, the request is …") ends with it.
      if (condition && (s.isClauseStart(trigger.at) || s.is('coordinators', trigger.at - 1))) continue;
      if (condition) return false;
      const close = s.keys.indexOf(',', j + 1);
      if (close < 0 || close >= to) return false;
      // A negated subject may take an aside before its verb: "Neither study, therefore, is …".
      const beforeVerb = subject && s.is('finite', close + 1);
      if (kind !== 'negation' || (content && !inverted && !beforeVerb)) return false;
      j = close;
      continue;
    }
    // A negative pronoun is its whole subject ("Nothing has helped so the MRI is …", "None is …"): past its
    // verb the scope goes on as a plain negation's, to a new clause.
    if (subject && !inverted && j === trigger.end && s.is('finite', j)) subject = false;
    // Before its verb a negated subject may be coordinated: "neither the MRI nor the EMG is …".
    if ((!condition || ownClause) && !subject && s.is('coordinators', j) && opensClause(s, j + 1)) return false;
    // An inverted clause has its verb before its subject, so a clause coordinated after it has its own
    // subject and verb: "Nor is the EMG helpful and the MRI is …", where "nor is the MRI or the EMG …" goes on.
    if (inverted && content && s.is('coordinators', j) && subjectAndVerbAt(s, j + 1)) return false;
    if (!condition && s.is('finite', j) && content && !clause) {
      // So is a relative with no relative word on a predicate noun: "is not one I can find …".
      if (kind === 'negation' && contactRelativeBefore(s, trigger, j)) {
        clause = true;
        continue;
      }
      if (!subject) return false;
      [subject, content, reach] = [false, false, 'subject'];
      continue;
    }
    if (s.is('complementTakers', j)) clause = true;
    if (!s.is('finite', j) && !s.is('predicateFillers', j) && !s.is('copulas', j)) content = true;
  }
  return inverted && content ? 'subject' : reach;
}

/**
 * Whether the word at `at` opens a condition inside a guideline's rule: not at its clause's start, after a
 * verb of a rule and its object in the same clause ("The ODG recommends walking aids [when] they are
 * needed", "… the ODG, which recommends walking aids [where] …", "Walking aids are not recommended [when] …").
 */
function inRuleAfterVerb(s: SentenceWords, at: number): boolean {
  return !s.isClauseStart(at) && s.someWord(s.clauseStartOf(at), at, 'ruleVerbs');
}

/**
 * Where an inverted subject read from `from` ends: at the comma of an aside after it, whose words
 * are not the subject's ("nor is further therapy, at this time, …"), or else at `to`.
 */
export function beforeAside(s: SentenceWords, from: number, to: number): number {
  const comma = s.keys.indexOf(',', from);
  return comma >= 0 && comma < to ? comma : to;
}

/**
 * Whether the relative word at `at` opens a restrictive relative clause (no comma before it) on the
 * noun the negation denies, right after a preposition or not: "There is no basis on which to find …",
 * "The MRI is not a study which is …", "nothing on which to base …".
 */
function relativeOnDeniedNoun(s: SentenceWords, negation: Hit<TriggerEntry>, at: number): boolean {
  if (!s.is('relativePronouns', at)) return false;
  return deniedNounBefore(s, negation, s.is('qualifierPrepositions', at - 1) ? at - 1 : at);
}

/**
 * Whether a relative clause with no relative word ends at the finite verb at `verb`, on the predicate
 * noun a negation after a copula denies: "The request is not one [I can find …]", "is not something [the
 * guidelines would support …]", "There is no study [I would call …]". Its subject opens it, a few words long.
 */
function contactRelativeBefore(s: SentenceWords, negation: Hit<TriggerEntry>, verb: number): boolean {
  if (!s.is('copulas', negation.at - 1)) return false;
  let subject = negation.end + 1;
  while (subject < verb && !(s.is('clauseStarters', subject) && !s.is('finite', subject))) subject++;
  if (subject === verb || verb - subject > MAX_MODIFIERS) return false;
  for (let j = subject; j < verb; j++) if (!s.inNounPhrase(j)) return false;
  return deniedNounBefore(s, negation, subject);
}

/**
 * Whether words [negation.end, to) are only the short noun phrase a negation denies: a negative
 * determiner's noun ("no [clinical basis]", "nothing" alone) or a predicate noun after a negated copula
 * ("is not [a treatment]"), with no verb, preposition or clause word in it.
 */
function deniedNounBefore(s: SentenceWords, negation: Hit<TriggerEntry>, to: number): boolean {
  const { subject } = negation.entry;
  if (!subject && !s.is('copulas', negation.at - 1)) return false;
  if (to - negation.end > MAX_MODIFIERS + 1 || (to === negation.end && !subject)) return false;
  for (let j = negation.end; j < to; j++) if (!s.inNounPhrase(j)) return false;
  return true;
}

/** Whether a clause with its own subject and finite verb opens at `at` (past commas and adverbs): "the MRI is", "it has". */
function subjectAndVerbAt(s: SentenceWords, at: number): boolean {
  let j = at;
  while (j < s.keys.length && (s.keys[j] === ',' || s.is('predicateFillers', j))) j++;
  if (!s.is('clauseStarters', j) || s.is('finite', j)) return false;
  const subject = j;
  for (j++; j < s.keys.length && j - subject <= MAX_MODIFIERS + 1 && s.inNounPhrase(j); j++);
  return s.is('finite', j);
}

/** After "and"/"so": a subject or a verb (past commas and adverbs) starts a new clause. */
function opensClause(s: SentenceWords, at: number): boolean {
  for (let j = at; j < s.keys.length; j++) {
    if (s.keys[j] === ',') continue;
    if (s.is('clauseStarters', j)) return true;
    if (!s.is('predicateFillers', j)) return false;
  }
  return false;
}

/** Conditions and other parties named after the phrase in its own clause: "… only if", "… by utilization review". */
export function backwardTriggers(s: SentenceWords, from: number): Array<Hit<TriggerEntry>> {
  const found: Array<Hit<TriggerEntry>> = [];
  for (let j = from; j < s.keys.length && j - from <= MAX_SCOPE; j++) {
    const here = s.triggers.filter((t) => t.at === j && t.entry.direction !== 'forward' && t.entry.kind !== 'negation');
    found.push(...here);
    if (here.length === 0 && (s.keys[j] === ',' || s.terminatorAt(j))) break;
  }
  return found;
}
