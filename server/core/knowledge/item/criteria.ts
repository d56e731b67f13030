import type { Determination, DisputedItem } from '../../model/determination';
import type { CriteriaEntry, Criterion, KnowledgeBase } from '../types';
import type { LetterEra } from '../era';
import { knowledgeForItem } from '../index';
import { findPhrase } from '../phrase';
import { textOf } from '../../model/determination';

/** The criteria entries that fit the item (`knowledgeForItem`), on the letter's date when it is given. */
export function criteriaForItem(knowledge: KnowledgeBase, item: DisputedItem, era?: LetterEra): CriteriaEntry[] {
  return knowledgeForItem(knowledge, item, era).criteria;
}

/** The case summary and the item's rationale, lower-cased: where a letter shows that criteria are met. */
export function evidenceText(determination: Determination, item: DisputedItem): string {
  return `${summaryEvidence(determination)} ${(item.rationale?.text ?? '').toLowerCase()}`;
}

const summaries = new WeakMap<Determination, string>();

/** The case summary, folded once per letter: every item of a long letter reads it. */
function summaryEvidence(determination: Determination): string {
  let summary = summaries.get(determination);
  if (summary === undefined) {
    const section = determination.sections.find((s) => s.kind === 'case-summary');
    summary = section ? textOf(determination, section.body).toLowerCase().replace(/\s+/g, ' ') : '';
    summaries.set(determination, summary);
  }
  return summary;
}

export function criterionShown(
  criterion: Criterion,
  evidence: string,
  age: number | undefined,
  setting: string | undefined,
): boolean {
  if (criterion.ageOver !== undefined && age !== undefined && age > criterion.ageOver) return true;
  if (setting !== undefined && criterion.metInSettings?.some((met) => met === setting)) return true;
  return criterion.evidence.some((phrase) => findPhrase(evidence, phrase.toLowerCase()) >= 0);
}
