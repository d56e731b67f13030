/**
 * Hover text for what a guideline allows an item: on its citation, the cited guideline's limits and
 * the item's criteria; on its title, the limits that fit the item (treatment, region, setting, the
 * letter's date, as `knowledgeForItem` decides) in full, the others folded under "Other conditions".
 */
import {
  guidelinesOutOfDate,
  knowledgeForItem,
  limitOutOfDate,
  treatmentLimits,
  type LetterEra,
  type OutOfDate,
  type UnjudgedReason,
} from '../knowledge';
import type { Guideline, KnowledgeBase, TreatmentLimit } from '../knowledge/types';
import type { DisputedItem, GuidelineCitation } from '../model/determination';
import { guidelineName, guidelineOfCitation } from '../knowledge/item/applicable';
import { confidenceText, limitNumbers, sourceText, treatmentName } from './guidance';
import { criteriaText } from './hover-criteria';

export function citationHover(
  knowledge: KnowledgeBase,
  item: DisputedItem,
  citation: GuidelineCitation,
  era: LetterEra,
): string {
  const guideline = guidelineOfCitation(knowledge, citation, era);
  const lines = [`**${guideline?.name ?? citation.name.value}**${citation.mtus ? ' (MTUS)' : ' (Non-MTUS)'}`, ''];
  const cited = citedWhere(citation);
  if (cited) lines.push(`Cited: ${cited}`, '');
  if (!guideline) {
    lines.push('This guideline is not in the knowledge base, so its limits cannot be shown.');
    return lines.join('\n');
  }
  const name = itemTreatmentName(knowledge, item);
  const limits = itemLimitsEveryEra(knowledge, item).filter((limit) => limit.guideline === guideline.id);
  const criteria = criteriaText(knowledge, item, era);
  const outOfDate = limits.length > 0 && era.date ? limitOutOfDate(knowledge, limits[0], era) : undefined;
  if (outOfDate && era.date) lines.push(...outOfDateLimits(guideline, outOfDate, era.date, name, limits));
  else if (limits.length > 0)
    lines.push(`Limits for ${name}:`, '', ...limits.map((limit) => limitBlock(knowledge, limit)), phaseNote(item));
  else if (criteria.length === 0)
    lines.push(`No limit or criteria for ${name} under this guideline in the knowledge base.`);
  else lines.push(`No visit or dose limit for ${name} under this guideline; the item is judged by its criteria:`);
  return [...lines, ...criteria].join('\n');
}

export function treatmentHover(knowledge: KnowledgeBase, item: DisputedItem, era: LetterEra): string {
  const name = itemTreatmentName(knowledge, item);
  const limits = itemLimitsEveryEra(knowledge, item);
  const criteria = criteriaText(knowledge, item, era);
  if (limits.length === 0 && criteria.length === 0)
    return [`**${name}**`, '', ...notJudgedText(knowledge, item, era)].join('\n');
  const withLimits =
    limits.length > 0
      ? [`**${name}**: limits across guidelines`, ...fittingFirst(knowledge, item, limits, era)]
      : [`**${name}**`];
  return [...withLimits, ...criteria].join('\n');
}

/** Every limit for the item's treatment and region, whatever the era: the citation names the edition. */
function itemLimitsEveryEra(knowledge: KnowledgeBase, item: DisputedItem): TreatmentLimit[] {
  return item.treatment ? treatmentLimits(knowledge, item.treatment.value, item.region?.value) : [];
}

const UNJUDGED_TEXT: Record<UnjudgedReason, string> = {
  'no treatment': 'the title names no treatment the knowledge base knows',
  'no entry for treatment': 'no entry is written for this treatment',
  'no region': 'the letter does not say which body region is treated',
  'no entry for region': 'no entry is written for this body region',
  'no setting': 'the letter does not say the care setting (acute, chronic, post-operative) the entries are written for',
  'no entry for setting': 'no entry is written for this care setting',
  'no entry for operation':
    'the post-surgical entries are each written for one operation, and the letter does not say which one the item follows, or names one they are not written for',
  'no entry in force':
    'no entry holds on the letter’s date: its guideline was not in force then, or what it said then is not known to us',
};

/**
 * An item no entry judges on the letter's date though entries of other dates fit it (a letter of
 * today, and the editions of the letters we learned from): why, guideline by guideline, so the
 * hover neither says nothing is known nor offers what a superseded edition said.
 */
function notJudgedText(knowledge: KnowledgeBase, item: DisputedItem, era: LetterEra): string[] {
  const date = era.date;
  const outOfDate = guidelinesOutOfDate(knowledge, item, era);
  if (!date || outOfDate.length === 0)
    return ['No guideline limit or criteria for this treatment in the knowledge base.'];
  return [
    `Not judged on ${date}: the entries that fit this item do not hold on that date.`,
    '',
    ...outOfDate.map(({ guideline, why }) => `- ${guideline.name}: ${outOfDateText(guideline, why, date)}`),
  ];
}

