import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { definitionsFor, treatmentLimits, type LetterEra } from '../knowledge';
import type { Definition, KnowledgeBase, TreatmentLimit } from '../knowledge/types';
import type {
  DecisionValue,
  Determination,
  DisputedItem,
  GuidelineCitation,
  RegulationRef,
} from '../model/determination';
import type { Span } from '../model/span';
import { guidelineName, guidelineOfCitation } from '../knowledge/item/applicable';
import type { LetterAnalysis } from './analysis';
import { confidenceText, limitNumbers, limitsByForce, sourceText, treatmentName } from './guidance';
import { criteriaText, drugAt, drugHover } from './hover-criteria';
import { partAt } from './locate';

/** Hover for a position: guideline citations, treatments and drugs, decisions and regulation references. */
export function getHover(analysis: LetterAnalysis, position: Position): Hover | undefined {
  const { determination, knowledge } = analysis;
  const offset = determination.lines.offsetAt(position);
  const part = partAt(determination, offset);
  const { era } = analysis;
  switch (part.kind) {
    case 'citation':
      return hover(determination, part.citation.span, citationHover(knowledge, part.item, part.citation, era));
    case 'treatment':
      return (
        drugHoverAt(analysis, part.item, offset, era) ??
        (part.item.treatment &&
          hover(determination, part.item.treatment.span, treatmentHover(knowledge, part.item, era)))
      );
    case 'decision':
      return (
        part.item.decision &&
        hover(determination, part.item.decision.span, decisionHover(part.item, part.item.decision.value))
      );
    case 'conclusion':
      return (
        part.item.rationale?.conclusion &&
        hover(determination, part.item.rationale.conclusion.span, conclusionHover(part.item))
      );
    case 'regulation':
      return hover(determination, part.ref.span, regulationHover(knowledge, part.ref, era));
    case 'none':
      return part.item && drugHoverAt(analysis, part.item, offset, era);
  }
}

/** A drug the item's title names at the offset (a drug is often no treatment term of its own). */
function drugHoverAt(analysis: LetterAnalysis, item: DisputedItem, offset: number, era: LetterEra): Hover | undefined {
  const { determination, knowledge } = analysis;
  const drug = drugAt(knowledge, determination, item, offset);
  return drug && hover(determination, drug.span, drugHover(knowledge, item, drug.mention.drug, era));
}

function hover(determination: Determination, span: Span, markdown: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: determination.lines.rangeOf(span) };
}

function citationHover(
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
  const limits = itemLimitsEveryEra(knowledge, item).filter((limit) => limit.guideline === guideline.id);
  if (limits.length === 0) {
    lines.push(`No limit for ${itemTreatmentName(knowledge, item)} under this guideline in the knowledge base.`);
  } else {
    lines.push(
      `Limits for ${itemTreatmentName(knowledge, item)}:`,
      '',
      ...limits.map((limit) => limitBlock(knowledge, limit, false)),
    );
    lines.push(phaseNote(item));
  }
  return lines.join('\n');
}

