import type { Rule } from '../check/rule';
import { quotedTitle } from '../letter/describe';
import { ITEM_LABELS } from '../letter/grammar';

export const missingRationale: Rule = {
  id: 'missing-rationale',
  defaultSeverity: 'error',
  description: 'A disputed item has no (or an empty) "Decision rationale:".',
  doc:
    'Labor Code 4610.6 requires the reviewer to explain each decision: the rationale relates the case facts to the ' +
    'guideline and ends by saying whether the item is medically necessary. An item without a "Decision rationale:" ' +
    'entry, or with an empty one, draws this finding on the label (or on the title when the label is absent). There ' +
    'is no fix: only the reviewer can write the reasoning.',
  tags: ['structure', 'rationale'],
  check({ determination, report }) {
    for (const item of determination.items) {
      const { rationale } = item;
      if (rationale && rationale.text.trim() !== '') continue;
      report({
        message: rationale
          ? `The decision rationale of ${quotedTitle(item)} is empty.`
          : `The item ${quotedTitle(item)} has no "${ITEM_LABELS.rationale}".`,
        span: rationale ? rationale.label : item.title.span,
        item: item.index,
      });
    }
  },
};