/**
 * A cited guideline that does not hold on the letter's date (superseded, or ODG after what we know of
 * it): its limits one line each, with no passage to quote, so the hover offers nothing of it as
 * though it judged the letter.
 */
function outOfDateLimits(
  guideline: Guideline,
  why: OutOfDate,
  date: string,
  name: string,
  limits: readonly TreatmentLimit[],
): string[] {
  const lead =
    why === 'not in force'
      ? `Not in force on ${date}: its limits for ${name}, which judge no letter of that date:`
      : `What it says after ${guideline.contentKnownUntil} is not known to us: its limits for ${name} as letters ` +
        `before then quote it, which judge no letter of ${date}:`;
  return [lead, '', ...limits.map((limit) => `- ${limitNumbers(limit)}${conditionText(limit)}`)];
}

function conditionText(limit: TreatmentLimit): string {
  return limit.condition ? ` (${limit.condition})` : '';
}

function outOfDateText(guideline: Guideline, why: OutOfDate, date: string): string {
  return why === 'not in force'
    ? `not in force on ${date}`
    : `what it says after ${guideline.contentKnownUntil} is not known to us`;
}

/**
 * The limits the findings judge the item by, in full; the rest (another condition, region or
 * setting, or a guideline not in force on the letter's date) one line each, so the hover stays
 * short where a treatment has many entries.
 */
function fittingFirst(
  knowledge: KnowledgeBase,
  item: DisputedItem,
  limits: readonly TreatmentLimit[],
  era: LetterEra,
): string[] {
  const found = knowledgeForItem(knowledge, item, era);
  const fitting = limits.filter((limit) => found.limits.includes(limit));
  const others = limits.filter((limit) => !found.limits.includes(limit));
  const on = era.date ? ` on ${era.date}` : '';
  const lines =
    fitting.length > 0
      ? ['', `Fit this item${on}:`, '', ...fitting.map((limit) => limitBlock(knowledge, limit, true))]
      : ['', `No limit fits this item${on}: ${UNJUDGED_TEXT[found.unjudged ?? 'no entry for treatment']}.`];
  if (others.length === 0) return lines;
  return [...lines, '', '**Other conditions**:', '', ...others.map((limit) => otherLine(knowledge, limit, era))];
}

function otherLine(knowledge: KnowledgeBase, limit: TreatmentLimit, era: LetterEra): string {
  const why = limitOutOfDate(knowledge, limit, era);
  const guideline = knowledge.guidelines.find((candidate) => candidate.id === limit.guideline);
  const force = why && guideline && era.date ? `, ${outOfDateText(guideline, why, era.date)}` : '';
  return `- ${guidelineName(knowledge, limit.guideline)}${force}: ${limitNumbers(limit)}${conditionText(limit)}`;
}

/** The item's treatment with its region, as hovers head it. */
function itemTreatmentName(knowledge: KnowledgeBase, item: DisputedItem): string {
  const id = item.treatment?.value;
  const region = item.region && knowledge.regions.find((term) => term.id === item.region?.value)?.name;
  const name = id ? treatmentName(knowledge, id) : 'this item';
  return region ? `${name} (${region.toLowerCase()})` : name;
}

function citedWhere(citation: GuidelineCitation): string {
  const parts = [citation.topic?.value, ...citation.sections.map((section) => section.value)].filter(Boolean);
  if (citation.pages)
    parts.push(
      `page(s) ${citation.pages.from === citation.pages.to ? citation.pages.from : `${citation.pages.from}-${citation.pages.to}`}`,
    );
  return parts.join(', ');
}

/** Which phase's numbers apply: the extension only where functional improvement is documented. */
function phaseNote(item: DisputedItem): string {
  return item.rationale?.documentsFunctionalImprovement
    ? '\nThe rationale documents functional improvement, so the totals beyond the initial trial may apply.'
    : '\nThe rationale does not document functional improvement, so only the initial trial applies.';
}

function limitBlock(knowledge: KnowledgeBase, limit: TreatmentLimit, withGuideline = false): string {
  const guideline = withGuideline ? `${guidelineName(knowledge, limit.guideline)}: ` : '';
  const lines = [
    `- ${guideline}**${limitNumbers(limit)}**${conditionText(limit)}`,
    `  > ${limit.passage}`,
    `  _${sourceText(limit.source)} · ${confidenceText(limit.confidence)}${overrideText(limit)}_`,
  ];
  return lines.join('\n');
}

function overrideText(limit: TreatmentLimit): string {
  return limit.overrides ? ` · overrides built-in \`${limit.overrides.id}\` (from ${limit.overrides.pack})` : '';
}
