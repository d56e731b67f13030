import type { Span } from '../model/span';
import { OTHER_PERSON_CLASSES, readingLexicon } from '../knowledge/reading-lexicon';
import { anyPhrase } from '../parser/patterns';
import { lastPieces, sentencesOf, type Passage, type PlaceKind, type Sentence } from './passages';

export type Sex = 'female' | 'male';

/** One statement of a fact about the patient: what it says, where, and the words that say it. */
export interface FactPlace<T> {
  value: T;
  kind: PlaceKind;
  item?: number;
  span: Span;
  /** The words as written ("he", "44", "10/03/2016"). */
  text: string;
}

/** The nouns a letter names the patient's sex by. */
const SEX_NOUNS = ['female', 'male', 'woman', 'man', 'gentleman', 'lady'];
const FEMALE_NOUNS = /^(?:female|woman|lady)$/i;
/** The nouns a letter names the patient by in its role in the case. */
const ROLE_NOUNS = ['patient', 'claimant', 'applicant', 'employee', 'worker'];
/** "44-year-old", "38 year old": the years, then the words. */
const AGE = '\\d{1,3}';
const YEARS_OLD = '[- ]years?[- ]old';
/** At most two words between the age and the noun: "right-handed", "well-developed", "left". */
const DESCRIBED = '(?:[a-z]+-[a-z-]+\\s+|right\\s+|left\\s+){0,2}';

/** "a 44 year old female", "the claimant is a right-handed male": a sex noun that describes the patient. */
const SEX_STATED = new RegExp(
  `\\b(?:${AGE}${YEARS_OLD}|(?:${ROLE_NOUNS.join('|')})\\s+(?:is|was)\\s+an?)\\s+${DESCRIBED}(${SEX_NOUNS.join('|')})\\b`,
  'gi',
);

/** "44-year-old male", "38 year old claimant": an age that describes the patient, not a child or an injury. */
const AGE_STATED = new RegExp(
  `\\b(${AGE})${YEARS_OLD}\\s+${DESCRIBED}(?:${[...SEX_NOUNS, ...ROLE_NOUNS, 'individual'].join('|')})\\b`,
  'gi',
);

const DATED =
  /\b(?:per|according to|in|on|at)\s+(?:the|a|an|his|her)?\s*(?:[\w/-]+\s+){0,3}?(?:report|note|evaluation|visit|exam\w*|consult\w*|pr-2)\b/i;

/** An age read at another time than the letter's ("at the time of injury he was a 40-year-old …"). */
const OTHER_TIME = /\bat the time of\b|\bwhen (?:he|she) was\b|\bback then\b|\bat injury\b/i;

/** The sex nouns the summary and rationales use for the patient, in document order. */
export function statedSexes(passages: Passage[]): FactPlace<Sex>[] {
  return placesIn(passages, sexesStated);
}

function sexesStated(text: string): TextReading<Sex>[] {
  return matchesIn(text, SEX_STATED, (match, sentence) => {
    if (describesSomeoneElse(sentence.text.slice(0, match.index))) return undefined;
    const word = match[1];
    const at = match[0].length - word.length;
    return { value: FEMALE_NOUNS.test(word) ? 'female' : 'male', from: at, to: at + word.length };
  });
}

/** The patient's ages as the summary and rationales state them, in document order. */
export function statedAges(passages: Passage[]): FactPlace<number>[] {
  return placesIn(passages, agesStated);
}

function agesStated(text: string): TextReading<number>[] {
  // An age a report states ("Per the 3/2/2014 report, the 44-year-old …") may be the age at that report.
  return matchesIn(text, AGE_STATED, (match, sentence) =>
    OTHER_TIME.test(sentence.text) ||
    DATED.test(sentence.text) ||
    describesSomeoneElse(sentence.text.slice(0, match.index))
      ? undefined
      : { value: Number(match[1]), from: 0, to: match[1].length },
  );
}

/**
 * The noun phrase an age or sex description is said of, in apposition or after a copula, just before
 * it: "His mother, a", "his wife (a", "The patient is a" (group 1, up to four words, no comma).
 */
