import type { LimitClaim, NumberRange } from '../model/determination';
import type { Span } from '../model/span';
import type { GuidelineFamily } from '../knowledge/types';
import { firstFamilyMention, type FamilyMention } from '../knowledge/families';
import type { FoldedText } from './folded-text';
import { readingLexicon } from '../knowledge/reading-lexicon';
import { anyOf, anyPhrase, anyWord } from './patterns';

export interface Sentence {
  from: number;
  to: number;
}

/** A word after "No." that makes it a reply: capitalised, in lower case after, with no digit or hyphen ("The", "It", "I"). */
const REPLY_NEXT = /^[A-Z][a-z]*\b(?![\d-])/;

/** Whether the period at `at` closes "No" abbreviating "number": no word of a reply follows it. */
function isNumberSign(text: string, at: number): boolean {
  return /\bNo$/.test(text.slice(Math.max(0, at - 3), at)) && !REPLY_NEXT.test(text.slice(at + 2, at + 40));
}

/**
 * Whether the "?" at `at` ends its sentence before a lower-case word, as OCR leaves a sentence's capital
 * ("… is it necessary? the records show …"): not inside brackets or quotation marks opened since `from`
 * ("(is it needed? the notes do not say)", 'he asked "is it needed? the notes …"').
 */
function endsQuestion(text: string, from: number, at: number): boolean {
  if (text[at] !== '?' || !/[a-z]/.test(text[at + 2] ?? '')) return false;
  let brackets = 0;
  let quoted = false;
  for (let i = from; i < at; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') brackets++;
    else if ((ch === ')' || ch === ']') && brackets > 0) brackets--;
    else if (ch === '"') quoted = !quoted;
    else if (ch === '“' || ch === '”') quoted = ch === '“';
  }
  return brackets === 0 && !quoted;
}

/**
 * Splits folded text at ". " (or "!", "?") followed by a capital, digit or quote, and at "? " before any
 * word outside brackets and quotations (see `endsQuestion`); "9792.20" and "e.g." stay whole, and so does
 * "No." before a number or a code ("No. 5", "Case No. CM13-0012345"), but a reply "No." before a word
 * ("Is it medically necessary? No. The records show …") ends its sentence. A quoted sentence ends after its
 * closing quotation mark ('… wrote, "The screen is not medically necessary." The screen is …'), so the
 * quoted party's words and the reviewer's next sentence are read apart.
 */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // A double quotation mark between a sentence's end and a space closes the quotation.
    const quote = (text[i + 1] === '"' || text[i + 1] === '”') && text[i + 2] === ' ' ? 1 : 0;
    const space = i + 1 + quote;
    if (
      text[space] === ' ' &&
      (/[A-Z0-9"'(“]/.test(text[space + 1] ?? '') || (!quote && endsQuestion(text, from, i))) &&
      !/\b(?:e\.g|i\.e|vs|Dr|Mr|Mrs|Ms|pp?)$/.test(text.slice(Math.max(0, i - 4), i)) &&
      !isNumberSign(text, i)
    ) {
      sentences.push({ from, to: space });
      from = space + 1;
    }
  }
  if (from < text.length) sentences.push({ from, to: text.length });
  return sentences;
}

