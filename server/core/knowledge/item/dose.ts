import type { DrugEntry, KnowledgeBase, TreatmentLimit } from '../types';
import { treatmentLimits, morphineEquivalentPerDay } from '../index';

/** Doses per day from the usual sig abbreviations and phrases. */
const PER_DAY: Array<[RegExp, (match: RegExpExecArray) => number]> = [
  [/\bq\s?(\d{1,2})\s?h(?:rs?|ours?)?\b/i, (match) => 24 / Number(match[1])],
  [/\bevery (\d{1,2}) hours?\b/i, (match) => 24 / Number(match[1])],
  [/\b(\d) times (?:a|per) day\b/i, (match) => Number(match[1])],
  [/\bqid\b|\bfour times (?:a|per) day\b/i, () => 4],
  [/\btid\b|\bthree times (?:a|per) day\b/i, () => 3],
  [/\bbid\b|\btwice (?:a|per) day\b|\btwice daily\b/i, () => 2],
  [/\b(?:qd|once daily|daily|once a day|qhs|at bedtime)\b/i, () => 1],
];

/**
 * Oral morphine equivalents per day for one opioid in an item title, from its strength (the first
 * figure of "10/325 mg", or a patch's mcg/h) and doses per day, by the knowledge base's conversion.
 * Undefined when the title lacks the strength or (for tablets) the frequency.
 */
export function morphineEquivalentInTitle(
  knowledge: KnowledgeBase,
  drug: DrugEntry,
  title: string,
): number | undefined {
  const strength = /(\d+(?:\.\d+)?)(?:\s*\/\s*\d+(?:\.\d+)?)?\s*(?:mg|mcg)/i.exec(title);
  if (!strength) return undefined;
  const doses = drug.doseUnit === 'mcg/h' ? 1 : dosesPerDay(title);
  return doses === undefined ? undefined : morphineEquivalentPerDay(knowledge, drug, Number(strength[1]), doses);
}

/** The daily-dose thresholds (mg morphine equivalents) for the opioids' treatments, of every era, each once. */
export function morphineEquivalentThresholds(
  knowledge: KnowledgeBase,
  opioids: readonly DrugEntry[],
): TreatmentLimit[] {
  const treatments = new Set(opioids.map((drug) => drug.treatment));
  const limits = [...treatments].flatMap((treatment) => treatmentLimits(knowledge, treatment));
  return limits.filter((limit) => limit.morphineEquivalentPerDay !== undefined);
}

function dosesPerDay(title: string): number | undefined {
  for (const [pattern, doses] of PER_DAY) {
    const match = pattern.exec(title);
    if (match) return doses(match);
  }
  return undefined;
}
