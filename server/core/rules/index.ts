import type { Rule } from '../check/rule';
import { missingSection } from './missing-section';
import { missingCredentials } from './missing-credentials';
import { missingDecision } from './missing-decision';
import { missingCitation } from './missing-citation';
import { missingRationale } from './missing-rationale';
import { unfilledPlaceholder } from './unfilled-placeholder';
import { decisionContradictsRationale } from './decision-contradicts-rationale';
import { missingConclusion } from './missing-conclusion';
import { exceedsGuidelineLimit } from './exceeds-guideline-limit';
import { guidelineLimitMisquoted } from './guideline-limit-misquoted';
import { notRecommendedTreatment } from './not-recommended-treatment';
import { criteriaNotShown } from './criteria-not-shown';
import { citationPageMismatch } from './citation-page-mismatch';
import { citationEraMismatch } from './citation-era-mismatch';
import { citationFormat } from './citation-format';
import { citationChapterMismatch } from './citation-chapter-mismatch';
import { dateOrder } from './date-order';
import { inconsistentFact } from './inconsistent-fact';
import { malformedDate } from './malformed-date';
import { phi } from './phi';
import { citationMislabel } from './citation-mislabel';
import { unknownGuideline } from './unknown-guideline';

/**
 * Every rule, in the order their findings are documented: the letter's structure first
 * (sections, credentials, each item's parts, placeholders left unfilled), then the decision against its rationale, then the
 * guideline knowledge (limits, criteria, citations), then dates, privacy and citation hygiene.
 * One module per rule, named by its id.
 */
export const allRules: readonly Rule[] = [
  missingSection,
  missingCredentials,
  missingDecision,
  missingCitation,
  missingRationale,
  unfilledPlaceholder,
  decisionContradictsRationale,
  missingConclusion,
  exceedsGuidelineLimit,
  guidelineLimitMisquoted,
  notRecommendedTreatment,
  criteriaNotShown,
  citationPageMismatch,
  citationEraMismatch,
  citationFormat,
  citationChapterMismatch,
  dateOrder,
  malformedDate,
  inconsistentFact,
  phi,
  citationMislabel,
  unknownGuideline,
];
