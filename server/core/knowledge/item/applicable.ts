import type { DisputedItem, GuidelineCitation } from '../../model/determination';
import type { Guideline, KnowledgeBase, TreatmentLimit } from '../types';
import type { LetterEra } from '../era';
import { citationGrammarDate, guidelineNamed, inForceOn, knowledgeForItem } from '../index';

export function guidelineById(knowledge: KnowledgeBase, id: string): Guideline | undefined {
  return knowledge.guidelines.find((guideline) => guideline.id === id);
}

/** A guideline's name for messages and hovers; its id when the knowledge base does not know it. */
export function guidelineName(knowledge: KnowledgeBase, id: string): string {
  return guidelineById(knowledge, id)?.name ?? id;
}

/**
 * The name a criteria entry's guideline goes by on the letter's date: criteria are kept once, under
 * the edition they were written from, so where a later edition of the same guideline (sharing a
 * citation alias) was in force, that edition is named ("… (2016)" in a 2017 letter).
 */
export function guidelineNameOnDate(knowledge: KnowledgeBase, id: string, era: LetterEra): string {
  const guideline = guidelineById(knowledge, id);
  if (!guideline || !era.date || inForceOn(guideline.inForce, era.date)) return guidelineName(knowledge, id);
  const date = era.date;
  const edition = knowledge.guidelines.find(
    (candidate) =>
      candidate.family === guideline.family &&
      inForceOn(candidate.inForce, date) &&
      candidate.aliases.some((alias) => guideline.aliases.includes(alias)),
  );
  return (edition ?? guideline).name;
}

/** The family of a guideline (MTUS, ODG, Labor Code …), when the knowledge base knows the guideline. */
export function guidelineFamily(knowledge: KnowledgeBase, guidelineId: string): string | undefined {
  return guidelineById(knowledge, guidelineId)?.family;
}

/** The limits that fit the item (`knowledgeForItem`): treatment, region, setting, a guideline in force. */
export function applicableLimits(knowledge: KnowledgeBase, item: DisputedItem, era: LetterEra): TreatmentLimit[] {
  return knowledgeForItem(knowledge, item, era).limits;
}

/**
 * The guideline edition a citation names, as the knowledge base resolves it. The topic counts too:
 * a 2009-grammar citation may carry the real guideline's name there ("Chronic Pain Treatment
 * Guidelines 9792.24.1, Acupuncture Medical Treatment Guidelines"), and the longest alias wins.
 * Without a year, the letter's date tells the edition, unless the citation's grammar belongs to an
 * earlier era, whose edition it then means; an undated bare name of a guideline with several
 * editions resolves to none rather than to the oldest.
 */
export function guidelineOfCitation(
  knowledge: KnowledgeBase,
  citation: GuidelineCitation,
  era?: LetterEra,
): Guideline | undefined {
  const year = citation.year?.value;
  const on = year === undefined ? (citationGrammarDate(knowledge, citation.format, era?.date) ?? era?.date) : undefined;
  return guidelineNamed(knowledge, guidelineWordsOf(citation), { year, on });
}

/** The words a citation names its guideline by: its name, and its topic where a 2009 citation puts it. */
export function guidelineWordsOf(citation: GuidelineCitation): string {
  return citation.topic ? `${citation.name.value} ${citation.topic.value}` : citation.name.value;
}