/** Every limit for the item's treatment and region, whatever the era: the citation names the edition. */
function itemLimitsEveryEra(knowledge: KnowledgeBase, item: DisputedItem): TreatmentLimit[] {
  return item.treatment ? treatmentLimits(knowledge, item.treatment.value, item.region?.value) : [];
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

function treatmentHover(knowledge: KnowledgeBase, item: DisputedItem, era: LetterEra): string {
  const name = itemTreatmentName(knowledge, item);
  const limits = itemLimitsEveryEra(knowledge, item);
  const criteria = criteriaText(knowledge, item, era);
  if (limits.length === 0 && criteria.length === 0)
    return `**${name}**\n\nNo guideline limit or criteria for this treatment in the knowledge base.`;
  const withLimits =
    limits.length > 0
      ? [`**${name}**: limits across guidelines`, ...limitLinesByForce(knowledge, limits, era)]
      : [`**${name}**`];
  return [...withLimits, ...criteria].join('\n');
}

/**
 * The limits whose guideline was in force on the letter's date (the ones the findings judge by)
 * first, then the others marked as not in force; an undated letter has every limit in force.
 */
function limitLinesByForce(knowledge: KnowledgeBase, limits: readonly TreatmentLimit[], era: LetterEra): string[] {
  const { inForce, notInForce } = limitsByForce(knowledge, limits, era);
  const blocks = (list: readonly TreatmentLimit[]) => list.map((limit) => limitBlock(knowledge, limit, true));
  if (!era.date) return ['', ...blocks(inForce)];
  const lines = [
    '',
    `In force on ${era.date}:`,
    '',
    ...(inForce.length > 0 ? blocks(inForce) : ['- none in the knowledge base']),
  ];
  if (notInForce.length > 0) lines.push('', `Not in force on ${era.date}:`, '', ...blocks(notInForce));
  return lines;
}

/** The item's treatment with its region, as hovers head it. */
function itemTreatmentName(knowledge: KnowledgeBase, item: DisputedItem): string {
  const id = item.treatment?.value;
  const region = item.region && knowledge.regions.find((term) => term.id === item.region?.value)?.name;
  const name = id ? treatmentName(knowledge, id) : 'this item';
  return region ? `${name} (${region.toLowerCase()})` : name;
}

function limitBlock(knowledge: KnowledgeBase, limit: TreatmentLimit, withGuideline: boolean): string {
  const guideline = withGuideline ? `${guidelineName(knowledge, limit.guideline)}: ` : '';
  const condition = limit.condition ? ` (${limit.condition})` : '';
  const lines = [
    `- ${guideline}**${limitNumbers(limit)}**${condition}`,
    `  > ${limit.passage}`,
    `  _${sourceText(limit.source)} · ${confidenceText(limit.confidence)}${overrideText(limit)}_`,
  ];
  return lines.join('\n');
}

function overrideText(limit: TreatmentLimit): string {
  return limit.overrides ? ` · overrides built-in \`${limit.overrides.id}\` (from ${limit.overrides.pack})` : '';
}

const DECISION_MEANING: Record<DecisionValue, string> = {
  Upheld:
    '**Upheld**: the expert reviewer agrees with utilization review; the disputed treatment is not medically necessary ' +
    'and is not authorized.\n\nThe rationale must conclude that the request **is not medically necessary**.',
  Overturned:
    '**Overturned**: the expert reviewer reverses utilization review; the disputed treatment is medically necessary ' +
    'and is to be authorized.\n\nThe rationale must conclude that the request **is medically necessary**.',
};

function decisionHover(item: DisputedItem, decision: DecisionValue): string {
  const conclusion = item.rationale?.conclusion;
  if (!conclusion)
    return `${DECISION_MEANING[decision]}\n\nThis rationale does not yet say whether the request is medically necessary.`;
  const agrees = conclusion.necessary === (decision === 'Overturned');
  return `${DECISION_MEANING[decision]}\n\nThis rationale concludes that the request is ${conclusion.necessary ? '' : 'not '}medically necessary${agrees ? '.' : ', which contradicts the decision.'}`;
}

/**
 * How the reader read the conclusion, so a reviewer sees why a decision does or does not agree:
 * "read as: not medically necessary, explicit", with what an implied reading means.
 */
function conclusionHover(item: DisputedItem): string {
  const conclusion = item.rationale?.conclusion;
  const necessary = conclusion?.necessary ? 'medically necessary' : 'not medically necessary';
  const fits = conclusion?.necessary ? 'Overturned' : 'Upheld';
  const decision = item.decision ? ` The item is ${item.decision.value}.` : '';
  const strength = conclusion?.strength ?? 'implied';
  const meaning =
    strength === 'explicit'
      ? 'a direct statement about this request, checked against the decision'
      : 'an indirect statement, never enough to report a contradiction';
  return `**Read as: ${necessary}, ${strength}** (${meaning}).\n\nThis conclusion fits the decision **${fits}**.${decision}`;
}

function regulationHover(knowledge: KnowledgeBase, ref: RegulationRef, era: LetterEra): string {
  const definitions = definitionsOf(knowledge, ref, era.date);
  const heading = `**${ref.text}**`;
  if (definitions.length === 0) return `${heading}\n\nNo definition of this section in the knowledge base.`;
  return [heading, '', ...definitions.map(definitionBlock)].join('\n');
}

/**
 * The definitions a reference points at, as the regulation read in the letter's era. A
 * subdivision the era does not have (a 2007 "(e)" in a 2014 letter) shows the era's whole
 * section; a section the era does not have shows every version of it.
 */
function definitionsOf(knowledge: KnowledgeBase, ref: RegulationRef, date: string | undefined): Definition[] {
  const attempts: Array<[string | undefined, string | undefined]> = [
    [ref.subdivision, date],
    [undefined, date],
    [ref.subdivision, undefined],
    [undefined, undefined],
  ];
  for (const [subdivision, onDate] of attempts) {
    const found = definitionsFor(knowledge, ref.section, subdivision, onDate);
    if (found.length > 0) return found;
  }
  return [];
}

function definitionBlock(definition: Definition): string {
  const era = [definition.inForce.from, definition.inForce.to].some(Boolean)
    ? ` (in force ${definition.inForce.from ?? '…'} to ${definition.inForce.to ?? 'now'})`
    : '';
  return `- **${definition.citation}**, "${definition.term}"${era}\n  > ${definition.text}\n  _${confidenceText(definition.confidence)}_`;
}
