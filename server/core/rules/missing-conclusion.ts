import type { Rule } from '../check/rule';
import { quotedTitle } from '../letter/describe';
import { conclusionSentence } from '../letter/grammar';
import { trimmedEnd } from '../letter/text';

export const missingConclusion: Rule = {
  id: 'missing-conclusion',
  defaultSeverity: 'warning',
  description: 'A rationale never says whether the item is medically necessary.',
  doc:
    '8 CCR 9792.10.6 requires the determination to state whether the disputed treatment is medically necessary; ' +
    'real rationales end with "…is medically necessary" (Overturned) or "…is not medically necessary" (Upheld). ' +
    'This finding marks a rationale that never uses the wording of necessity at all (no "medically necessary", ' +
    '"medical necessity", "warranted", "indicated" …), which also keeps the decision from being checked against it. ' +
    'A rationale whose necessity phrases are all conditions ("would be medically necessary if …") or another ' +
    "party's view is not reported. It is not reported when the rationale itself is missing. The fix appends the closing " +
    "sentence that matches the item's decision.",
  tags: ['rationale', 'decision'],
  supersededBy: ['missing-rationale'],
  check({ determination, report }) {
    for (const item of determination.items) {
      const { rationale, decision } = item;
      // A rationale with any necessity phrase at all, even one read as a condition, is not reported: the
      // reader may have misjudged it, and a warning on a correct letter costs more than a miss.
      if (!rationale || rationale.text.trim() === '' || rationale.necessityReadings.length > 0) continue;
      const end = trimmedEnd(determination.text, rationale.body);
      // A rationale cut off mid-sentence is closed first, so the conclusion stands as its own sentence.
      const lead = /[.!?]["')]?$/.test(determination.text.slice(Math.max(rationale.body.start, end - 2), end))
        ? ' '
        : '. ';
      report({
        message: `The rationale of ${quotedTitle(item)} never says whether the item is medically necessary.`,
        span: rationale.label,
        item: item.index,
        fixes: decision
          ? [
              {
                title: `Append "${conclusionSentence(decision.value)}"`,
                changes: [{ span: { start: end, end }, newText: `${lead}${conclusionSentence(decision.value)}` }],
                safe: false,
              },
            ]
          : [],
      });
    }
  },
};
