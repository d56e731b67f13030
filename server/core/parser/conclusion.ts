import type { Conclusion, NecessityReading } from '../model/determination';
import { assertionLexicon, wordKey } from '../knowledge/assertion-lexicon';
import { countWords } from '../knowledge/number-words';
import type { FoldedText } from './folded-text';
import type { Sentence } from './rationale';
import {
  SentenceReader,
  quotedRegions,
  sentenceAboutOtherItem,
  someWordKey,
  stem,
  tokensOf,
  type SentenceReading,
  type Token,
} from './assertion';
import { answerTo, askedPhrase, asked, isDirectQuestion, rejectionOf } from './question';

const DIGITS = /^\d+$/;
/** Real sentences are far shorter; conclusions shorter still. */
const MAX_SENTENCE_TOKENS = 150;
/** A pronoun stands for what a sentence at most this many back named, through pronoun subjects between. */
const MAX_PRONOUN_CHAIN = 3;

export interface NecessityFindings {
  readings: NecessityReading[];
  conclusion?: Conclusion;
}

/**
 * Reads every necessity phrase of a rationale and picks its conclusion: the last explicit
 * finding about the request (a conditional sentence, another party's view or the opioid
 * notice after it does not displace it), or, with no explicit one, the last implied finding. A question
 * finds nothing; an elliptical answer after it ("It is not.") is the finding on the question's phrase.
 * `title` is the item's title, whose words let a plain "is not warranted" count as a statement
 * about this request; `otherNames` are the rationale's own names for the item's treatment
 * ("electrodiagnostic testing" for an EMG/NCV), which count the same; `counts` are the visit counts
 * the item requests, a subject counting as many ("Six visits are reasonable") names the request;
 * `kindWords` are the words for the item's kind that name no other item of the letter ("imaging"
 * for its only study of the kind), a subject that is only one of them ("Imaging is warranted") names it;
 * `otherItems` are the rationale's names for the letter's other items' treatments ("omeprazole" under the
 * naproxen), a finding whose clause names only them being said of those items.
 */
export function readNecessity(
  folded: FoldedText,
  sentences: Sentence[],
  title: string,
  otherNames: readonly string[] = [],
  counts: readonly number[] = [],
  kindWords: readonly string[] = [],
  otherItems: readonly string[] = [],
): NecessityFindings {
  const lexicon = assertionLexicon();
  const quoted = quotedRegions(folded.text);
  const titleKeys = nameKeys([title, ...otherNames]);
  const otherItemKeys = new Set([...nameKeys(otherItems)].filter((key) => !titleKeys.has(key)));
  const countKeys = new Set(counts.flatMap(countWords).map(wordKey));
  const kindNames = kindWords.map((words) => words.split(' ').map((word) => stem(wordKey(word))));
  const found: Array<{ reading: SentenceReading; sentence: Sentence }> = [];
  /** The phrase the sentence before asked about, with that sentence. */
  let question: { reading: SentenceReading; sentence: Sentence } | undefined;
  /** Another party's view of this request that ended the sentence before, with that sentence. */
  let report: { reading: SentenceReading; sentence: Sentence } | undefined;
  /** Whether sentence `index` is about another item of the letter: asked only of the sentence before a pronoun. */
  const aboutOther = (index: number, chain = 1): boolean =>
    index >= 0 &&
    sentenceAboutOtherItem(
      lexicon,
      tokensOf(folded.text, sentences[index].from, sentences[index].to, quoted),
      titleKeys,
      otherItemKeys,
      () => chain < MAX_PRONOUN_CHAIN && aboutOther(index - 1, chain + 1),
    );
  for (const [index, sentence] of sentences.entries()) {
    const read = (tokens: Token[]) =>
      new SentenceReader(lexicon, tokens, titleKeys, countKeys, kindNames, otherItemKeys, () =>
        aboutOther(index - 1),
      ).readings();
    let readings = readingsOf(folded, sentence, quoted, read);
    // A question's elliptical answer ("It is not.") has no phrase of its own: it takes the question's, and
    // its sentence runs from the question's, so nothing is inserted between the two. So does the reviewer's
    // elliptical rejection of the view reported just before ("The physician considers the MRI … . I disagree.").
    const before = question ?? report;
    if (before && readings.length === 0) {
      const tokens = tokensOf(folded.text, sentence.from, sentence.to, quoted);
      const answer = question
        ? answerTo(question.reading, tokens, lexicon)
        : rejectionOf(before.reading, tokens, 0, lexicon);
      if (answer) found.push({ reading: answer, sentence: { from: before.sentence.from, to: sentence.to } });
    }
    if (isDirectQuestion(folded.text, sentence, lexicon)) readings = readings.map(asked);
    for (const reading of readings) found.push({ reading, sentence });
    const phrase = askedPhrase(readings);
    question = phrase && { reading: phrase, sentence };
    const last = readings.at(-1);
    report = last?.openReport ? { reading: last, sentence } : undefined;
  }
  const readings = found.map(({ reading, sentence }) => toReading(folded, reading, sentence));
  const chosen = chooseConclusion(found);
  if (chosen < 0) return { readings };
  const { necessary, strength, span, target, negations, sentence } = readings[chosen];
  const decisionWords = readings[chosen].decisionWords && unopposed(found, chosen);
  return { readings, conclusion: { necessary, strength, decisionWords, span, target, negations, sentence } };
}

