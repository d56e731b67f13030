import type { Rule } from '../check/rule';
import { namesKnownGuideline } from '../knowledge';
import { guidelineWordsOf } from '../knowledge/item/applicable';
import { citationsOf } from '../letter/citations';

export const unknownGuideline: Rule = {
  id: 'unknown-guideline',
  defaultSeverity: 'information',
  description: 'A cited guideline is not in the guideline knowledge base.',
  doc:
    'Citations are checked against the guideline knowledge base (editions, sections, pages, limits). A guideline ' +
    'the knowledge base does not know cannot be checked: it may be misspelled, or be a source your organisation ' +
    'relies on that no pack describes yet. The finding marks the guideline name; add the guideline to a pack ' +
    '(see the README, "Guideline data") or correct the name.',
  tags: ['citations', 'knowledge'],
  check({ determination, knowledge, report }) {
    for (const { item, citation } of citationsOf(determination)) {
      if (namesKnownGuideline(knowledge, guidelineWordsOf(citation))) continue;
      // "Decision based on MTUS." names no guideline at all: say so, on the whole citation.
      const named = citation.name.value.trim() !== '';
      report({
        message: named
          ? `The guideline "${citation.name.value}" is not in the guideline knowledge base, so this citation cannot be checked.`
          : 'The citation names no guideline, so it cannot be checked.',
        span: named ? citation.name.span : citation.span,
        item: item.index,
      });
    }
  },
};
