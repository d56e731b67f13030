import type { KnowledgeBase } from '../core/knowledge/types';
import { letterEra } from '../core/knowledge/era';
import type { Determination } from '../core/model/determination';
import { criteriaForItem } from '../core/knowledge/item/criteria';
import { applicableLimits } from '../core/knowledge/item/applicable';
import type { ItemCoverage } from './report';

/**
 * `--items`: each disputed item with the knowledge entries that could judge it, found the way
 * the rules find them, so an item with no entry is one no limit or criteria rule can check.
 */
export function itemCoverage(determination: Determination, knowledge: KnowledgeBase): ItemCoverage[] {
  const era = letterEra(determination, knowledge);
  return determination.items.map((item) => ({
    title: item.title.value,
    decision: item.decision?.value ?? null,
    treatment: item.treatment?.value ?? null,
    range: determination.lines.rangeOf(item.span),
    knowledge: [
      ...applicableLimits(knowledge, item, era).map((limit) => limit.id),
      ...criteriaForItem(knowledge, item).map((entry) => entry.id),
    ],
  }));
}
