import { findPhrase } from '../knowledge/phrase';
import type { TreatmentTerm } from '../knowledge/types';

/** What the letter's items are, for telling which words for a kind of treatment name one item alone. */
export interface ItemKind {
  /** The treatment the item's title names; undefined when it names none known. */
  treatment?: string;
  title: string;
}

/** The treatments' words for their kinds ("imaging" for an MRI) and how each is counted (a study, a drug). */
export interface KindVocabulary {
  hypernyms: ReadonlyMap<string, readonly string[]>;
  kinds: ReadonlyMap<string, TreatmentTerm['kind']>;
}

/**
 * For each item, the words for its treatment's kind ("imaging" for an MRI) that name it alone in
 * its letter: no other item's treatment is of that kind, and no other item's title holds the word
 * ("Imaging of the knee"). An item whose treatment is not known may be of any kind, so beside it no
 * word for a kind names one item alone; one whose treatment has no such words may be of any kind
 * counted as it is (a study beside a study).
 */
export function kindWordsOfItems(items: readonly ItemKind[], { hypernyms, kinds }: KindVocabulary): string[][] {
  if (items.some((item) => item.treatment === undefined)) return items.map(() => []);
  const wordsOf = (item: ItemKind) => hypernyms.get(item.treatment ?? '') ?? [];
  const mayBeOf = (other: ItemKind, item: ItemKind, word: string) =>
    wordsOf(other).length === 0
      ? kinds.get(other.treatment ?? '') === kinds.get(item.treatment ?? '')
      : wordsOf(other).includes(word);
  return items.map((item, index) =>
    wordsOf(item).filter((word) =>
      items.every(
        (other, at) =>
          at === index || !(mayBeOf(other, item, word) || findPhrase(other.title.toLowerCase(), word) >= 0),
      ),
    ),
  );
}
