import type { AssertionLexicon, TriggerEntry, WordClass } from '../knowledge/assertion-lexicon';
import type { SentenceReading, Token } from './assertion';
import type { Sentence } from './rationale';

/**
 * Questions and their elliptical answers. A question asserts nothing (ConText would call it
 * hypothetical): "Medically necessary?", "The question is whether an MRI is medically necessary now."
 * An answer in the next sentence that leaves out the predicate ("It is not.", "Not on this record.",
 * "No.") takes the question's phrase with its own polarity, and is the finding. A clause after a contrast
 * may leave its predicate out the same way ("…, but the CT is not."): its verb group is read here too.
 */

/** Closing quotes, brackets and spaces that may follow a sentence's last mark. */
const CLOSING = /[\s"'”’)\]]/;

/** Whether the sentence ends with a question mark. */
export function isDirectQuestion(text: string, sentence: Sentence, lexicon: AssertionLexicon): boolean {
  let end = sentence.to;
  while (end > sentence.from && CLOSING.test(text[end - 1])) end--;
  return end > sentence.from && lexicon.questionMarks.has(text[end - 1]);
}

/** A phrase of a direct question is asked, not said: it is no finding. */
export function asked(reading: SentenceReading): SentenceReading {
  return { ...reading, status: reading.status === 'asserted' ? 'conditional' : reading.status, question: true };
}

/**
 * The phrase a sentence asks about, which an answer in the next sentence may take: its last phrase, when
 * that is asked. A negated question ("Is it not medically necessary?") leaves what "No." means open, so it is none.
 */
export function askedPhrase(readings: readonly SentenceReading[]): SentenceReading | undefined {
  const last = readings[readings.length - 1];
  return last?.question && last.negations.length === 0 ? last : undefined;
}

/**
 * The sentence read as an elliptical answer to the phrase `question` asks about, or undefined: explicit
 * when the question's phrase is, its span running from that phrase to the answer's end.
 */
export function answerTo(
  question: SentenceReading,
  tokens: Token[],
  lexicon: AssertionLexicon,
): SentenceReading | undefined {
  const answer = new AnswerReader(lexicon, tokens).answerAt(0);
  if (!answer) return undefined;
  const offsets = ([at, end]: [number, number]) => ({ from: tokens[at].from, to: tokens[end - 1].to });
  return {
    necessary: question.necessary !== answer.negative,
    explicit: question.explicit,
    status: 'asserted',
    decisionWords: false,
    wording: question.wording,
    target: offsets(answer.head),
    span: { from: question.target.from, to: tokens[tokens.length - 1].to },
    negations: answer.negation ? [offsets(answer.negation)] : [],
    question: false,
  };
}

/**
 * The verb group opening at the finite verb `at` whose predicate is left out, up to the sentence's end or
 * an adjunct ending it: "has not", "is now", "are not at this time"; an uncertain one ("may not") or a
 * positive modal ("could be") is none.
 */
export function elidedVerbGroup(tokens: Token[], at: number, lexicon: AssertionLexicon): Answer | undefined {
  return new AnswerReader(lexicon, tokens).elidedPredicate(at);
}

export interface Answer {
  negative: boolean;
  /** The answer's own words: the reply word, or the pronoun's verb group. */
  head: [number, number];
  /** A negation that alone decides the answer ("It is not"): dropping it gives the opposite answer. */
  negation?: [number, number];
}

/** Reads the words of one sentence as an answer whose predicate is left out. */
class AnswerReader {
  private readonly keys: string[];

  constructor(
    private readonly lexicon: AssertionLexicon,
    private readonly tokens: Token[],
  ) {
    this.keys = tokens.map((token) => token.key);
  }

  /** The answer that opens at `at` and fills the rest of the sentence. */
  answerAt(at: number): Answer | undefined {
    const [match] = this.lexicon.answers.matchesAt(this.keys, at);
    if (!match) return undefined;
    const { form, polarity } = match.values[0];
    const next = at + match.length;
    const negative = polarity === 'negative';
    if (form === 'lead') return this.answerAt(next);
    if (form === 'word') return this.replyWord(at, next, negative);
    if (form === 'verbless')
      return this.endsAnswer(this.pastFillers(next)) ? { negative, head: [at, next] } : undefined;
    return this.elidedPredicate(next);
  }

  /** "No." or "No, it is not.": alone, or before a comma after which nothing answers the other way. */
  private replyWord(at: number, next: number, negative: boolean): Answer | undefined {
    if (next < this.keys.length && this.keys[next] !== ',') return undefined;
    const after = this.answerAt(next + 1);
    return after && after.negative !== negative ? undefined : { negative, head: [at, next] };
  }

  /**
   * "It is not.", "It has not been shown to be.": a verb group, opening with a finite verb, after the
   * pronoun at `at - 1`, then nothing but an adjunct. One negation in it makes the answer negative; an
   * uncertain one ("may not") or a positive modal ("It could be.") is no finding.
   */
  elidedPredicate(at: number): Answer | undefined {
    if (!this.is('finite', at)) return undefined;
    const negations: Array<[number, number]> = [];
    let modal = false;
    let end = at;
    while (end < this.keys.length) {
      const trigger = this.triggerAt(end);
      if (trigger?.entry.kind === 'uncertain') return undefined;
      if (trigger?.entry.kind === 'negation' && !trigger.entry.subject && !trigger.entry.undoes) {
        negations.push([end, trigger.end]);
        end = trigger.end;
        continue;
      }
      if (!this.inVerbGroup(end)) break;
      modal ||= trigger?.entry.modal ?? false;
      end++;
    }
    if (negations.length > 1 || (modal && negations.length === 0) || !this.endsAnswer(end)) return undefined;
    return { negative: negations.length === 1, head: [at, end], negation: negations[0] };
  }

  /** Whether the words from `at` could follow an answer: none, or an adjunct ("for the reasons below", "because …"). */
  private endsAnswer(at: number): boolean {
    if (at >= this.keys.length) return true;
    const start = this.keys[at] === ',' ? at + 1 : at;
    if (!this.is('qualifierPrepositions', start) && !this.is('subordinators', start)) return false;
    // A clause of its own after the adjunct's opening ("… on this record is …") makes it no adjunct, unless subordinate.
    for (let j = start; j < this.keys.length; j++) {
      if (this.is('subordinators', j)) return true;
      if (this.is('finite', j) || this.is('copulas', j)) return false;
    }
    return true;
  }

  private pastFillers(at: number): number {
    let j = at;
    while (j < this.keys.length && this.inVerbGroup(j) && !this.is('finite', j) && !this.is('copulas', j)) j++;
    return j;
  }

  /** A word of a verb group: a verb, or a filler that is no punctuation and no coordinator ("therefore", "shown", "to"). */
  private inVerbGroup(at: number): boolean {
    if (this.tokens[at].punct || this.is('coordinators', at)) return false;
    return this.is('finite', at) || this.is('copulas', at) || this.is('predicateFillers', at);
  }

  private triggerAt(at: number): { entry: TriggerEntry; end: number } | undefined {
    const [longest] = this.lexicon.triggers.matchesAt(this.keys, at);
    return longest && { entry: longest.values[0], end: at + longest.length };
  }

  private is(word: WordClass, at: number): boolean {
    return at < this.keys.length && this.lexicon.words[word].has(this.keys[at]);
  }
}