/** Verbs and nouns by which a guideline speaks: "MTUS allows", "the MTUS reads", "the ODG allowance of". */
const ATTRIBUTION = new RegExp(
  `\\b(?:allows?|allowing|allowances?|recommends?|recommendations?|supports?|supporting|states?|reads|says|provides|indicates?|specif(?:y|ies)|permits?|endorses?|suggests?|guidelines?|${anyPhrase(readingLexicon().attributionParticiples)})\\b`,
  'i',
);
/** "up to", "a total of", "trial of": whether a claimed count is a total or a trial (group 1). */
const CLAIM_LEAD = /(up to|a total of|total of|maximum of|trial of|initial trial of)/;
/** "6" or "6-10" (groups 2 and 3). */
const CLAIM_COUNT = /(\d{1,3})(?:\s*(?:-|–|to)\s*(\d{1,3}))?/;
/** "visits", "additional sessions", "chiropractic treatments". */
const CLAIM_UNIT = /(?:(?:additional|more|further|[a-z]{3,15})\s+)?(?:visits|sessions|treatments)/;
const CLAIM = new RegExp(`\\b(?:${CLAIM_LEAD.source}\\s+)?${CLAIM_COUNT.source}\\s+${CLAIM_UNIT.source}\\b`, 'gi');
/** "3 visits per week" is a frequency, not a count. */
const PER_WEEK_AFTER = /^\s*(?:per|a|each|every)\s+week|^\s*weekly/i;
const OVER_WEEKS =
  /^\s*(?:over|in|within|during)\s+(?:a\s+period\s+of\s+)?(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?\s+weeks?\b/i;

/** Counts the reviewer works out: visits still to come, beyond what the guideline allows. */
const ARITHMETIC = /\b(?:additional|more|further|remaining|another|other)\s+(?:visits|sessions|treatments)\b/i;
/**
 * Where the clause an attribution governs ends and the reviewer speaks again: a semicolon, a
 * conclusion drawn ("so", "thus", "leaving", "but" …), or the patient as a new subject
 * ("MTUS allows 10 visits, and the patient has had 6, so only 3-4 more").
 */
const CLAUSE_END =
  /;|\b(?:so|thus|hence|therefore|leaving|leaves|but|however|whereas|while)\b|,\s*(?:and\s+)?(?:the\s+|this\s+)?(?:patient|claimant|injured worker|worker|employee|he|she)\b/i;
/**
 * A word of a clause of the reviewer's own (see the reading lexicon's ownClauseWords): before a count since the
 * guideline's verb, or in the count's own phrase.
 */
const OWN_CLAUSE = new RegExp(`\\b${anyPhrase(readingLexicon().ownClauseWords)}\\b`, 'i');
/** "9-10 visits (over 8 weeks) are recommended": the guideline's passive verb right after its count. */
const PASSIVE_ATTRIBUTION = new RegExp(
  `^(?:\\s+over\\s+\\d{1,2}(?:\\s*(?:-|–|to)\\s*\\d{1,2})?\\s+weeks?)?\\s*(?:is|are|be)\\s+(?:generally\\s+|only\\s+)?${anyPhrase(readingLexicon().attributionParticiples)}\\b`,
  'i',
);
/** Where a count's own phrase ends: a punctuation mark or a conjunction that opens another clause or list entry. */
const PHRASE_END = /[,;:.()\u2013\u2014]|\s-\s|\b(?:and|or|but|yet|so|while|whereas|although|though)\b/i;
/** "states that 10 visits are …": a count that opens the guideline's own that-clause has its verb in it. */
const THAT_CLAUSE = /\bthat\s+(?:only\s+|up\s+to\s+)?$/i;

/**
 * Whether a count belongs to a clause of the reviewer's own: a verb stands between the guideline's words and it
 * (`gap`: "…, and the records show 14 visits"), or its own phrase has one (`tail`: "…, and 14 visits were
 * requested"), other than the guideline's passive ("9-10 visits are recommended").
 */
function inOwnClause(gap: string, tail: string): boolean {
  if (OWN_CLAUSE.test(gap)) return true;
  if (THAT_CLAUSE.test(gap) || PASSIVE_ATTRIBUTION.test(tail)) return false;
  const phrase = tail.slice(0, PHRASE_END.exec(tail)?.index ?? tail.length);
  return OWN_CLAUSE.test(phrase);
}

/** Quoted stretches: “…”, "…". */
const QUOTATION = /“[^”]*”|"[^"]*"/g;

/**
 * Numbers the rationale attributes to a guideline: in a sentence naming a guideline family
 * with a verb of attribution, each "N visits/sessions/treatments" written after a name, in
 * the clause the attribution governs, is the nearest name's ("MTUS gives no number, and ODG
 * allows 9 visits" is ODG's 9). Numbers before the first name are the reviewer's own ("6
 * sessions may be tried, with ODG …"), and so is the reviewer's arithmetic: visits still to
 * come ("3-4 more visits") and numbers after the clause ends. In a sentence that quotes, the
 * guideline speaks inside the quotation marks, and only the numbers there are its own.
 */
export function readLimitClaims(
  folded: FoldedText,
  sentences: Sentence[],
  families: readonly GuidelineFamily[],
): LimitClaim[] {
  const text = folded.text;
  const claims: LimitClaim[] = [];
  for (const sentence of sentences) {
    const part = text.slice(sentence.from, sentence.to);
    const names = familyMentions(families, part);
    if (names.length === 0 || !ATTRIBUTION.test(part)) continue;
    const quoted = [...part.matchAll(QUOTATION)].map((quote) => ({
      from: quote.index,
      to: quote.index + quote[0].length,
    }));
    CLAIM.lastIndex = names[0].index + names[0].length;
    // Where the words since the guideline spoke begin (its name, or the count before), and whether a count since
    // its name was the reviewer's, which makes the rest of the sentence the reviewer's until a name comes again.
    let spokenTo = 0;
    let reviewerSpeaks = false;
    for (let match = CLAIM.exec(part); match; match = CLAIM.exec(part)) {
      const after = match.index + match[0].length;
      if (PER_WEEK_AFTER.test(part.slice(after, after + 12))) continue;
      const at = match.index;
      const name = names.filter((mention) => mention.index + mention.length <= at).pop()!;
      const nameEnd = name.index + name.length;
      if (nameEnd > spokenTo) [spokenTo, reviewerSpeaks] = [nameEnd, false];
      const clauseEnd = CLAUSE_END.exec(part.slice(nameEnd));
      const end = clauseEnd ? nameEnd + clauseEnd.index : part.length;
      const inQuote = quoted.some((quote) => quote.from <= at && at < quote.to);
      const gap = part.slice(spokenTo, at);
      spokenTo = after;
      if (quoted.length) {
        if (inQuote) claims.push(claimFrom(folded, sentence, part, match, name.family));
        continue;
      }
      reviewerSpeaks ||= at >= end || ARITHMETIC.test(match[0]) || inOwnClause(gap, part.slice(after));
      if (!reviewerSpeaks) claims.push(claimFrom(folded, sentence, part, match, name.family));
    }
  }
  return claims;
}

