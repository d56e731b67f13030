import { LineIndex } from '../../../server/core/model/line-index';
import { letterLines } from '../../../server/core/parser/lines';
import { pageFurniture } from '../../../server/core/parser/page-furniture';

/** What the answer key says of an item, as far as these measures read it. */
export interface KeyedItem {
  /** The reviewer's conclusion sentence, or the part of it that concludes, as the letter writes it. */
  conclusionPhrase: string;
}

/** What `imr-lint --items` reports of an item, as far as these measures read it. */
export interface ReadItem {
  conclusion?: { text: string } | null;
}

/** A misreading or a fault of the key, keyed as test/corpus/known-misreadings.json lists them. */
export interface Problem {
  key: string;
  text: string;
}

/**
 * A letter as its answer key's phrases and the reader's sentences are compared with it: the running page
 * headers and footers the parser finds taken out (a sentence read across a page break holds one), words
 * broken by a hyphen joined and the hyphen dropped (across a line end or not), white space folded, case and
 * the typographic quotes set aside. Both sides are made comparable the same way.
 */
export class ComparableLetter {
  /** The letter's page furniture, white space folded, as it stands inside a sentence read. */
  private readonly furniture: string[];
  readonly text: string;

  constructor(letter: string) {
    const spans = pageFurniture(letterLines(letter, new LineIndex(letter)));
    this.furniture = [...new Set(spans.map((span) => folded(letter.slice(span.start, span.end))))];
    this.text = this.comparable(letter);
  }

  comparable(text: string): string {
    let plain = folded(text);
    for (const furniture of this.furniture) plain = plain.split(furniture).join(' ');
    return folded(plain)
      .replace(/(\p{L})-\s*(\p{L})/gu, '$1$2')
      .replace(/[\u2018\u2019\u201a\u201b`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
      .toLowerCase();
  }

  /** Whether the letter holds the key's phrase (or the key measures nothing). */
  holds(phrase: string): boolean {
    return this.text.includes(this.comparable(phrase));
  }

  /**
   * Whether the sentence read is the one the key's phrase stands in; a phrase that runs over several sentences
   * stands in each: the sentence read ends with its first, is one in the middle, or begins with its last.
   */
  readFrom(sentence: string, phrase: string): boolean {
    const read = this.comparable(sentence);
    const key = this.comparable(phrase);
    if (read.includes(key)) return true;
    const parts = key.split(/(?<=[.!?])\s+/);
    return (
      parts.length > 1 &&
      (read.endsWith(parts[0]) || parts.slice(1, -1).includes(read) || read.startsWith(parts[parts.length - 1]))
    );
  }
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each key phrase its letter does not hold: the scores on that item would measure the key. */
export function keyProblems(answers: Record<string, KeyedItem[]>, letters: Map<string, ComparableLetter>): string[] {
  return Object.entries(answers).flatMap(([file, expected]) =>
    expected.flatMap((e, i) =>
      letters.get(file)?.holds(e.conclusionPhrase)
        ? []
        : [`KEY ${file} item ${i + 1}: conclusionPhrase not in the letter`],
    ),
  );
}

/**
 * The measure "conclusion sentence read": the items whose conclusion was read from the sentence holding the
 * key's phrase, and a problem (kind `sentence`) for each other item with a conclusion read; one read with the
 * right polarity from another sentence is right by chance. An item with no conclusion is the conclusion
 * measure's problem, not this one's.
 */
export function sentencesRead(
  answers: Record<string, KeyedItem[]>,
  letters: Map<string, ComparableLetter>,
  reports: Map<string, { items?: ReadItem[] }>,
): { read: number; items: number; problems: Problem[] } {
  let read = 0;
  let items = 0;
  const problems: Problem[] = [];
  for (const [file, expected] of Object.entries(answers)) {
    const got = reports.get(file)?.items ?? [];
    expected.forEach((e, i) => {
      items++;
      const sentence = got[i]?.conclusion?.text;
      if (sentence === undefined) return;
      if (letters.get(file)?.readFrom(sentence, e.conclusionPhrase)) read++;
      else
        problems.push({
          key: `sentence ${file} item ${i + 1}`,
          text: `${file} item ${i + 1}: conclusion read from "${sentence}", the key's phrase is "${e.conclusionPhrase}"`,
        });
    });
  }
  return { read, items, problems };
}
