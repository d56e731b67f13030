/**
 * The numbers letters write in words ("six sessions", "for twelve months"), kept once for the
 * parser, the letter's fact readers and the item questions (the lowest layer all of them import).
 * Lower case; "twenty-four" before "twenty" so that an alternation of the words tries it first.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  'twenty-four': 24,
  twenty: 20,
};

/** How many times, in one word: "twice weekly". */
const TIMES_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/** The words of each count, in the order `NUMBER_WORDS` has them: looked up for every item's rationale. */
const WORDS_OF_COUNT = new Map<number, string[]>();
for (const [word, value] of Object.entries(NUMBER_WORDS))
  WORDS_OF_COUNT.set(value, [...(WORDS_OF_COUNT.get(value) ?? []), word]);

/** A count as letters write it: its digits and its words ("6", "six"). */
export function countWords(count: number): string[] {
  return [String(count), ...(WORDS_OF_COUNT.get(count) ?? [])];
}

/** The number words whose value passes `keep`, as a regular-expression alternation (no group). */
export function numberWordsPattern(keep: (value: number) => boolean = () => true): string {
  return Object.keys(NUMBER_WORDS)
    .filter((word) => keep(NUMBER_WORDS[word]))
    .join('|');
}

/** The regular-expression alternative for a count written in digits or words. */
export const COUNT = `(?:\\d{1,4}|${numberWordsPattern()})`;

/** Reads "8", "Six", "twice" as a number; undefined for anything else. */
export function readCount(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,4}$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? TIMES_WORDS[lower];
}
