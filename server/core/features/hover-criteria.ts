/**
 * Hover text for what an item title names beyond visit counts: a drug (its class, the guideline's
 * stance, the opioid dose in morphine equivalents) and the criteria the guideline asks a rationale
 * approving the item to show.
 */
import { drugMentions, type DrugMention, type LetterEra } from '../knowledge';
import type { CriteriaEntry, DrugEntry, KnowledgeBase, TreatmentLimit } from '../knowledge/types';
import type { Determination, DisputedItem } from '../model/determination';
import type { Span } from '../model/span';
import { criteriaForItem } from '../knowledge/item/criteria';
import { morphineEquivalentInTitle, morphineEquivalentThresholds } from '../knowledge/item/dose';
import { guidelineName, guidelineNameOnDate } from '../knowledge/item/applicable';
import { textOf } from '../model/determination';
import { confidenceText, limitsByForce, sourceText } from './guidance';

/** The drug named in the item's title at the offset, with where its name stands. */
export function drugAt(
  knowledge: KnowledgeBase,
  determination: Determination,
  item: DisputedItem,
  offset: number,
): { mention: DrugMention; span: Span } | undefined {
  const start = item.title.span.start;
  const mention = drugMentions(knowledge, textOf(determination, item.title.span)).find(
    (candidate) => start + candidate.from <= offset && offset <= start + candidate.to,
  );
  return mention && { mention, span: { start: start + mention.from, end: start + mention.to } };
}

export function drugHover(knowledge: KnowledgeBase, item: DisputedItem, drug: DrugEntry, era: LetterEra): string {
  const lines = [`**${drug.name}** (${drug.drugClass.replace(/-/g, ' ')})`, ''];
  if (drug.stance) lines.push(drug.stance, '');
  const source = drug.source ? `${sourceText(drug.source)} · ` : '';
  lines.push(`_${source}${confidenceText(drug.confidence)}_`);
  const dose = doseText(knowledge, item, drug, era);
  if (dose) lines.push('', dose);
  return [...lines, ...criteriaText(knowledge, item, era)].join('\n');
}

/**
 * The title's daily dose in morphine equivalents against the guidelines' thresholds: those in force
 * on the letter's date, which the dose finding judges by, and the others, marked as not in force.
 */
function doseText(knowledge: KnowledgeBase, item: DisputedItem, drug: DrugEntry, era: LetterEra): string | undefined {
  if (drug.morphineEquivalentFactor === undefined && !drug.morphineEquivalentSteps) return undefined;
  const perDay = morphineEquivalentInTitle(knowledge, drug, item.title.value);
  if (perDay === undefined)
    return 'The title gives no strength and frequency to compute the morphine equivalent dose from.';
  const { inForce, notInForce } = limitsByForce(knowledge, morphineEquivalentThresholds(knowledge, [drug]), era);
  const lines = [`As requested: **${perDay} mg oral morphine equivalents per day**.`];
  if (inForce.length > 0)
    lines.push(
      `${era.date ? `Thresholds in force on ${era.date}` : 'Thresholds'}: ${thresholdsText(knowledge, inForce)}.`,
    );
  if (notInForce.length > 0) lines.push(`Not in force on ${era.date}: ${thresholdsText(knowledge, notInForce)}.`);
  return lines.join('\n\n');
}

function thresholdsText(knowledge: KnowledgeBase, thresholds: readonly TreatmentLimit[]): string {
  return thresholds
    .map((limit) => `${guidelineName(knowledge, limit.guideline)}: ${limit.morphineEquivalentPerDay} mg`)
    .join('; ');
}

/** The criteria entries governing the item, each with what the rationale should show, named as the rules name them. */
export function criteriaText(knowledge: KnowledgeBase, item: DisputedItem, era: LetterEra): string[] {
  return criteriaForItem(knowledge, item, era).flatMap((entry) => ['', ...criteriaBlock(knowledge, entry, era)]);
}

/** The guideline named is the edition in force on the letter's date, as in the criteria finding. */
function criteriaBlock(knowledge: KnowledgeBase, entry: CriteriaEntry, era: LetterEra): string[] {
  return [
    `**Criteria: ${entry.topic}** (${guidelineNameOnDate(knowledge, entry.guideline, era)})`,
    ...entry.criteria.map((criterion) => `- ${criterion.label}`),
    `> ${entry.criteriaSentence}`,
    `_${confidenceText(entry.confidence)}_`,
  ];
}
