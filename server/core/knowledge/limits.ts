import type { CriteriaEntry, CriteriaScope, KnowledgeBase, TreatmentLimit } from './types';
import { findPhrase, normalizeText } from './phrase';

/**
 * The limits for a treatment. With a region: those for that region and those without one
 * (a region-less limit applies everywhere); without a region: all of the treatment's limits.
 */
export function treatmentLimits(kb: KnowledgeBase, treatment: string, region?: string): TreatmentLimit[] {
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
  /** The item title, for entries that apply only to some titles ("repeat MRI"). */
  title?: string;
}

/**
 * Criteria entries that govern the subject: any treatment, class or drug match, within their
 * regions, with their title words. An entry qualified by title words replaces the unqualified
 * entries of its treatments (a repeat MRI is judged by the repeat criteria, not the first MRI's).
 */
export function criteriaFor(kb: KnowledgeBase, subject: CriteriaSubject): CriteriaEntry[] {
  const title = subject.title === undefined ? undefined : normalizeText(subject.title);
  const matching = kb.criteria.filter(({ appliesTo }) => {
    const named =
      (subject.treatment !== undefined && appliesTo.treatments?.includes(subject.treatment)) ||
      (subject.drugClass !== undefined && appliesTo.drugClasses?.includes(subject.drugClass)) ||
      (subject.drug !== undefined && appliesTo.drugs?.includes(subject.drug));
    const inRegion = !appliesTo.regions || !subject.region || appliesTo.regions.includes(subject.region);
    return Boolean(named) && inRegion && titleQualifies(appliesTo, title);
  });
  const replaced = new Set(
    matching.filter(({ appliesTo }) => appliesTo.titleWords).flatMap(({ appliesTo }) => appliesTo.treatments ?? []),
  );
  return matching.filter(
    ({ appliesTo }) => appliesTo.titleWords || !appliesTo.treatments?.some((id) => replaced.has(id)),
  );
}

function titleQualifies(scope: CriteriaScope, title: string | undefined): boolean {
  if (!scope.titleWords) return true;
  return title !== undefined && scope.titleWords.some((word) => findPhrase(title, word) >= 0);
}
