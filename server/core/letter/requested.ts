import type { KnowledgeBase } from '../knowledge/types';
import { drugMentions } from '../knowledge/drugs';
import { COUNT, readCount } from '../knowledge/number-words';
import { assertionLexicon } from '../knowledge/assertion-lexicon';
import { SentenceReader, tokensOf } from '../parser/assertion';
import { anyWord } from '../parser/patterns';
import { sentencesOf, type Passage, type Sentence } from './passages';
import { matchesIn, placeAt, type FactPlace, type TextReading } from './patient';

/** "additional", "further", "more" before or after the count. */
const MORE = '(?:additional\\s+|further\\s+|more\\s+)?';
/** "request for an", "requested", "the request is for": the words before the count. */
const REQUEST_LEAD = `\\brequest(?:ed)?\\s+(?:is\\s+|was\\s+)?(?:for\\s+)?(?:an?\\s+)?${MORE}`;
/** Up to three words of treatment between the count and its noun ("physical therapy"). */
const TREATMENT_WORDS = '(?:[a-z/-]+\\s+){0,3}?';
const VISIT_NOUN = '(?:sessions?|visits?|treatments?)\\b';
/** "… visits per week", "… sessions/week": a frequency, not the count requested. */
const NOT_PER_WEEK = '(?!\\s*(?:(?:per|a|each|every)\\s+week|/\\s*week|weekly))';

/**
 * "The request is for 8 sessions", "the request for twelve additional physical therapy visits":
 * the number of visits the rationale says was requested (group 2), after its lead (group 1).
 */
const REQUESTED_VISITS = new RegExp(
  `(${REQUEST_LEAD})(${COUNT})\\s+${MORE}${TREATMENT_WORDS}${VISIT_NOUN}${NOT_PER_WEEK}`,
  'gi',
);

/**
 * A sentence about another request or another count than the one disputed: an earlier or
 * modified request, what was authorized or completed, a running total.
 */
const OTHER_COUNT = anyWord(
  [
    // An earlier or first request.
    ['prior', 'previous', 'previously', 'earlier', 'original', 'originally', 'initial'],
    // What utilization review decided or what was done already.
    ['remaining', 'authorized', 'certified', 'modified', 'approved', 'completed'],
    // A running total.
    ['total', 'totals', 'cumulative', 'already', 'had', 'attended', 'utilization review', 'ur'],
  ],
  'i',
);

/** The visit counts a rationale gives for the request. */
export function requestedVisits(rationale: Passage): FactPlace<number>[] {
  return rationale.folded.reading(visitsRequested).map((reading) => placeAt(rationale, reading));
}

/** The visit counts of the request in a folded text: read once per fold. */
function visitsRequested(text: string): TextReading<number>[] {
  return matchesIn(text, REQUESTED_VISITS, (match, sentence) => {
    const value = readCount(match[2]);
    if (value === undefined || OTHER_COUNT.test(sentence.text) || hypotheticalRequest(sentence, match.index)) {
      return undefined;
    }
    return { value, from: match[1].length, to: match[1].length + match[2].length };
  });
}

/** The verbs that end a request phrase by judging it ("… is not medically necessary", "… exceeds …"). */
const JUDGING_VERBS = [
  ...['is', 'was', 'are', 'were', 'has', 'have', 'had', 'does', 'do', 'did'],
  ...['cannot', 'can', 'could', 'would', 'will', 'should', 'must', 'may', 'exceeds?', 'remains?', 'lacks?'],
];
/** "the request for an MRI of the left knee is …": what was requested, up to the verb that judges it. */
const REQUEST_PHRASE = new RegExp(
  `\\brequest(?:ed)?\\s+(?:is\\s+|was\\s+)?for\\s+([^.;,]*?)(?=\\s+(?:${JUDGING_VERBS.join('|')})\\b|[.;,]|$)`,
  'gi',
);
/** A sentence that weighs the request against another body part on purpose. */
const OTHER_PART =
  /\b(?:contralateral|comparison|opposite|other|uninjured|unaffected|both|bilateral|and|also|prior|previous|previously)\b/i;

/** What a rationale's request sentences say was requested, as folded-text spans in the passage. */
export interface RequestPhrase {
  text: string;
  /** Folded-text position of the phrase in the passage. */
  from: number;
}

/** The request phrases of a passage ("the request for MRI of the left knee"), one per sentence at most. */
export function requestPhrases(passage: Passage): RequestPhrase[] {
  return passage.folded.reading(requestPhrasesIn);
}

/** The request phrases of a folded text: read once per fold (shared: read-only). */
function requestPhrasesIn(text: string): RequestPhrase[] {
  const phrases: RequestPhrase[] = [];
  for (const sentence of sentencesOf(text)) {
    REQUEST_PHRASE.lastIndex = 0;
    const match = REQUEST_PHRASE.exec(sentence.text);
    if (!match || OTHER_PART.test(match[1]) || hypotheticalRequest(sentence, match.index)) continue;
    phrases.push({ text: match[1], from: sentence.from + match.index + match[0].length - match[1].length });
  }
  return phrases;
}

/** A drug's strength as numbers ("10/325", "10-325" and "7.5 325" alike), and its count ("#60"). */
export interface DrugDose {
  drug: string;
  strength?: FactPlace<number[]>;
  count?: FactPlace<number>;
}

