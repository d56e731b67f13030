/**
 * Hover text for what an item title names beyond visit counts: a drug (its class, the guideline's
 * stance, the opioid dose in morphine equivalents) and the criteria the guideline asks a rationale
 * approving the item to show.
 */
import { drugListEntry, drugMentions, writtenEditionInForce, type DrugMention, type LetterEra } from '../knowledge';
import type { CriteriaEntry, DrugEntry, KnowledgeBase, TreatmentLimit } from '../knowledge/types';
import type { Determination, DisputedItem } from '../model/determination';
import type { Span } from '../model/span';
import { criteriaForItem } from '../knowledge/item/criteria';
import { morphineEquivalentThresholds, opioidDosesInTitle } from '../knowledge/item/dose';
import type { Sig } from '../knowledge/item/sig';
import { guidelineName, guidelineNameOnDate } from '../knowledge/item/applicable';
import { textOf } from '../model/determination';
import { rangeText } from '../letter/describe';
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
  lines.push(`_${editionText(knowledge, drug)}${source}${confidenceText(drug.confidence)}_`);
  const superseded = supersededText(knowledge, drug, era);
  if (superseded) lines.push('', superseded);
  lines.push('', drugListText(knowledge, drug, era));
  const dose = doseText(knowledge, item, drug, era);
  if (dose) lines.push('', dose);
  return [...lines, ...criteriaText(knowledge, item, era)].join('\n');
}

function editionText(knowledge: KnowledgeBase, drug: DrugEntry): string {
  return drug.guideline ? `${guidelineName(knowledge, drug.guideline)} · ` : '';
}

/** A stance written from an edition no longer in force on the letter's date is not today's guideline text. */
function supersededText(knowledge: KnowledgeBase, drug: DrugEntry, era: LetterEra): string | undefined {
  const guideline = drug.guideline;
  if (!guideline || !era.date || writtenEditionInForce(knowledge, { guideline }, era)) return undefined;
  return (
    `This description is from the ${guidelineName(knowledge, guideline)}, which was not in force on ${era.date}; ` +
    'check the guideline in force then.'
  );
}

const DRUG_LIST_STATUS = { exempt: 'Exempt', 'non-exempt': 'Non-Exempt' } as const;

/**
 * The drug's MTUS Drug List status with the list version it was read from, or plainly that we do
 * not know it. The list is updated by order several times a year, so a status is never presented
 * as the one in force on a later date.
 */
function drugListText(knowledge: KnowledgeBase, drug: DrugEntry, era: LetterEra): string {
  const entry = drugListEntry(knowledge, drug.id);
  if (!entry?.list || entry.status === 'not-confirmed')
    return 'MTUS Drug List status: not confirmed in our data — check the current list.';
  const { version, effective } = entry.list;
  const status =
    `MTUS Drug List (8 CCR 9792.27.15): **${DRUG_LIST_STATUS[entry.status]}** on list ${version}, effective ` +
    `${effective} (${confidenceText(entry.confidence)}).`;
  if (!era.date) return status;
  if (era.date < effective) return `${status} The list postdates this letter (${era.date}).`;
  return `${status} Later updates may change it: check the list in force on ${era.date}.`;
}

/**
 * The title's daily dose in morphine equivalents against the guidelines' thresholds: those in force
 * on the letter's date, which the dose finding judges by, and the others, marked as not in force.
 * Where the sig falls short, it says what the title gives and what is missing.
 */
function doseText(knowledge: KnowledgeBase, item: DisputedItem, drug: DrugEntry, era: LetterEra): string | undefined {
  const dose = opioidDosesInTitle(knowledge, item.title.value).find((candidate) => candidate.drug === drug);
  if (!dose) return undefined;
  if (!dose.perDay) return missingDoseText(dose.sig, drug);
  const { inForce, notInForce } = limitsByForce(knowledge, morphineEquivalentThresholds(knowledge, [drug]), era);
  const lines = [
    `As requested: **${rangeText(dose.perDay)} mg oral morphine equivalents per day**${readFrom(dose.sig)}.`,
  ];
  if (dose.perDay.min !== dose.perDay.max) lines.push('The dose finding judges by the lower figure.');
  if (inForce.length > 0)
    lines.push(
      `${era.date ? `Thresholds in force on ${era.date}` : 'Thresholds'}: ${thresholdsText(knowledge, inForce)}.`,
    );
  if (notInForce.length > 0) lines.push(`Not in force on ${era.date}: ${thresholdsText(knowledge, notInForce)}.`);
  return lines.join('\n\n');
}

/** The sig's words the dose was computed from: "(read from "10/325 mg", "1 tab po", "q6h")". */
function readFrom(sig: Sig): string {
  const parts = [sig.strength, sig.takes, sig.perDay].flatMap((part) => (part ? [`"${part.text}"`] : []));
  return parts.length > 0 ? ` (read from ${parts.join(', ')})` : '';
}

function missingDoseText(sig: Sig, drug: DrugEntry): string {
  const patch = drug.doseUnit === 'mcg/h';
  const unit = patch ? 'mcg/h' : 'mg';
  if (sig.strength && (sig.strength.value.unit === 'mcg') !== patch)
    return `The title's strength "${sig.strength.text}" is not in ${unit}, the unit ${drug.name} is converted from, so no morphine equivalent dose is computed.`;
  if (!sig.strength)
    return sig.perDay
      ? `The title gives a frequency ("${sig.perDay.text}") but no strength, so no morphine equivalent dose is computed.`
      : 'The title gives no strength or frequency to compute the morphine equivalent dose from.';
  return `The title gives the strength ("${sig.strength.text}") but no frequency, so no morphine equivalent dose per day is computed.`;
}

function thresholdsText(knowledge: KnowledgeBase, thresholds: readonly TreatmentLimit[]): string {
  return thresholds
    .map(
      (limit) =>
        `${guidelineName(knowledge, limit.guideline)}: ${limit.morphineEquivalentPerDay} mg (${confidenceText(limit.confidence)})`,
    )
    .join('; ');
}

/** The criteria entries governing the item, each with what the rationale should show, named as the rules name them. */
export function criteriaText(knowledge: KnowledgeBase, item: DisputedItem, era: LetterEra): string[] {
  return criteriaForItem(knowledge, item, era).flatMap((entry) => ['', ...criteriaBlock(knowledge, entry, era)]);
}

/**
 * The guideline named is the edition in force on the letter's date, as in the criteria finding; the
 * section and confidence close the block, as they close a limit's and a drug's.
 */
function criteriaBlock(knowledge: KnowledgeBase, entry: CriteriaEntry, era: LetterEra): string[] {
  return [
    `**Criteria: ${entry.topic}** (${guidelineNameOnDate(knowledge, entry.guideline, era)})`,
    ...entry.criteria.map((criterion) => `- ${criterion.label}`),
    `> ${entry.criteriaSentence}`,
    `_${sourceText(entry.source)} · ${confidenceText(entry.confidence)}_`,
  ];
}