/** The stems of the words of names that tell a treatment apart. */
function nameKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) for (const key of keysOfName(name)) keys.add(key);
  return keys;
}

/**
 * The keys of one name, kept: every rationale of a letter is read with its title and the names of
 * the letter's other items, so without them a letter of many items (or a folder of letters naming
 * the same treatments) tokenises the same names over and over. Bounded, as names come from letters.
 */
function keysOfName(name: string): readonly string[] {
  let keys = NAME_KEYS.get(name);
  if (keys) return keys;
  const { titleStopWords } = assertionLexicon().words;
  keys = tokensOf(name, 0, name.length, () => false)
    // A number names no treatment: a count names the request only as a subject counting the visits requested.
    .filter((token) => !token.punct && !titleStopWords.has(token.key) && !DIGITS.test(token.key))
    .map((token) => stem(token.key));
  if (NAME_KEYS.size >= MAX_NAMES_KEPT) NAME_KEYS.clear();
  NAME_KEYS.set(name, keys);
  return keys;
}

const NAME_KEYS = new Map<string, readonly string[]>();
const MAX_NAMES_KEPT = 4096;

/**
 * Whether no other finding of the rationale reads the other way than reading `chosen`; the decision's
 * words telling the request's history or said of something else ("6 visits were authorized") are no finding.
 */
function unopposed(found: Array<{ reading: SentenceReading }>, chosen: number): boolean {
  const { necessary } = found[chosen].reading;
  return found.every(
    ({ reading }) =>
      reading.status !== 'asserted' ||
      reading.necessary === necessary ||
      (reading.wording === 'decision' && !reading.decisionWords),
  );
}

/**
 * The last explicit asserted reading, or the last implied one when there is none. Within the
 * explicit reading's sentence, the necessity wording is preferred to a synonym beside it
 * ("is medically necessary and appropriate" concludes with "medically necessary"), also when the
 * synonym reads the other way: it is then most often said of something else ("the additional therapy
 * does not seem medically necessary, and home exercise is appropriate").
 */
function chooseConclusion(found: Array<{ reading: SentenceReading; sentence: Sentence }>): number {
  const readings = found.map(({ reading }) => reading);
  const asserted = readings.flatMap((reading, index) => (reading.status === 'asserted' ? [index] : []));
  const explicit = asserted.filter((index) => readings[index].explicit && !beyondGranted(readings, index));
  if (explicit.length === 0) return asserted.length ? asserted[asserted.length - 1] : -1;
  const last = explicit[explicit.length - 1];
  const sameSentence = explicit.filter(
    (index) =>
      found[index].sentence === found[last].sentence &&
      (readings[index].necessary === readings[last].necessary || readings[last].wording !== 'necessity') &&
      readings[index].wording === 'necessity',
  );
  return sameSentence.length ? sameSentence[sameSentence.length - 1] : last;
}

/**
 * Whether reading `index` is said of the visits beyond those an earlier explicit finding granted: "Six
 * visits are reasonable. No further visits are medically necessary." concludes that the six are.
 */
function beyondGranted(readings: readonly SentenceReading[], index: number): boolean {
  const { additive, necessary } = readings[index];
  return (
    additive === true &&
    readings
      .slice(0, index)
      .some((reading) => reading.status === 'asserted' && reading.explicit && reading.necessary !== necessary)
  );
}

/**
 * The necessity phrases of one sentence, as `read` reads its words. Most sentences name none: they are
 * passed over before any token is made. A run-on "sentence" (text with no full stops) is read in
 * windows, so its cost stays linear.
 */
function readingsOf(
  folded: FoldedText,
  sentence: Sentence,
  quoted: (at: number) => boolean,
  read: (tokens: Token[]) => SentenceReading[],
): SentenceReading[] {
  const lexicon = assertionLexicon();
  if (!someWordKey(folded.text, sentence.from, sentence.to, (key) => lexicon.targets.startsWith(key))) return [];
  const tokens = tokensOf(folded.text, sentence.from, sentence.to, quoted);
  const readings: SentenceReading[] = [];
  for (let at = 0; at < tokens.length; at += MAX_SENTENCE_TOKENS)
    readings.push(...read(tokens.slice(at, at + MAX_SENTENCE_TOKENS)));
  return readings;
}

function toReading(folded: FoldedText, reading: SentenceReading, sentence: Sentence): NecessityReading {
  return {
    necessary: reading.necessary,
    strength: reading.explicit ? 'explicit' : 'implied',
    status: reading.status,
    decisionWords: reading.decisionWords,
    span: folded.spanOf(reading.span.from, reading.span.to),
    target: folded.spanOf(reading.target.from, reading.target.to),
    negations: reading.negations.map((negation) => folded.spanOf(negation.from, negation.to)),
    sentence: folded.spanOf(sentence.from, sentence.to),
  };
}
