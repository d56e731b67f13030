import type { DrugEntry, KnowledgeBase, TreatmentLimit } from '../types';
import { drugMentions, treatmentLimits, morphineEquivalentPerDay } from '../index';
import { readSig, type CountRange, type Sig } from './sig';

/** An opioid an item title names, with the sig written after its name and the daily dose it gives. */
export interface OpioidDose {
  drug: DrugEntry;
  sig: Sig;
  /** Oral morphine equivalents per day, a range where the sig gives one ("q4-6h"); absent when the sig falls short. */
  perDay?: CountRange;
}

function isOpioid(drug: DrugEntry): boolean {
  return drug.morphineEquivalentFactor !== undefined || drug.morphineEquivalentSteps !== undefined;
}

/**
 * Each opioid the title names, once, with its sig: the words after its name up to the next drug's
 * name ("Norco 10/325 mg 1 tab q6h and Soma 350 mg tid" gives Norco "10/325 mg 1 tab q6h and"),
 * so one drug's strength is never read as another's. A drug named twice ("Norco (hydrocodone)
 * 10/325") takes the sig of the mention that writes a strength.
 */
export function opioidDosesInTitle(knowledge: KnowledgeBase, title: string): OpioidDose[] {
  const mentions = drugMentions(knowledge, title);
  const doses = new Map<DrugEntry, OpioidDose>();
  mentions.forEach((mention, index) => {
    if (!isOpioid(mention.drug) || doses.get(mention.drug)?.sig.strength) return;
    const sig = readSig(title.slice(mention.to, mentions[index + 1]?.from ?? title.length));
    doses.set(mention.drug, { drug: mention.drug, sig, perDay: dosePerDay(knowledge, mention.drug, sig) });
  });
  return [...doses.values()];
}

/**
 * Strength × tablets per take × takes per day, by the knowledge base's conversion; a patch
 * (`mcg/h`) needs its rate alone. A strength in a unit the drug is not dosed in is not converted.
 */
function dosePerDay(knowledge: KnowledgeBase, drug: DrugEntry, sig: Sig): CountRange | undefined {
  const strength = sig.strength?.value;
  const patch = drug.doseUnit === 'mcg/h';
  if (!strength || (strength.unit === 'mcg') !== patch) return undefined;
  const perDay = patch ? { min: 1, max: 1 } : sig.perDay?.value;
  if (!perDay) return undefined;
  const takes = sig.takes?.value ?? { min: 1, max: 1 };
  const min = morphineEquivalentPerDay(knowledge, drug, strength.amount, perDay.min * takes.min);
  const max = morphineEquivalentPerDay(knowledge, drug, strength.amount, perDay.max * takes.max);
  return min === undefined || max === undefined ? undefined : { min, max };
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
