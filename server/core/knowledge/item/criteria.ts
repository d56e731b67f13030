import type { Determination, DisputedItem } from '../../model/determination';
import type { CriteriaEntry, Criterion, DrugEntry, KnowledgeBase } from '../types';
import { criteriaFor, drugMentions } from '../index';
import { findPhrase } from '../phrase';
import { textOf } from '../../model/determination';

/** Drugs named in a text, by any generic or brand name, on word boundaries, each once. */
export function drugsNamedIn(knowledge: KnowledgeBase, text: string): DrugEntry[] {
  return [...new Set(drugMentions(knowledge, text).map((mention) => mention.drug))];
}

/**
 * The item's treatment as the knowledge judges it, and whether it is a form drugs come in: the
 * parser names a form ("… cream", "compounded …") before the first term of the title, so
 * "Ketoprofen 10% cream" is a topical, judged as one, although its first word names an oral NSAID.
 */
export function treatmentOfItem(knowledge: KnowledgeBase, item: DisputedItem): { id?: string; form: boolean } {
  const id = item.treatment?.value;
  return { id, form: knowledge.treatments.some((treatment) => treatment.id === id && treatment.form === true) };
}

/**
 * The criteria entries that govern the item: by its treatment, and by each drug its title names.
 * An item in a drug form of its own (a compounded cream) is judged by that form's entries alone:
 * its ingredients count through the form's not-recommended conditions, not as oral drugs.
 */
export function criteriaForItem(knowledge: KnowledgeBase, item: DisputedItem): CriteriaEntry[] {
  const region = item.region?.value;
  const title = item.title.value;
  const treatment = treatmentOfItem(knowledge, item);
  const drugs = treatment.form ? [] : drugsNamedIn(knowledge, title);
  const subjects = [
    { treatment: treatment.id, region, title },
    ...drugs.map((drug) => ({ drug: drug.id, drugClass: drug.drugClass, region, title })),
  ];
  const entries = subjects.flatMap((subject) => criteriaFor(knowledge, subject));
  return entries.filter((entry, index) => entries.indexOf(entry) === index);
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

export function criterionShown(criterion: Criterion, evidence: string, age: number | undefined): boolean {
  if (criterion.ageOver !== undefined && age !== undefined && age > criterion.ageOver) return true;
  return criterion.evidence.some((phrase) => findPhrase(evidence, phrase.toLowerCase()) >= 0);
}
