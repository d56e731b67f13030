import type { KnowledgeBase } from '../core/knowledge/types';
import { guidelinesOutOfDate, knowledgeForItem } from '../core/knowledge';
import { letterEra, type LetterEra } from '../core/knowledge/era';
import type { Determination, DisputedItem } from '../core/model/determination';
import type { ConclusionJson, ItemCoverage, KnowledgeApplied } from './report';

/**
 * `--items`: each disputed item with what was read of it (treatment, region, setting) and the
 * knowledge entries that fit it, found the way the rules find them, so an item with no entry is
 * one no limit or criteria rule can check; `unjudged` says why.
 */
export function itemCoverage(
  determination: Determination,
  knowledge: KnowledgeBase,
  era: LetterEra = letterEra(determination, knowledge),
): ItemCoverage[] {
  return determination.items.map((item) => {
    const found = knowledgeForItem(knowledge, item, era);
    return {
      title: item.title.value,
      decision: item.decision?.value ?? null,
      treatment: item.treatment?.value ?? null,
      region: item.regions ? 'multiple' : (item.region?.value ?? null),
      ...(item.regions && { regions: item.regions }),
      setting: item.setting?.value ?? null,
      range: determination.lines.rangeOf(item.span),
      knowledge: [
        ...found.limits.map((limit) => applied(limit.id, limit.guideline, limit.treatment, limit.regions)),
        ...found.criteria.map((entry) =>
          applied(entry.id, entry.guideline, entry.appliesTo.treatments?.join(', ') ?? null, entry.appliesTo.regions),
        ),
      ],
      unjudged: found.unjudged ?? null,
      ...(found.unjudged === 'no entry in force' && { outOfDate: outOfDate(knowledge, item, era) }),
      conclusion: conclusionOf(determination, item),
    };
  });
}

function outOfDate(knowledge: KnowledgeBase, item: DisputedItem, era: LetterEra): ItemCoverage['outOfDate'] {
  return guidelinesOutOfDate(knowledge, item, era).map(({ guideline, why }) => ({ guideline: guideline.id, why }));
}

function applied(id: string, guideline: string, treatment: string | null, regions?: string[]): KnowledgeApplied {
  return { id, guideline, treatment, regions: regions ?? [] };
}

function conclusionOf(determination: Determination, item: DisputedItem): ConclusionJson | null {
  const conclusion = item.rationale?.conclusion;
  if (!conclusion) return null;
  const { start, end } = conclusion.sentence;
  const text = determination.text.slice(start, end).replace(/\s+/g, ' ');
  return { necessary: conclusion.necessary, strength: conclusion.strength, text };
}
