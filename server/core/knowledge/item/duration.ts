import { findPhrase } from '../phrase';

const UNIT_WEEKS: Record<string, number> = { day: 1 / 7, week: 1, month: 52 / 12, year: 52 };
const SPELLED: Record<string, number> = {
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
  twelve: 12,
  several: 3,
};
const DURATION =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+(day|week|month|year)s?\b/g;

/**
 * How long a drug has been taken, from a sentence that names it and a duration ("has taken
 * cyclobenzaprine for 6 months"). The longest duration found wins; undefined when none is written.
 */
export function weeksOfUse(text: string, drugNames: string[]): number | undefined {
  let longest: number | undefined;
  for (const sentence of text.split(/(?<=[.;])\s+/)) {
    if (!drugNames.some((name) => findPhrase(sentence, name) >= 0)) continue;
    for (const match of sentence.matchAll(DURATION)) {
      const count = SPELLED[match[1]] ?? Number(match[1]);
      const weeks = count * UNIT_WEEKS[match[2]];
      if (longest === undefined || weeks > longest) longest = weeks;
    }
  }
  return longest;
}
