import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { definitionsFor, type LetterEra } from '../knowledge';
import type { Definition, KnowledgeBase } from '../knowledge/types';
import type { DecisionValue, Determination, DisputedItem, RegulationRef } from '../model/determination';
import type { Span } from '../model/span';
import type { LetterAnalysis } from './analysis';
import { confidenceText } from './guidance';
import { drugAt, drugHover } from './hover-criteria';
import { citationHover, treatmentHover } from './hover-limits';
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
      : conclusion?.decisionWords
        ? "the decision's own words about this request; a contradiction with the decision is only a warning"
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