/** Release and form words between a drug's name and its strength ("ER", "HCl", "patch", "tablets"). */
const RELEASE_AND_FORM = [
  ...['er', 'ir', 'sr', 'xr', 'cr', 'xl', 'hcl', 'bitartrate'],
  ...['patch(?:es)?', 'tablets?', 'tabs?', 'capsules?', 'caps?', 'cream', 'gel', 'ointment', 'extended[- ]release'],
];
/** "150", "7.5". */
const FIGURE = '(\\d+(?:\\.\\d+)?)';
/**
 * The figures after a drug's name, skipping release and form words: "ER 150 mg", "10/325",
 * "7.5 325", "patch 5%". Groups: first number, second (after / or -), second (after a space), unit.
 */
const STRENGTH = new RegExp(
  `^\\W{0,3}(?:(?:${RELEASE_AND_FORM.join('|')})\\W{1,3}){0,2}${FIGURE}(?:\\s*[/-]\\s*${FIGURE}|\\s+(\\d{3}))?\\s*(mg|mcg|%|gm?|ml)?\\b`,
  'i',
);
const DRUG_COUNT =
  /^[^#]{0,30}?(?:#\s*(\d+)|\b(?:qty|quantity)\.?:?\s*(\d+)|\b(\d+)\s+(?:tablets|tabs|capsules|caps|patches|pills)\b)/i;

/** A number right after a drug's name is its strength only with a unit or as a pair ("10/325"). */
function strengthAfter(text: string): { numbers: number[]; from: number; to: number } | undefined {
  const match = STRENGTH.exec(text);
  if (!match || (!match[4] && !match[2] && !match[3])) return undefined;
  const numbers = [match[1], match[2] ?? match[3]].filter((n): n is string => n !== undefined).map(Number);
  const from = match[0].indexOf(match[1]);
  return { numbers, from, to: match[0].length };
}

/** Which sentences' drug mentions count, by the sentence and the mention's position in it. */
type MentionFilter = (sentence: Sentence, at: number) => boolean;

const everyMention: MentionFilter = () => true;

/** A drug dose as a folded text states it, at folded positions. */
interface DoseReading {
  drug: string;
  strength?: TextReading<number[]>;
  count?: TextReading<number>;
}

/** Each drug of a passage with the strength and count written after its name. */
export function drugDoses(knowledge: KnowledgeBase, passage: Passage, filter = everyMention): DrugDose[] {
  return passage.folded.reading(doseReader(knowledge, filter)).map(({ drug, strength, count }) => ({
    drug,
    ...(strength ? { strength: placeAt(passage, strength) } : {}),
    ...(count ? { count: placeAt(passage, count) } : {}),
  }));
}

/** One reader per knowledge base and filter, so that a fold reads its doses once for each (`FoldedText.reading`). */
const doseReaders = new WeakMap<KnowledgeBase, Map<MentionFilter, (text: string) => DoseReading[]>>();

function doseReader(knowledge: KnowledgeBase, filter: MentionFilter): (text: string) => DoseReading[] {
  const readers = doseReaders.get(knowledge) ?? new Map<MentionFilter, (text: string) => DoseReading[]>();
  doseReaders.set(knowledge, readers);
  let reader = readers.get(filter);
  if (!reader) {
    reader = (text) => dosesIn(knowledge, text, filter);
    readers.set(filter, reader);
  }
  return reader;
}

function dosesIn(knowledge: KnowledgeBase, text: string, filter: MentionFilter): DoseReading[] {
  const doses: DoseReading[] = [];
  for (const sentence of sentencesOf(text)) {
    const mentions = drugMentions(knowledge, sentence.text);
    mentions.forEach((mention, index) => {
      if (!filter(sentence, mention.from)) return;
      const until = mentions[index + 1]?.from ?? sentence.text.length;
      const after = sentence.text.slice(mention.to, until);
      const dose: DoseReading = { drug: mention.drug.id };
      const strength = strengthAfter(after);
      if (strength) {
        const from = sentence.from + mention.to + strength.from;
        dose.strength = { value: strength.numbers, from, to: from + strength.to - strength.from };
      }
      const count = DRUG_COUNT.exec(after);
      if (count) {
        const digits = count[1] ?? count[2] ?? count[3];
        const from = sentence.from + mention.to + count.index + count[0].lastIndexOf(digits);
        dose.count = { value: Number(digits), from, to: from + digits.length };
      }
      doses.push(dose);
    });
  }
  return doses;
}

/** A drug named in a rationale as the request: "the request for Norco 10/325 #60". */
export function isRequestMention(sentence: Sentence, at: number): boolean {
  const from = Math.max(0, at - 60);
  const request = sentence.text.slice(from, at).search(/\brequest(?:ed)?\b/i);
  return request >= 0 && !OTHER_COUNT.test(sentence.text) && !hypotheticalRequest(sentence, from + request);
}

/**
 * Whether the request named at `at` in a sentence is a hypothetical one, not this request: under a
 * condition ("If he improves, a request for 6 more sessions …") or one of a kind under a modal
 * ("A request for 6 sessions would fall within the guideline", what the reviewer would certify).
 */
function hypotheticalRequest(sentence: Sentence, at: number): boolean {
  const tokens = tokensOf(sentence.text, 0, sentence.text.length, () => false);
  const head = tokens.findIndex((token) => token.from >= at);
  return head >= 0 && new SentenceReader(assertionLexicon(), tokens, new Set()).hypotheticalAt(head);
}
