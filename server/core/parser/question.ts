import type { AssertionLexicon, TriggerEntry, WordClass } from '../knowledge/assertion-lexicon';
import type { SentenceReading, Token } from './assertion';
import type { Sentence } from './rationale';

/**
 * Questions and their elliptical answers. A question asserts nothing (ConText would call it
 * hypothetical): "Medically necessary?", "The question is whether an MRI is medically necessary now."
 * An answer in the next sentence that leaves out the predicate ("It is not.", "Not on this record.",
 * "No.") takes the question's phrase with its own polarity, and is the finding. A clause after a contrast
 * may leave its predicate out the same way ("…, but the CT is not."): its verb group is read here too. So may
 * the reviewer's rejection of a view just reported ("The physician considers the MRI medically necessary; I do not.").
 */

/** A qualifier opening an elliptical rejection is a few words long: "on this record", "at two weeks". */
const MAX_QUALIFIER = 5;

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
 * The words from `at` to the sentence's end read as an elliptical answer to the phrase `question` asks about, or
 * undefined: explicit when the question's phrase is, its span running from that phrase to the answer's end. The
 * answer is most often the next sentence; after a label's colon it is the rest of the label's ("Medically necessary: no.").
 */
export function answerTo(
  question: SentenceReading,
  tokens: Token[],
  lexicon: AssertionLexicon,
  at = 0,
): SentenceReading | undefined {
  const answer = new AnswerReader(lexicon, tokens).answerAt(at);
  return answer && ellipticalReading(question, answer, tokens);
}

/** Whether the words from `at` to the sentence's end are an elliptical answer: "No.", "Yes.", "Not at this time.". */
export function answersAt(tokens: Token[], at: number, lexicon: AssertionLexicon): boolean {
  return new AnswerReader(lexicon, tokens).answerAt(at) !== undefined;
}

/**
 * The reviewer's elliptical rejection, or acceptance, of the view `report` gives, read from the words at `at` to
 * the sentence's end, or undefined: "I do not.", "This reviewer disagrees.", "I cannot agree.", "I find otherwise."
 * and, after a report whose phrase no negation reaches, the answers a question takes ("It is not."). The finding is
 * the report's phrase with the reviewer's polarity, explicit when that phrase is.
 */
export function rejectionOf(
  report: SentenceReading,
  tokens: Token[],
  at: number,
  lexicon: AssertionLexicon,
): SentenceReading | undefined {
  const reader = new AnswerReader(lexicon, tokens);
  const from = reader.pastContrasts(at);
  const answer = reader.rejectionAt(from) ?? (report.negations.length === 0 ? reader.answerAt(from) : undefined);
  return answer && ellipticalReading(report, answer, tokens);
}

/** The phrase `phrase` asserted with the polarity of an answer that leaves it out, its span running to the answer's end. */
function ellipticalReading(phrase: SentenceReading, answer: Answer, tokens: Token[]): SentenceReading {
  const offsets = ([at, end]: [number, number]) => ({ from: tokens[at].from, to: tokens[end - 1].to });
  return {
    necessary: phrase.necessary !== answer.negative,
    explicit: phrase.explicit,
    status: 'asserted',
    decisionWords: false,
    wording: phrase.wording,
    target: offsets(answer.head),
    span: { from: phrase.target.from, to: tokens[tokens.length - 1].to },
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
    const match = this.lexicon.answers.longestAt(this.keys, at);
    if (!match) return undefined;
    const { form, polarity } = match.values[0];
    const next = at + match.length;
    const negative = polarity === 'negative';
    if (form === 'lead') return this.answerAt(next);
    if (form === 'word') return this.replyWord(at, next, negative);
    if (form === 'verbless')
      return this.endsAnswer(this.pastParticiple(this.pastFillers(next))) ? { negative, head: [at, next] } : undefined;
    return this.elidedPredicate(next);
  }

  /** Past the contrasts, coordinators and commas opening a clause: "But I disagree.", "…; however, I do not." */
  pastContrasts(at: number): number {
    let j = at;
    while (j < this.keys.length && (this.is('contrasts', j) || this.is('coordinators', j) || this.keys[j] === ',')) j++;
    return j;
  }

  /**
   * "I do not.", "This reviewer disagrees.", "I cannot agree.", "I find otherwise.": the reviewer as subject, then
   * only an elided verb group, a verb of agreement or disagreement with no object, or a verb of judging or thinking
   * and a contrary word, and an adjunct at most. A short qualifier may come first ("on this record I cannot").
   */
  rejectionAt(at: number): Answer | undefined {
    const from = this.pastQualifier(at);
    // "I agree", "I concur": the trigger holds its subject.
    const agreement = this.stanceAt(from);
    if (agreement) return agreement;
    const verb = this.reviewerSubjectEnd(from);
    if (verb === undefined) return undefined;
    return this.stanceAt(verb) ?? this.contraryAt(verb) ?? this.elidedPredicate(verb);
  }

  /** A verb of agreement or disagreement at `at` with nothing after it but an adjunct: "disagree", "cannot agree". */
  private stanceAt(at: number): Answer | undefined {
    const trigger = this.triggerAt(at);
    const stance = trigger?.entry.stance;
    if (!trigger || stance === undefined || !this.endsAnswer(trigger.end)) return undefined;
    return { negative: stance === 'disagrees', head: [at, trigger.end] };
  }

  /** "find otherwise", "think differently": a verb of judging or thinking, a contrary word, then an adjunct at most. */
  private contraryAt(at: number): Answer | undefined {
    const verb = this.is('judgingVerbs', at) || this.is('complementTakers', at);
    if (!verb || !this.is('contraryWords', at + 1) || !this.endsAnswer(at + 2)) return undefined;
    return { negative: true, head: [at, at + 2] };
  }

  /**
   * Where the reviewer's name as the subject opening at `at` ends: "I", "we", "this reviewer", "the undersigned";
   * "the reviewer" alone may be another one.
   */
  private reviewerSubjectEnd(at: number): number | undefined {
    let end = at;
    let self = false;
    while (this.is('definiteWords', end) || this.is('selfReferences', end) || this.is('reviewerNames', end)) {
      self ||= this.is('selfReferences', end);
      end++;
    }
    if (end === at || !this.is('reviewerNames', end - 1)) return undefined;
    return self || end - at === 1 ? end : undefined;
  }

  /** Past a short qualifier opening the clause before the reviewer's name ("on this record I cannot"), if one does. */
  private pastQualifier(at: number): number {
    if (!this.is('qualifierPrepositions', at)) return at;
    for (let j = at + 1; j < this.keys.length && j - at <= MAX_QUALIFIER; j++) {
      if (this.keys[j] === ',') return j + 1;
      if (this.reviewerSubjectEnd(j) !== undefined) return j;
      if (this.tokens[j].punct || this.is('finite', j)) break;
    }
    return at;
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

  /** Past a participle of showing or satisfying that ends a verbless answer, if one does: "Not met.", "Not supported.". */
  private pastParticiple(at: number): number {
    return this.is('regardVerbs', at) || this.is('satisfiedWords', at) ? at + 1 : at;
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
    const longest = this.lexicon.triggers.longestAt(this.keys, at);
    return longest && { entry: longest.values[0], end: at + longest.length };
  }

  private is(word: WordClass, at: number): boolean {
    return at < this.keys.length && this.lexicon.words[word].has(this.keys[at]);
  }
}
