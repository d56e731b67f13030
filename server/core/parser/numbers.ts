const WORDS: Record<string, number> = {
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
  twenty: 20,
  'twenty-four': 24,
  once: 1,
  twice: 2,
  thrice: 3,
};

/** The regular-expression alternative for a count written in digits or words. */
export const COUNT =
  '(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty-four|twenty)';

/** Reads "8", "Six", "twice" as a number; undefined for anything else. */
export function readCount(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,4}$/.test(lower)) return Number(lower);
  return WORDS[lower];
}
