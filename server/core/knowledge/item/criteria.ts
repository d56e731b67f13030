import type { Determination, DisputedItem } from '../../model/determination';
import type { CriteriaEntry, Criterion, KnowledgeBase } from '../types';
import type { LetterEra } from '../era';
import { knowledgeForItem } from '../index';
import { findPhrase } from '../phrase';
import { textOf } from '../../model/determination';
import { wordForms } from '../word-forms';

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

/**
 * The evidence text as the forms of its words (`wordForms`), as `criterionShown` compares it. The
 * forms of a text are its words' forms one space apart, so the case summary's, which every item
 * of the letter reads, are found once per letter and joined to the rationale's.
 */
export function criteriaEvidence(determination: Determination, item: DisputedItem): string {
  const rationale = wordForms(item.rationale?.text ?? '');
  const summary = summaryForms(determination);
  return summary && rationale ? `${summary} ${rationale}` : summary || rationale;
}

const summaryFormsOf = new WeakMap<Determination, string>();

function summaryForms(determination: Determination): string {
  let forms = summaryFormsOf.get(determination);
  if (forms === undefined) {
    forms = wordForms(summaryEvidence(determination));
    summaryFormsOf.set(determination, forms);
  }
  return forms;
}

/**
 * Whether the letter shows the criterion: by the patient's age or the item's setting, or by one of
 * its evidence phrases in the evidence (`criteriaEvidence`), in whatever form of its words.
 */
export function criterionShown(
  criterion: Criterion,
  evidence: string,
  age: number | undefined,
  setting: string | undefined,
): boolean {
  if (criterion.ageOver !== undefined && age !== undefined && age > criterion.ageOver) return true;
  if (setting !== undefined && criterion.metInSettings?.some((met) => met === setting)) return true;
  return criterion.evidence.some((phrase) => findPhrase(evidence, phraseForms(phrase)) >= 0);
}

/** The evidence phrases' word forms, since every Overturned item tries the same phrases. */
const phrases = new Map<string, string>();

function phraseForms(phrase: string): string {
  let forms = phrases.get(phrase);
  if (forms === undefined) {
    forms = wordForms(phrase);
    phrases.set(phrase, forms);
  }
  return forms;
}
