import type { AssertionLexicon, TargetEntry } from '../../knowledge/assertion-lexicon';
import { ellipsisAfter } from './gapping';
import { saidOfGrantedPart } from './granted-part';
import { saidOfEarlierCare } from './history';
import { hypotheticalAt, inConditionClause } from './hypothesis';
import { readLabel } from './label';
import { inDefinition, saidOfAnyTreatment } from './law';
import { aboutOtherItem, saidOfOtherItem } from './other-item';
import { read } from './phrase';
import { rejectionAfter, reportEndsSentence } from './rejection';
import { type Hit, SentenceWords, type SentenceReading } from './words';
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
    const targets = s.findTargets();
    for (const target of targets) {
      // A phrase an earlier reading took as its predicate is part of it: "recommended" in "non-certification is recommended".
      const from = s.tokens[target.at].from;
      if (readings.some(({ span }) => span.from <= from && from <= span.to)) continue;
      const phrase = read(s, target);
      if (!phrase) continue;
      // "Medically necessary: no.": the label asks, and the reply after its colon is the finding.
      const found = readLabel(s, target, phrase);
      if (!found) continue;
      if (!saidOfAnotherThing(s, target)) {
        const reading = asRule(s, targets, target, found);
        // "The physician considers the MRI medically necessary; I do not.": the reviewer's finding follows the report.
        const rejection = rejectionAfter(s, target, reading);
        readings.push(reportEndsSentence(s, target, reading) ? { ...reading, openReport: true } : reading);
        if (rejection) readings.push(rejection);
      }
      // An ellipsis after it may still be this item's ("The naproxen is …, but the omeprazole was not." under item 4,
      // "…; the remaining 45 are not."), also after a rule ("… only if it is reasonably required, and it is not.").
      const elided = ellipsisAfter(s, target, found);
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
 * Whether the phrase is said of something else than this request: another item ("… and I do not find the omeprazole
 * medically necessary, as explained under item 4"), the part already granted ("The 45 certified tablets are …"),
 * the wording's meaning ("Medically necessary means …") or earlier care ("The prior 12 visits were certified as …").
 */
function saidOfAnotherThing(s: SentenceWords, target: Hit<TargetEntry>): boolean {
  return (
    saidOfOtherItem(s, target) ||
    saidOfGrantedPart(s, target) ||
    inDefinition(s, target.at) ||
    saidOfEarlierCare(s, target)
  );
}

/**
 * A finding said of any treatment, or in the clause a rule's condition opens, is the rule's, no finding: "A treatment
 * is medically necessary only if it is reasonably required to cure or relieve …". `targets` are the sentence's phrases.
 */
function asRule(
  s: SentenceWords,
  targets: ReadonlyArray<Hit<TargetEntry>>,
  target: Hit<TargetEntry>,
  reading: SentenceReading,
): SentenceReading {
  const rule =
    reading.status === 'asserted' && (saidOfAnyTreatment(s, target.at) || inConditionClause(s, targets, target.at));
  return rule ? { ...reading, status: 'conditional', decisionWords: false } : reading;
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
