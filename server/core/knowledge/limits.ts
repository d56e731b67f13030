import type { CriteriaEntry, KnowledgeBase, TreatmentLimit } from './types';

/**
 * The limits for a treatment. With a region: those for that region and those without one
 * (a region-less limit applies everywhere); without a region: all of the treatment's limits.
 */
export function limitsFor(kb: KnowledgeBase, treatment: string, region?: string): TreatmentLimit[] {
  return kb.limits.filter(
    (limit) => limit.treatment === treatment && (!region || !limit.regions || limit.regions.includes(region)),
  );
}

/** What an item is, for finding the criteria that govern it. */
export interface CriteriaSubject {
  treatment?: string;
  drug?: string;
  drugClass?: string;
  region?: string;
}

/** Criteria entries that govern the subject: any treatment, class or drug match, within their regions. */
export function criteriaFor(kb: KnowledgeBase, subject: CriteriaSubject): CriteriaEntry[] {
  return kb.criteria.filter(({ appliesTo }) => {
    const named =
      (subject.treatment !== undefined && appliesTo.treatments?.includes(subject.treatment)) ||
      (subject.drugClass !== undefined && appliesTo.drugClasses?.includes(subject.drugClass)) ||
      (subject.drug !== undefined && appliesTo.drugs?.includes(subject.drug));
    const inRegion = !appliesTo.regions || !subject.region || appliesTo.regions.includes(subject.region);
    return Boolean(named) && inRegion;
  });
}
