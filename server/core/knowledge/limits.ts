import type { KnowledgeBase, TreatmentLimit } from './types';

/**
 * The limits for a treatment. With a region: those for that region and those without one
 * (a region-less limit applies everywhere); without a region: all of the treatment's limits.
 */
export function treatmentLimits(kb: KnowledgeBase, treatment: string, region?: string): TreatmentLimit[] {
  return kb.limits.filter(
    (limit) => limit.treatment === treatment && (!region || !limit.regions || limit.regions.includes(region)),
  );
}
