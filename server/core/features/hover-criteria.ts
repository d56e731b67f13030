/**
 * Hover text for what an item title names beyond visit counts: a drug (its class, the guideline's
 * stance, the opioid dose in morphine equivalents) and the criteria the guideline asks a rationale
 * approving the item to show.
 */
import { drugMentions, limitsFor, type DrugMention } from '../knowledge';
import type { CriteriaEntry, DrugEntry, KnowledgeBase } from '../knowledge/types';
import type { Determination, DisputedItem } from '../model/determination';
import type { Span } from '../model/span';
import { criteriaForItem } from '../rules/support/criteria';
import { morphineEquivalentInTitle } from '../rules/support/dose';
import { guidelineById } from '../rules/support/knowledge';
import { textOf } from '../rules/support/text';
import { confidenceText, sourceText } from './guidance';

/** The drug named in the item's title at the offset, with where its name stands. */
export function drugAt(knowledge: KnowledgeBase, determination: Determination, item: DisputedItem, offset: number): { mention: DrugMention; span: Span } | undefined {
  const start = item.title.span.start;
  const mention = drugMentions(knowledge, textOf(determination, item.title.span)).find(
    (candidate) => start + candidate.from <= offset && offset <= start + candidate.to,
  );
  return mention && { mention, span: { start: start + mention.from, end: start + mention.to } };
}

export function drugHover(knowledge: KnowledgeBase, item: DisputedItem, drug: DrugEntry): string {
  const lines = [`**${drug.name}** (${drug.drugClass.replace(/-/g, ' ')})`, ''];
  if (drug.stance) lines.push(drug.stance, '');
  const source = drug.source ? `${sourceText(drug.source)} · ` : '';
  lines.push(`_${source}${confidenceText(drug.confidence)}_`);
  const dose = doseText(knowledge, item, drug);
  if (dose) lines.push('', dose);
  return [...lines, ...criteriaText(knowledge, item)].join('\n');
}

/** The title's daily dose in morphine equivalents against the thresholds of the guidelines. */
function doseText(knowledge: KnowledgeBase, item: DisputedItem, drug: DrugEntry): string | undefined {
  if (drug.morphineEquivalentFactor === undefined && !drug.morphineEquivalentSteps) return undefined;
  const perDay = morphineEquivalentInTitle(knowledge, drug, item.title.value);
  if (perDay === undefined) return 'The title gives no strength and frequency to compute the morphine equivalent dose from.';
  const thresholds = limitsFor(knowledge, drug.treatment).filter((limit) => limit.morphineEquivalentPerDay !== undefined);
  const against = thresholds.map(
    (limit) => `${guidelineById(knowledge, limit.guideline)?.name ?? limit.guideline}: ${limit.morphineEquivalentPerDay} mg`,
  );
  return `As requested: **${perDay} mg oral morphine equivalents per day**${against.length > 0 ? ` (thresholds: ${against.join('; ')})` : ''}.`;
}

/** The criteria entries governing the item, each with what the rationale should show. */
export function criteriaText(knowledge: KnowledgeBase, item: DisputedItem): string[] {
  return criteriaForItem(knowledge, item).flatMap((entry) => ['', ...criteriaBlock(knowledge, entry)]);
}

function criteriaBlock(knowledge: KnowledgeBase, entry: CriteriaEntry): string[] {
  const guideline = guidelineById(knowledge, entry.guideline)?.name ?? entry.guideline;
  return [
    `**Criteria: ${entry.topic}** (${guideline})`,
    ...entry.criteria.map((criterion) => `- ${criterion.label}`),
    `> ${entry.criteriaSentence}`,
    `_${confidenceText(entry.confidence)}_`,
  ];
}
