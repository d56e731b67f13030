import type { Determination, DisputedItem } from '../model/determination';
import type { CriteriaEntry, DrugEntry, KnowledgeBase, NotRecommendedCondition } from '../knowledge/types';
import type { LetterEra } from '../knowledge/era';
import type { Rule } from '../check/rule';
import { quotedTitle } from '../letter/describe';
import { criteriaForItem, evidenceText } from '../knowledge/item/criteria';
import { drugsNamedIn, treatmentOfItem } from '../knowledge';
import { drugMentions } from '../knowledge';
import { applicableLimits, guidelineName, guidelineNameOnDate } from '../knowledge/item/applicable';
import { weeksOfUse } from '../knowledge/item/duration';

interface Against {
  guideline: string;
  topic: string;
  reason: string;
}

export const notRecommendedTreatment: Rule = {
  id: 'not-recommended-treatment',
  defaultSeverity: 'warning',
  description: 'An Overturned item is a treatment the applicable guideline does not recommend in that form or place.',
  doc:
    'Some treatments are not recommended in a given form or place: manipulation of the knee, ankle and foot, or ' +
    'forearm, wrist and hand; a compounded topical with at least one ingredient that is not recommended ' +
    '(gabapentin, baclofen, cyclobenzaprine applied topically …); carisoprodol; a muscle relaxant continued far ' +
    'past short-term use. An Overturned item of that kind approves what the guideline advises against, which the ' +
    'rationale must justify with better evidence (8 CCR 9792.25.1). The finding names the guideline and the ' +
    'reason. There is no automatic fix.',
  tags: ['criteria', 'limits'],
  check({ determination, knowledge, era, report }) {
    for (const item of determination.items) {
      if (item.decision?.value !== 'Overturned') continue;
      const against = byLimits(knowledge, era, item) ?? byCriteria(determination, knowledge, era, item);
      if (!against) continue;
      report({
        message:
          `The item ${quotedTitle(item)} is Overturned, but ${against.guideline} (${against.topic}) ` +
          `does not recommend it: ${against.reason}.`,
        // A compounded product is not recommended as a whole: the finding covers its title.
        span: (treatmentOfItem(knowledge, item).form ? undefined : item.treatment?.span) ?? item.title.span,
        item: item.index,
      });
    }
  },
};

/** A limit entry for the item's region that says "not recommended", with no entry for that region recommending it. */
function byLimits(knowledge: KnowledgeBase, era: LetterEra, item: DisputedItem): Against | undefined {
  const region = item.region?.value;
  if (!region) return undefined;
  const entries = applicableLimits(knowledge, item, era).filter((limit) => limit.regions?.includes(region));
  const against = entries.find((limit) => !limit.recommended);
  if (!against || entries.some((limit) => limit.recommended)) return undefined;
  return {
    guideline: guidelineName(knowledge, against.guideline),
    topic: against.source.section,
    reason: `${item.treatment?.value ?? 'this treatment'} is not recommended for the ${item.region?.value}`,
  };
}

function byCriteria(
  determination: Determination,
  knowledge: KnowledgeBase,
  era: LetterEra,
  item: DisputedItem,
): Against | undefined {
  const drugs = drugsNamedIn(knowledge, item.title.value);
  for (const entry of criteriaForItem(knowledge, item, era)) {
    for (const condition of entry.notRecommended ?? []) {
      const reason = conditionMet(knowledge, determination, item, entry, drugs, condition);
      if (reason)
        return { guideline: guidelineNameOnDate(knowledge, entry.guideline, era), topic: entry.topic, reason };
    }
  }
  return undefined;
}

function conditionMet(
  knowledge: KnowledgeBase,
  determination: Determination,
  item: DisputedItem,
  entry: CriteriaEntry,
  drugs: DrugEntry[],
  condition: NotRecommendedCondition,
): string | undefined {
  switch (condition.kind) {
    case 'region': {
      const region = item.region?.value;
      return region && condition.regions?.includes(region) ? condition.label : undefined;
    }
    case 'drug': {
      // The label names the drug ("carisoprodol (Soma)").
      return drugs.some((candidate) => condition.drugs?.includes(candidate.id)) ? condition.label : undefined;
    }
    case 'topical-ingredient': {
      // Only an item that is itself the topical (not an oral drug of the same class).
      const treatment = treatmentOfItem(knowledge, item).id;
      if (treatment === undefined || !(entry.appliesTo.treatments ?? []).includes(treatment)) return undefined;
      const against = drugMentions(knowledge, item.title.value).filter(
        (mention) => mention.drug.recommendedTopically === false,
      );
      if (against.length === 0) return undefined;
      const written = against.map(({ from, to, strength }) =>
        [item.title.value.slice(from, to), strength].filter(Boolean).join(' '),
      );
      return `${condition.label} (${written.join(', ')})`;
    }
    case 'duration': {
      const drug = drugs.find((candidate) => condition.drugClasses?.includes(candidate.drugClass));
      if (!drug || condition.weeks === undefined) return undefined;
      const weeks = weeksOfUse(evidenceText(determination, item), drug.names);
      if (weeks === undefined || weeks <= condition.weeks) return undefined;
      return `${condition.label} (${drug.name}, about ${Math.round(weeks)} weeks)`;
    }
  }
}
