import { findPhrase } from '../phrase';
import { NUMBER_WORDS, numberWordsPattern } from '../number-words';

const UNIT_WEEKS: Record<string, number> = { day: 1 / 7, week: 1, month: 52 / 12, year: 52 };
/** "Several months" is read as three, the fewest it can mean. */
const SEVERAL = 3;
/**
 * "for 6 months", "for twelve weeks", "several years": a count and its unit. The spelled counts
 * are one to ten and twelve, in lower case.
 */
const DURATION = new RegExp(
  `\\b(\\d{1,3}|${numberWordsPattern((value) => value <= 10 || value === 12)}|several)\\s+(day|week|month|year)s?\\b`,
  'g',
);

/**
 * How long a drug has been taken, from a sentence that names it and a duration ("has taken
 * cyclobenzaprine for 6 months"). The longest duration found wins; undefined when none is written.
 */
export function weeksOfUse(text: string, drugNames: string[]): number | undefined {
  let longest: number | undefined;
  for (const sentence of text.split(/(?<=[.;])\s+/)) {
    if (!drugNames.some((name) => findPhrase(sentence, name) >= 0)) continue;
    for (const match of sentence.matchAll(DURATION)) {
      const count = match[1] === 'several' ? SEVERAL : (NUMBER_WORDS[match[1]] ?? Number(match[1]));
      const weeks = count * UNIT_WEEKS[match[2]];
      if (longest === undefined || weeks > longest) longest = weeks;
    }
  }
  return longest;
}
