import type { Fix } from '../check/finding';
import type { Determination, DisputedItem } from '../model/determination';
import type { Rule } from '../check/rule';
import { quotedTitle } from '../letter/describe';
import { decisionFor } from '../letter/grammar';
import { lineEndOf } from '../letter/text';

export const missingDecision: Rule = {
  id: 'missing-decision',
  defaultSeverity: 'error',
  description: 'A disputed item carries no Upheld/Overturned decision.',
  doc:
    'Every disputed item title ends with its decision: "…: Upheld" when the treatment is not medically necessary, ' +
    '"…: Overturned" when it is. A title without either leaves the injured worker and the claims administrator ' +
    'without a binding answer. When the rationale states an explicit conclusion ("is not medically necessary"), ' +
    'the fix appends the matching decision to the title.',
  tags: ['structure', 'decision'],
  check({ determination, report }) {
    for (const item of determination.items) {
      if (item.decision) continue;
      report({
        message: `The item ${quotedTitle(item)} has no decision (Upheld or Overturned).`,
        span: item.title.span,
        item: item.index,
        fixes: decisionFix(determination, item),
      });
    }
  },
};

function decisionFix(determination: Determination, item: DisputedItem): Fix[] {
  const conclusion = item.rationale?.conclusion;
  if (conclusion?.strength !== 'explicit') return [];
  const decision = decisionFor(conclusion.necessary);
  const end = item.title.span.end;
  const { text } = determination;
  const colonInside = text[end - 1] === ':';
  const colonAfter = text[end] === ':';
  const at = colonAfter ? end + 1 : end;
  // Only where the title ends its line: a title run together with the next label is not safe to extend.
  if (determination.text.slice(at, lineEndOf(determination, at)).trim() !== '') return [];
  const newText = colonInside || colonAfter ? ` ${decision}` : `: ${decision}`;
  const change = { span: { start: at, end: at }, newText };
  return [{ title: `Append ": ${decision}" (the rationale's conclusion)`, changes: [change], safe: false }];
}
