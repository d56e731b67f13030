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
    'statements about another case ("more frequent screening would not be medically necessary for a patient at ' +
    'low risk", "… but that is not the case here"), the views of utilization review or a guideline, the opioid ' +
    'tapering notice and a question ("Medically necessary?", "the question is whether …") are not conclusions, ' +
    'while an elliptical answer after a question ("It is not.", "Not on this record.") takes its phrase, and so does a ' +
    'clause after a contrast that leaves out its predicate ("Although the surgery has been found medically ' +
    'necessary, the assistant surgeon has not."), for the item its own subject names. A rationale ' +
    'that concludes only in the decision\'s own words about this request ("the request is not certified", "the ' +
    'recommendation is non-certification", "the requested cream is not recommended by the MTUS", "the UR decision ' +
    'is overturned": the utilization review\'s decision is the denial an IMR reviews; a verdict only a reviewer ' +
    'gives, "certified" or "denied", also after a subject with no determiner or one an appositive interrupts: ' +
    '"Physical therapy, eight sessions, to the cervical spine is certified") implies its ' +
    'conclusion without stating it: a contradiction is then a warning, and only when no other finding of the ' +
    'rationale agrees with the decision. Fixes: change the decision to match the rationale, or, where a plain "not" ' +
    'decides the conclusion, change the conclusion to match the decision; an implied contradiction has no fix, since ' +
    'either side may be the one to correct.',
  tags: ['decision', 'rationale'],
  check({ determination, report }) {
    for (const item of determination.items) {
      const { decision } = item;
      const conclusion = item.rationale?.conclusion;
      if (!decision || !conclusion || isNecessary(decision.value) === conclusion.necessary) continue;
      const phrase = textOf(determination, conclusion.span).replace(/\s+/g, ' ');
      if (conclusion.strength === 'implied') {
        if (!conclusion.decisionWords) continue;
        report({
          message:
            `The item ${quotedTitle(item)} is ${decision.value}, but its rationale implies that it is ` +
            `${conclusion.necessary ? '' : 'not '}medically necessary ("${phrase}"), in the decision's words rather ` +
            'than the necessity wording.',
          span: decision.span,
          item: item.index,
          atMost: 'warning',
        });
        continue;
      }
      const matching = decisionFor(conclusion.necessary);
      const flip = conclusionFlip(determination.text, conclusion);
      report({
        message: `The item ${quotedTitle(item)} is ${decision.value}, but its rationale concludes that it is "${phrase}".`,
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
                  title: `Change the conclusion to "${flip.text.replace(/\s+/g, ' ')}"`,
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
