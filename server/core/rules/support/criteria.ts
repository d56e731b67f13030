import type { Determination, DisputedItem } from '../../model/determination';
import type { CriteriaEntry, Criterion, DrugEntry, KnowledgeBase } from '../../knowledge/types';
import { criteriaFor } from '../../knowledge';
import { findPhrase } from '../../knowledge/phrase';
import { textOf } from './text';

/** Drugs named in a text, by any generic or brand name, on word boundaries. */
export function drugsNamedIn(knowledge: KnowledgeBase, text: string): DrugEntry[] {
  const lower = text.toLowerCase();
  return knowledge.drugs.filter((drug) => drug.names.some((name) => findPhrase(lower, name) >= 0));
}

/** The criteria entries that govern the item: by its treatment, and by each drug its title names (a compound has several). */
export function criteriaForItem(knowledge: KnowledgeBase, item: DisputedItem): CriteriaEntry[] {
  const region = item.region?.value;
  const subjects = [
    { treatment: item.treatment?.value, region },
    ...drugsNamedIn(knowledge, item.title.value).map((drug) => ({ drug: drug.id, drugClass: drug.drugClass, region })),
  ];
  const entries = subjects.flatMap((subject) => criteriaFor(knowledge, subject));
  return entries.filter((entry, index) => entries.indexOf(entry) === index);
}

/** The case summary and the item's rationale, lower-cased: where a letter shows that criteria are met. */
export function evidenceText(determination: Determination, item: DisputedItem): string {
  const summary = determination.sections.find((section) => section.kind === 'case-summary');
  const parts = [summary ? textOf(determination, summary.body) : '', item.rationale?.text ?? ''];
  return parts.join(' ').toLowerCase().replace(/\s+/g, ' ');
}

export function criterionShown(criterion: Criterion, evidence: string, age: number | undefined): boolean {
  if (criterion.ageOver !== undefined && age !== undefined && age > criterion.ageOver) return true;
  return criterion.evidence.some((phrase) => findPhrase(evidence, phrase.toLowerCase()) >= 0);
}
