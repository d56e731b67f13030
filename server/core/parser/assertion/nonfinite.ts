import { SentenceWords } from './words';

/**
 * A verdict inside a nonfinite clause that opens its clause: "To call the MRI medically necessary at two weeks
 * would be to ignore the guideline", "Calling the MRI medically necessary …", "To certify the MRI as medically
 * necessary now would be premature", "To be medically necessary, the MRI would need …". The sentence speaks about
 * the clause (its subject, or a purpose or condition put first); the verdict in it is weighed, not found.
 */

/** The infinitive's marker: "to" before a verb's base form. */
const INFINITIVE = 'to';
/** The -ing form of a verb, as a word key ("calling" folds to "caling"). */
const GERUND = 'ing';

/**
 * Whether the phrase at `at` stands in a nonfinite clause opening its clause, before any finite verb: "to" and a
 * judging verb or a copula ("To call …", "To be …"), or a judging verb's -ing form ("Calling …", "Finding …").
 * The clause opens the sentence or follows a punctuation mark, and a coordinator may come first ("…, and to call
 * it …"). Such a clause after its verb ("It
 * would be premature to call the MRI …") and a finding after a comma ("Considering the findings, medical
 * necessity is …") are read as before.
 */
export function inNonfiniteOpening(s: SentenceWords, at: number): boolean {
  let start = s.clauseStartOf(at);
  // Inside a relative clause ("no basis on which to find the MRI …") the infinitive opens no clause of the sentence.
  if (start > 0 && !s.tokens[start - 1].punct) return false;
  while (start < at && s.is('coordinators', start)) start++;
  const verb = nonfiniteVerbAt(s, start);
  if (verb === undefined || verb > at) return false;
  for (let j = verb + 1; j < at; j++) if (s.is('finite', j)) return false;
  return true;
}

/** The verb of a nonfinite clause opening at `start`: the word after "to", or the -ing form itself. */
function nonfiniteVerbAt(s: SentenceWords, start: number): number | undefined {
  if (s.keys[start] === INFINITIVE)
    return s.is('judgingVerbs', start + 1) || s.is('copulas', start + 1) ? start + 1 : undefined;
  return isGerundOfJudging(s, s.keys[start] ?? '') ? start : undefined;
}

/** Whether a word key is the -ing form of a judging verb: "calling", "finding", "judging" (judge), "certifying". */
function isGerundOfJudging(s: SentenceWords, key: string): boolean {
  if (!key.endsWith(GERUND)) return false;
  const base = key.slice(0, -GERUND.length);
  const { judgingVerbs } = s.lexicon.words;
  return judgingVerbs.has(base) || judgingVerbs.has(`${base}e`);
}
