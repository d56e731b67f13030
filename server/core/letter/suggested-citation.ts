import type { DisputedItem } from '../model/determination';
import type { Guideline, GuidelineSource, KnowledgeBase } from '../knowledge/types';
import type { LetterEra } from '../knowledge/era';
import { criteriaForItem } from '../knowledge/item/criteria';
import { applicableLimits, guidelineById } from '../knowledge/item/applicable';
import { entryInForce } from '../knowledge';

/**
 * The MTUS citation the knowledge base would give for the item's treatment, written in the
 * grammar of the letter's era: "Decision based on MTUS <Guideline> <Topic> Page(s): <pages>." before
 * July 2016, "Decision based on MTUS <Guideline> <Year>, Section(s): <Section>." after.
 */
export function suggestedCitation(knowledge: KnowledgeBase, item: DisputedItem, era: LetterEra): string | undefined {
  // Limits first (visit-counted treatments), then criteria entries (studies, drugs).
  const entries = [...applicableLimits(knowledge, item, era), ...criteriaForItem(knowledge, item, era)];
  for (const entry of entries) {
    const guideline = guidelineById(knowledge, entry.guideline);
    if (guideline?.mtus && entryInForce(knowledge, entry, era))
      return citationText(guideline, entry.source, era.edition);
  }
  return undefined;
}

/**
 * A "Decision based on …" line naming the guideline and one section of it as letters cite them,
 * in the grammar of the letter's era edition (the 2009 pages grammar when unknown); a guideline
 * outside the MTUS is a "Non-MTUS Citation". Shared by the fixes and the editor's completions.
 */
export function citationText(guideline: Guideline, source: GuidelineSource, edition: LetterEra['edition']): string {
  const { section, pages } = source;
  const name = guideline.citedName ?? guideline.name;
  if (!guideline.mtus) return `Decision based on Non-MTUS Citation ${name} ${section}.`;
  const laterEra = edition !== undefined && edition !== '2009';
  const sectionsGrammar =
    guideline.citationFormat === 'sections-2016' || (laterEra && guideline.citationFormat !== 'pages-2009');
  if (sectionsGrammar && guideline.year !== undefined) {
    return `Decision based on MTUS ${name.replace(/\s+Guidelines$/, '')} ${guideline.year}, Section(s): ${section}.`;
  }
  // "9792.24.1 Acupuncture Medical Treatment Guidelines" already names the guideline.
  const cited = section.toLowerCase().includes(name.toLowerCase()) ? section : `${name} ${section}`;
  return pages ? `Decision based on MTUS ${cited} Page(s): ${pages}.` : `Decision based on MTUS ${name}.`;
}
