import type { Rule } from '../check/rule';
import { quotedTitle } from '../letter/describe';
import { conclusionFlip } from '../letter/conclusion';
import { decisionFor, isNecessary } from '../letter/grammar';
import { textOf } from '../model/determination';

export const decisionContradictsRationale: Rule = {
  id: 'decision-contradicts-rationale',
  defaultSeverity: 'error',
  description: "The decision contradicts the rationale's conclusion.",
  doc:
    'In real determinations an Upheld item always concludes that the treatment "is not medically necessary" and an ' +
    'Overturned item that it "is medically necessary". A decision that says the opposite of its own rationale is ' +
    'reported only when the conclusion is explicit; a rationale whose conclusion cannot be read with certainty is ' +
    'never reported. The conclusion is read like a clinical assertion (NegEx/ConText): negations several words ' +
    'before the phrase ("is not regarded as medically necessary"), noun and passive forms ("medical necessity has ' +
    'not been established"), synonyms ("is not warranted"); conditions ("would be medically necessary if …"), ' +
    'the views of utilization review or a guideline, and the opioid tapering notice are not conclusions. Fixes: ' +
    'change the decision to match the rationale, or, where a plain "not" decides the conclusion, change the ' +
    'conclusion to match the decision.',
  tags: ['decision', 'rationale'],
  check({ determination, report }) {
    for (const item of determination.items) {
      const { decision } = item;
      const conclusion = item.rationale?.conclusion;
      if (!decision || conclusion?.strength !== 'explicit') continue;
      if (isNecessary(decision.value) === conclusion.necessary) continue;
      const phrase = textOf(determination, conclusion.span);
      const folded = (words: string) => words.replace(/\s+/g, ' ');
      const matching = decisionFor(conclusion.necessary);
      const flip = conclusionFlip(determination.text, conclusion);
      report({
        message:
          `The item ${quotedTitle(item)} is ${decision.value}, but its rationale concludes that it is ` +
          `"${folded(phrase)}".`,
        span: decision.span,
        item: item.index,
        fixes: [
          {
            title: `Change the decision to ${matching}`,
            changes: [{ span: decision.span, newText: matching }],
            safe: false,
            preferred: true,
          },
          ...(flip
            ? [
                {
                  title: `Change the conclusion to "${folded(flip.text)}"`,
                  changes: [flip.change],
                  safe: false,
                },
              ]
            : []),
        ],
      });
    }
  },
};
