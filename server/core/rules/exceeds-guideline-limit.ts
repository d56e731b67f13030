import type { DisputedItem, NumberRange, RequestedQuantity } from '../model/determination';
import type { Located } from '../model/span';
import type { KnowledgeBase, LimitPhase, TreatmentLimit } from '../knowledge/types';
import type { LetterEra } from '../knowledge/era';
import type { Report, Rule } from '../check/rule';
import { quotedTitle, rangeText } from '../letter/describe';
import { applicableLimits, guidelineFamily, guidelineName } from '../knowledge/item/applicable';
import { entryInForce } from '../knowledge';
import { familyById } from '../knowledge/families';
import { morphineEquivalentThresholds, opioidDosesInTitle } from '../knowledge/item/dose';

type Phase = 'trial' | 'total';

const WEEKS_PER_MONTH = 52 / 12;

interface Excess {
  what: string;
  requested: Located<number>;
  allowed: NumberRange;
}

export const exceedsGuidelineLimit: Rule = {
  id: 'exceeds-guideline-limit',
  defaultSeverity: 'warning',
  description: 'An Overturned item asks for more than the applicable guideline limit allows.',
  doc:
    'An Overturned item approves what its title requests. When that is more visits, a higher weekly frequency or ' +
    'a longer duration than the guideline allows for the phase the case is in (the initial trial, or the total ' +
    'with documented functional improvement), the approval goes beyond the guideline without saying why. Where ' +
    'the letter does not pin down which limit applies (region unknown, several conditions), the request is judged ' +
    'against the most permissive one, so every warning is defensible. An Overturned opioid whose morphine ' +
    'equivalent per day exceeds the threshold of the guideline in force for its care setting is reported too, ' +
    'as information while that threshold is not confirmed in public text. There is no automatic ' +
    'fix: either the decision or the approved quantity needs the reviewer.',
  tags: ['limits'],
  // An item the guideline does not recommend at all is one defect, not also a limit or criteria one.
  supersededBy: ['not-recommended-treatment'],
  check({ determination, knowledge, era, report }) {
    for (const item of determination.items) {
      if (item.decision?.value !== 'Overturned') continue;
      checkVisits(knowledge, era, item, report);
      checkOpioidDose(knowledge, era, item, report);
    }
  },
};

/** A cap its family counts per injury (the Labor Code's), not per request, does not judge one request. */
function countsPerRequest(knowledge: KnowledgeBase, limit: TreatmentLimit): boolean {
  const family = guidelineFamily(knowledge, limit.guideline);
  return !(family && familyById(knowledge, family)?.countsPerInjury);
}

function checkVisits(
  knowledge: KnowledgeBase,
  era: LetterEra,
  item: DisputedItem,
  report: (report: Report) => void,
): void {
  const limits = applicableLimits(knowledge, item, era).filter(
    (limit) => limit.recommended && countsPerRequest(knowledge, limit),
  );
  const phase: Phase = item.rationale?.documentsFunctionalImprovement ? 'total' : 'trial';
  const judged = limits.map((limit) => ({ limit, excess: excessOver(item.quantity, limit, phase) }));
  if (judged.length === 0 || judged.some(({ excess }) => excess.length === 0)) return;
  const { limit, excess } = judged.reduce((most, next) =>
    allowedVisits(next.limit, phase) > allowedVisits(most.limit, phase) ? next : most,
  );
  const guideline = guidelineName(knowledge, limit.guideline);
  const over = excess
    .map(({ what, requested, allowed }) => `${requested.value} ${what} (allowed: ${rangeText(allowed)})`)
    .join(', ');
  report({
    message:
      `The item ${quotedTitle(item)} is Overturned for ${over}, beyond the ${phaseName(limit, phase)} of ` +
      `${guideline} (${limit.source.section}${limit.condition ? `, ${limit.condition}` : ''}).`,
    span: excess[0].requested.span,
    item: item.index,
  });
}

function excessOver(quantity: RequestedQuantity, limit: TreatmentLimit, phase: Phase): Excess[] {
  const course = phaseCourse(limit, phase);
  const checks: Array<[string, Located<number> | undefined, NumberRange | undefined]> = [
    ['visits', quantity.visits, course?.visits],
    ['visits a week', quantity.perWeek, limit.perWeek],
    ['weeks', quantity.weeks, course && weeksOf(course)],
  ];
  return checks
    .filter(([, requested, allowed]) => requested && allowed && requested.value > allowed.max)
    .map(([what, requested, allowed]) => ({ what, requested: requested!, allowed: allowed! }));
}

/** The trial where the guideline has one (the total where functional improvement is documented); else the whole course. */
function phaseCourse(limit: TreatmentLimit, phase: Phase) {
  return phase === 'total' ? (limit.total ?? limit.trial) : (limit.trial ?? limit.total);
}

/** A course given in months ("1-2 months") is compared in weeks, rounded up in the request's favour. */
function weeksOf(course: LimitPhase): NumberRange | undefined {
  if (course.weeks || !course.months) return course.weeks;
  return { min: Math.floor(course.months.min * WEEKS_PER_MONTH), max: Math.ceil(course.months.max * WEEKS_PER_MONTH) };
}

function allowedVisits(limit: TreatmentLimit, phase: Phase): number {
  return phaseCourse(limit, phase)?.visits?.max ?? 0;
}

function phaseName(limit: TreatmentLimit, phase: Phase): string {
  if (phase === 'trial' && limit.trial) return 'initial trial (no functional improvement is documented)';
  if (phase === 'total' && limit.total && limit.trial) return 'total allowed with functional improvement';
  return 'course';
}

/**
 * Summed over every opioid the title names, each at the lower end of its sig's range ("q4-6h" is
 * 4 doses a day); judged against the most permissive threshold in force for the item's setting. A
 * threshold not confirmed in public text gives information, not a warning a reviewer could not defend.
 */
function checkOpioidDose(
  knowledge: KnowledgeBase,
  era: LetterEra,
  item: DisputedItem,
  report: (report: Report) => void,
): void {
  const doses = opioidDosesInTitle(knowledge, item.title.value);
  if (doses.length === 0 || doses.some((dose) => dose.perDay === undefined)) return;
  const total = doses.reduce<number>((sum, dose) => sum + (dose.perDay?.min ?? 0), 0);
  const opioids = doses.map((dose) => dose.drug);
  const thresholds = morphineEquivalentThresholds(knowledge, opioids).filter(
    (limit) => entryInForce(knowledge, limit, era) && fitsSetting(limit, item),
  );
  if (thresholds.length === 0) return;
  const most = thresholds.reduce((best, limit) =>
    limit.morphineEquivalentPerDay! > best.morphineEquivalentPerDay! ? limit : best,
  );
  if (total <= most.morphineEquivalentPerDay!) return;
  const guideline = guidelineName(knowledge, most.guideline);
  report({
    message:
      `The item ${quotedTitle(item)} is Overturned for about ${Math.round(total)} mg oral morphine equivalents a day, ` +
      `above the ${most.morphineEquivalentPerDay} mg threshold of ${guideline} (${most.source.section}).`,
    span: item.title.span,
    item: item.index,
    ...(most.confidence === 'verified' ? {} : { atMost: 'information' as const }),
  });
}

/** A threshold written for some care settings judges an item only when its setting is read and is one of them. */
function fitsSetting(limit: TreatmentLimit, item: DisputedItem): boolean {
  return !limit.settings || (item.setting !== undefined && limit.settings.includes(item.setting.value));
}