/** Every name of a guideline family in a text, in order. */
function familyMentions(families: readonly GuidelineFamily[], text: string): FamilyMention[] {
  const mentions: FamilyMention[] = [];
  for (let from = 0; ;) {
    const next = firstFamilyMention(families, text.slice(from));
    if (!next) return mentions;
    mentions.push({ ...next, index: from + next.index });
    from += next.index + next.length;
  }
}

function claimFrom(
  folded: FoldedText,
  sentence: Sentence,
  part: string,
  match: RegExpExecArray,
  guideline: string,
): LimitClaim {
  const numbersAt = match.index + match[0].indexOf(match[2], match[1] ? match[1].length : 0);
  const numbersText = match[3] ? part.slice(numbersAt).match(/^\d{1,3}\s*(?:-|–|to)\s*\d{1,3}/)![0] : match[2];
  const visits = range(match[2], match[3]);
  const weeks = OVER_WEEKS.exec(part.slice(match.index + match[0].length));
  const lead = (match[1] ?? '').toLowerCase();
  const phase = lead.includes('trial') ? 'trial' : lead ? 'total' : undefined;
  const claim: LimitClaim = {
    guideline,
    visits,
    span: spanIn(folded, sentence.from + numbersAt, sentence.from + numbersAt + numbersText.length),
    sentence: spanIn(folded, sentence.from, sentence.to),
  };
  if (weeks) claim.weeks = range(weeks[1], weeks[2]);
  if (phase) claim.phase = phase;
  return claim;
}

function range(first: string, second: string | undefined): NumberRange {
  const min = Number(first);
  const max = second ? Number(second) : min;
  return { min: Math.min(min, max), max: Math.max(min, max) };
}

function spanIn(folded: FoldedText, from: number, to: number): Span {
  return folded.spanOf(from, to);
}

/** The ways a rationale states an improvement in function. */
const IMPROVEMENT = anyOf(
  [
    /\bfunctional(?:ly)?\s+(?:improvement|gains?|benefit)/, // "functional gains"
    /\bimproved?\s+(?:in\s+)?(?:function|adls?|activities of daily living)/, // "improved ADLs"
    /\b(?:improvement|increase)\s+in\s+(?:function|adls?|activities|walking|sitting|standing|range)/, // "increase in walking"
    /\bincreased\s+(?:function|adls?|activities|walking|sitting|standing|tolerance)/, // "increased tolerance"
    /\breduc(?:ed|tion in)\s+(?:(?:pain\s+)?medications?|work restrictions|opioid)/, // "reduced pain medication"
    /\breturned to (?:full |modified )?(?:work|duty)/, // "returned to modified duty"
  ],
  'i',
);
const PATIENT = /\b(?:patient|claimant|injured worker|employee|worker|he|she|his|her)\b/i;
/** Words that make a sentence deny, require, define or generalise functional improvement rather than report it. */
const DENIED_IMPROVEMENT = anyWord(
  [
    ['no', 'not', 'lack', 'lacks', 'lacking', 'without', 'absence', 'absent', 'fails?', 'failed'], // denied
    ['unless', 'if', 'until', 'neither', 'nor', 'cannot', 'unclear', 'insufficient'], // in doubt
    ['defined', 'definition', 'requires?', 'required', 'must', 'should'], // defined or required
    ['guidelines?', 'according', 'based on', 'time to produce'], // the guideline speaking
  ],
  'i',
);

/**
 * Whether the rationale reports functional improvement in this patient: a sentence about the
 * patient that states an improvement (in function, ADLs, medication use, work), not one that
 * quotes, defines, requires or denies it ("The time to produce functional improvement is 3 to 6
 * treatments" is the guideline speaking).
 */
export function documentsFunctionalImprovement(
  text: string,
  sentences: Sentence[],
  families: readonly GuidelineFamily[],
): boolean {
  return sentences.some((sentence) => {
    const part = text.slice(sentence.from, sentence.to);
    if (!IMPROVEMENT.test(part) || !PATIENT.test(part)) return false;
    if (firstFamilyMention(families, part)) return false;
    return !DENIED_IMPROVEMENT.test(part);
  });
}