const DESCRIBED_PERSON = /((?:[\w'’.-]+\s+){0,3}[\w'’.-]+)\s*(?:,|\(|\b(?:is|was)\b)\s*(?:an?\s+)?$/i;

/**
 * Whether the description after `before` is said of another person than the patient, named by the noun
 * before it: "Her mother, a 52-year-old woman", "the treating physician's other patient, a 70-year-old
 * man", "his wife is a 48-year-old woman".
 */
function describesSomeoneElse(before: string): boolean {
  const person = DESCRIBED_PERSON.exec(lastPieces(before, DESCRIBED_PIECES))?.[1];
  return person !== undefined && (OTHER_PERSON.test(person) || /\b(?:other|another)\b/i.test(person));
}

/**
 * `DESCRIBED_PERSON` spans at most six pieces of text between white space (four words, "is", "a"),
 * so it is looked for in the last eight: tried at every position of the whole text before each
 * age or sex, it cost that text's length again and again in a long sentence.
 */
const DESCRIBED_PIECES = 8;

/** A fact as a folded text states it, at folded positions [from, to). */
export interface TextReading<T> {
  value: T;
  from: number;
  to: number;
}

/**
 * The places the summary and rationales state a fact, each passage read by `read` once per
 * fold (so an edit re-reads only the passages it changed): `read` depends on the text alone.
 */
function placesIn<T>(passages: Passage[], read: (text: string) => TextReading<T>[]): FactPlace<T>[] {
  const places: FactPlace<T>[] = [];
  for (const passage of passages) {
    if (passage.kind === 'title') continue;
    for (const reading of passage.folded.reading(read)) places.push(placeAt(passage, reading));
  }
  return places;
}

/** Where in the letter a passage states what a reading of its folded text found. */
export function placeAt<T>(passage: Passage, { value, from, to }: TextReading<T>): FactPlace<T> {
  const { folded } = passage;
  return {
    value,
    kind: passage.kind,
    item: passage.item,
    span: folded.spanOf(from, to),
    text: folded.text.slice(from, to),
  };
}

/** The matches of `pattern` in each sentence of a folded text, as `read` takes them (relative to the match). */
export function matchesIn<T>(
  text: string,
  pattern: RegExp,
  read: (match: RegExpExecArray, sentence: Sentence) => TextReading<T> | undefined,
): TextReading<T>[] {
  const readings: TextReading<T>[] = [];
  for (const sentence of sentencesOf(text)) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      const reading = read(match, sentence);
      if (!reading) continue;
      const from = sentence.from + match.index;
      readings.push({ value: reading.value, from: from + reading.from, to: from + reading.to });
    }
  }
  return readings;
}

const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;
const FEMALE_PRONOUNS = /^(?:she|her|hers|herself)$/i;
/** "he/she", "his or her", "s/he": the stock wording for either sex. */
const EITHER_SEX = /^\s*(?:\/|or\b|and\b)\s*(?:he|him|his|himself|she|her|hers|herself)\b/i;
const EITHER_SEX_BEFORE = /\b(?:he|him|his|himself|she|her|hers|herself|s)\s*(?:\/|or|and)\s*$/i;
/** "(He, 2004)", "He et al.": an author cited by name. */
const AUTHOR = /^\s*(?:,\s*(?:19|20)\d{2}|et al)/i;

/**
 * Someone else a pronoun may stand for (the reading lexicon's clinicians, case parties, workplace
 * and family): a sentence naming one of these people says nothing certain about the patient's sex,
 * so its pronouns are not read.
 */
const OTHER_PERSON = new RegExp(
  `\\b${anyPhrase(OTHER_PERSON_CLASSES.flatMap((name) => readingLexicon()[name]))}\\b`,
  'i',
);

/** Guideline talk and quotations speak of patients in general ("if a patient has …, he should …"). */
const GENERAL_TALK = /\b(?:mtus|odg|acoem|guidelines?|cpmtg|studies|study|literature)\b|["“”]/i;
/** A clinician's verb (the reading lexicon's clinician verbs) right after the pronoun: "He recommended …". */
const CLINICIAN_VERB = new RegExp(`^\\s*${anyPhrase(readingLexicon().clinicianVerbs)}\\b`, 'i');

/** The gendered pronouns of the summary and rationales that can only stand for the patient. */
export function patientPronouns(passages: Passage[]): FactPlace<Sex>[] {
  return placesIn(passages, pronounsIn);
}

function pronounsIn(text: string): TextReading<Sex>[] {
  const pronouns: TextReading<Sex>[] = [];
  let previousNamesSomeoneElse = false;
  for (const sentence of sentencesOf(text)) {
    const namesSomeoneElse = OTHER_PERSON.test(sentence.text);
    // "Dr. A examined her. He noted …": a sentence opening with a pronoun may continue the last one's subject.
    const continuesOther = previousNamesSomeoneElse && /^\s*(?:he|she)\b/i.test(sentence.text);
    previousNamesSomeoneElse = namesSomeoneElse;
    if (namesSomeoneElse || continuesOther || GENERAL_TALK.test(sentence.text)) continue;
    PRONOUN.lastIndex = 0;
    for (let match = PRONOUN.exec(sentence.text); match; match = PRONOUN.exec(sentence.text)) {
      const after = sentence.text.slice(match.index + match[0].length);
      // Both patterns on it end the text and span at most two pieces: looking further back costs, finds nothing.
      const before = lastPieces(sentence.text.slice(0, match.index), 4);
      if (EITHER_SEX.test(after) || EITHER_SEX_BEFORE.test(before)) continue;
      if (AUTHOR.test(after) || /\(\s*$/.test(before) || CLINICIAN_VERB.test(after)) continue;
      const from = sentence.from + match.index;
      pronouns.push({ value: FEMALE_PRONOUNS.test(match[0]) ? 'female' : 'male', from, to: from + match[0].length });
    }
  }
  return pronouns;
}

const TO_FEMALE: Record<string, string> = { he: 'she', him: 'her', his: 'her', himself: 'herself' };
/** "her" may be "him" or "his": only the unambiguous pronouns are given a replacement. */
const TO_MALE: Record<string, string> = { she: 'he', hers: 'his', herself: 'himself' };

/** The pronoun of the other sex, in the same case, when there is exactly one. */
export function pronounFor(word: string, sex: Sex): string | undefined {
  const replacement = (sex === 'female' ? TO_FEMALE : TO_MALE)[word.toLowerCase()];
  if (!replacement) return undefined;
  return /^[A-Z]/.test(word) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}
