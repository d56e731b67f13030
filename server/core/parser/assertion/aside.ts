import { MAX_ASIDE, SentenceWords } from './words';

/**
 * An aside that holds a phrase and says it of a thing it names itself, not of the clause around it: a
 * non-restrictive relative clause on the noun before its comma ("Unlike the naproxen, which I have found
 * medically necessary, …") or a clause with no verb before the phrase, whose participle or adjective
 * modifies a noun in it ("…, unlike the naproxen certified above as medically necessary, …").
 */

export interface Aside {
  /** The words naming what the aside is said of: the relative clause's antecedent, or its own words before the phrase. */
  about: [number, number];
  /** Where the aside opens: its comma, or the sentence's start. */
  open: number;
  /** The comma that closes it a few words after the phrase, with the sentence going on after it. */
  close?: number;
}

/**
 * The aside holding the phrase at [at, end), if any, when what it is said of names a thing (see `namesThing`). A
 * relative clause counts only when it names nothing itself before the phrase ("which I have found …", "which is
 * not …"), so its subject or object is the noun before it; a verbless clause counts only as an aside a comma closes
 * after the phrase, or one after a clause of its own ("The omeprazole is not …, unlike the naproxen certified above
 * as …"), never as a verbless verdict ("The EKG and labs (CBC, BMP) not medically necessary.").
 */
export function asideHolding(s: SentenceWords, at: number, end: number): Aside | undefined {
  const aside = relativeAside(s, at, end) ?? verblessAside(s, at, end);
  return aside && namesThing(s, ...aside.about) ? aside : undefined;
}

function relativeAside(s: SentenceWords, at: number, end: number): Aside | undefined {
  const start = s.clauseStartOf(at);
  if (!s.is('relativePronouns', start - 1) || s.keys[start - 2] !== ',') return undefined;
  if (s.namesRequest(start, at) || s.namesOtherItem(start, at)) return undefined;
  const open = start - 2;
  return { about: [s.clauseStartOf(open - 1), open], open, close: closingComma(s, end) };
}

function verblessAside(s: SentenceWords, at: number, end: number): Aside | undefined {
  const start = s.clauseStartOf(at);
  if ((start > 0 && s.keys[start - 1] !== ',') || hasFiniteVerb(s, start, at)) return undefined;
  const open = start > 0 ? start - 1 : 0;
  const close = closingComma(s, end);
  const trailing = open > 0 && hasFiniteVerb(s, s.clauseStartOf(open - 1), open);
  return close !== undefined || trailing ? { about: [start, at], open, close } : undefined;
}

/**
 * Whether words [from, to) name a thing an aside may be said of: a determiner's noun phrase, this item's or another
 * item's name ("the naproxen", "omeprazole"); a fronted predicate ("Medically necessary, the MRI is not.") names none.
 */
function namesThing(s: SentenceWords, from: number, to: number): boolean {
  if (s.namesTitle(from, to) || s.namesOtherItem(from, to)) return true;
  for (let j = from; j < to - 1; j++) if (s.is('definiteWords', j) || s.is('indefiniteWords', j)) return true;
  return false;
}

/** The comma a few words after `from` that closes an aside, with words after it, and no verb or other mark before it. */
function closingComma(s: SentenceWords, from: number): number | undefined {
  for (let j = from; j < s.keys.length - 1 && j - from <= MAX_ASIDE; j++) {
    if (s.keys[j] === ',') return j;
    if (s.tokens[j].punct || s.is('finite', j) || s.terminatorAt(j)) return undefined;
  }
  return undefined;
}

/** Whether a finite verb stands in [from, to): a clause of its own, where "not to be", "certified as" are none. */
function hasFiniteVerb(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (s.is('finite', j)) return true;
  return false;
}
