import type { AssertionLexicon } from '../../knowledge/assertion-lexicon';
import { ellipsisAfter } from './gapping';
import { saidOfGrantedPart } from './granted-part';
import { hypotheticalAt } from './hypothesis';
import { aboutOtherItem, saidOfOtherItem } from './other-item';
import { read } from './phrase';
import { rejectionAfter, reportEndsSentence } from './rejection';
import { SentenceWords, type SentenceReading } from './words';
import type { Token } from './tokens';

/**
 * Reads every necessity phrase of one sentence: which negations reach it, whether a
 * condition or another party's view holds it, and whether it is a direct statement about
 * the request. NegEx/ConText in spirit: triggers, pseudo phrases, scopes that end at
 * terminators, and — because conclusions are predicates — the verb group around the phrase.
 */
export class SentenceReader {
  private readonly sentence: SentenceWords;

  constructor(
    lexicon: AssertionLexicon,
    tokens: Token[],
    titleKeys: ReadonlySet<string>,
    /** The keys of the visit counts the item requests ("6", "six"). */
    countKeys: ReadonlySet<string> = new Set(),
    /** The words for the item's kind that name it alone in its letter ("imaging"), as word keys. */
    kindNames: ReadonlyArray<readonly string[]> = [],
    /** The stems naming the letter's other items' treatments and none of this item's title ("omeprazole"). */
    otherItemKeys: ReadonlySet<string> = new Set(),
    /** Whether the sentence before is about another item of the letter (see `aboutOtherItem`), asked only when needed. */
    antecedentIsOtherItem: () => boolean = () => false,
  ) {
    this.sentence = new SentenceWords(
      lexicon,
      tokens,
      titleKeys,
      countKeys,
      kindNames,
      otherItemKeys,
      antecedentIsOtherItem,
    );
  }

  readings(): SentenceReading[] {
    const s = this.sentence;
    const readings: SentenceReading[] = [];
    for (const target of s.findTargets()) {
      // A phrase an earlier reading took as its predicate is part of it: "recommended" in "non-certification is recommended".
      const from = s.tokens[target.at].from;
      if (readings.some(({ span }) => span.from <= from && from <= span.to)) continue;
      const reading = read(s, target);
      if (!reading) continue;
      // "… and I do not find the omeprazole medically necessary, as explained under item 4" is item 4's finding, and
      // "The 45 certified tablets are …" the granted part's; an ellipsis after it may still be this item's ("The
      // naproxen is …, but the omeprazole was not." under item 4, "…; the remaining 45 are not.").
      if (!saidOfOtherItem(s, target) && !saidOfGrantedPart(s, target)) {
        // "The physician considers the MRI medically necessary; I do not.": the reviewer's finding follows the report.
        const rejection = rejectionAfter(s, target, reading);
        readings.push(reportEndsSentence(s, target, reading) ? { ...reading, openReport: true } : reading);
        if (rejection) readings.push(rejection);
      }
      const elided = ellipsisAfter(s, target, reading);
      if (elided) readings.push(elided);
    }
    return readings;
  }

  /** Whether the noun phrase whose head is the word at `at` ("request") is said hypothetically (see `hypotheticalAt`). */
  hypotheticalAt(at: number): boolean {
    return hypotheticalAt(this.sentence, at);
  }
}

/**
 * Whether the sentence of `tokens` is about another item of the letter (see `aboutOtherItem`); `before` tells
 * whether the sentence before it is, for a sentence whose subject is only a pronoun.
 */
export function sentenceAboutOtherItem(
  lexicon: AssertionLexicon,
  tokens: Token[],
  titleKeys: ReadonlySet<string>,
  otherItemKeys: ReadonlySet<string>,
  before: () => boolean,
): boolean {
  return aboutOtherItem(new SentenceWords(lexicon, tokens, titleKeys, new Set(), [], otherItemKeys), before);
}
