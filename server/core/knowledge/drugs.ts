import type { DrugEntry, KnowledgeBase } from './types';
import { findPhrase, normalizeText } from './phrase';

/**
 * The drug a name or title names: an exact generic or brand name, else the drug whose name
 * occurs in the text, the longest name winning ("lidocaine patch" over "lidocaine").
 */
export function drugByName(kb: KnowledgeBase, name: string): DrugEntry | undefined {
  const text = normalizeText(name);
  const exact = kb.drugs.find((drug) => drug.names.includes(text));
  if (exact) return exact;
  let best: DrugEntry | undefined;
  let bestLength = 0;
  for (const drug of kb.drugs) {
    for (const drugName of drug.names) {
      if (drugName.length > bestLength && findPhrase(text, drugName) >= 0) {
        best = drug;
        bestLength = drugName.length;
      }
    }
  }
  return best;
}

/**
 * Oral morphine milligram equivalents per day: strength × doses per day × the drug's factor
 * (a dose-dependent factor for methadone). For a patch (`mcg/h`) the factor applies to the
 * strength alone. Undefined when the drug is unknown or has no conversion factor.
 */
export function morphineEquivalentPerDay(
  kb: KnowledgeBase,
  drug: string | DrugEntry,
  strengthMg: number,
  dosesPerDay: number,
): number | undefined {
  const entry = typeof drug === 'string' ? drugByName(kb, drug) : drug;
  if (!entry || !(strengthMg > 0)) return undefined;
  if (entry.doseUnit === 'mcg/h') return roundMme(strengthMg * (entry.morphineEquivalentFactor ?? Number.NaN));
  if (!(dosesPerDay > 0)) return undefined;
  const daily = strengthMg * dosesPerDay;
  const factor = entry.morphineEquivalentSteps
    ? entry.morphineEquivalentSteps.find((step) => step.upToMgPerDay === undefined || daily <= step.upToMgPerDay)?.factor
    : entry.morphineEquivalentFactor;
  return factor === undefined ? undefined : roundMme(daily * factor);
}

/** Two decimals, so 0.15 × 30 × 4 reads 18, not 18.000000000000004; NaN becomes undefined. */
function roundMme(value: number): number | undefined {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}
