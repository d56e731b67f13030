import type { DisputedItem, LimitClaim, NumberRange } from '../model/determination';
import type { KnowledgeBase } from '../knowledge/types';
import type { Rule } from '../check/rule';
import { rangeText } from '../letter/describe';
import { guidelineFamily } from '../knowledge/item/applicable';
import { textOf } from '../model/determination';

/** A claim naming no guideline in particular is compared with every guideline's limits. */
const ANY_GUIDELINE = 'guidelines';

export const guidelineLimitMisquoted: Rule = {
  id: 'guideline-limit-misquoted',
  defaultSeverity: 'warning',
  description: "The rationale attributes to a guideline a visit count that is none of that guideline's limits.",
  doc:
    'A rationale that says "MTUS allows 10-12 treatments for an initial trial" of acupuncture misstates the ' +
    'guideline (3-6), and the decision may rest on the wrong number. Each number a rationale attributes to a ' +
    "guideline is compared with every limit the knowledge base holds for that guideline and the item's treatment, " +
    'whatever the phase, region or condition; only visit counts are compared, both ends of a range (a single ' +
    'number may be either end). A count that matches none is reported. Not compared: numbers before the ' +
    "guideline's name, the reviewer's own arithmetic (visits still to come, numbers after the clause that the " +
    'attribution governs) and, in a sentence that quotes, numbers outside the quotation marks. The fix writes the ' +
    'closest known limit instead.',
  tags: ['limits', 'rationale'],
  check({ determination, knowledge, report }) {
    for (const item of determination.items) {
      for (const claim of item.rationale?.limitClaims ?? []) {
        const known = knownVisitRanges(knowledge, item, claim.guideline);
        if (known.length === 0 || known.some((range) => matches(claim.visits, range))) continue;
        const closest = closestRange(claim.visits, known);
        report({
          message:
            `The rationale attributes ${rangeText(claim.visits)} visits to ${claim.guideline} for ` +
            `${item.treatment?.value ?? 'this treatment'}; its known limits are ${unique(known.map(rangeText)).join(', ')}.`,
          span: claim.span,
          item: item.index,
          fixes: [
            {
              title: `Replace with ${rangeText(closest)}`,
              changes: [numberChange(textOf(determination, claim.span), claim, rangeText(closest))],
              safe: true,
              preferred: true,
            },
          ],
        });
      }
    }
  },
};

function knownVisitRanges(knowledge: KnowledgeBase, item: DisputedItem, guideline: string): NumberRange[] {
  const treatment = item.treatment?.value;
  if (!treatment) return [];
  return knowledge.limits
    .filter(
      (limit) =>
        limit.treatment === treatment &&
        (guideline === ANY_GUIDELINE || guidelineFamily(knowledge, limit.guideline) === guideline),
    )
    .flatMap((limit) => [limit.trial?.visits, limit.total?.visits])
    .filter((range): range is NumberRange => range !== undefined);
}

/**
 * A range matches when both ends agree; a single number when it is either end of a known range
 * ("up to 18" of 6-18, "3 treatments" of 3-6, "9 visits" of the 9-10 for another condition).
 */
function matches(claim: NumberRange, known: NumberRange): boolean {
  if (claim.min === claim.max) return claim.max === known.max || claim.min === known.min;
  return claim.max === known.max && claim.min === known.min;
}

function closestRange(claim: NumberRange, known: NumberRange[]): NumberRange {
  const distance = (range: NumberRange) => Math.abs(range.min - claim.min) + Math.abs(range.max - claim.max);
  return known.reduce((best, range) => (distance(range) < distance(best) ? range : best));
}

/** Replaces only the numbers inside the claim ("up to 18" keeps "up to"). */
function numberChange(written: string, claim: LimitClaim, replacement: string) {
  const numbers = /\d+(?:\s*(?:-|–|to)\s*\d+)?/.exec(written);
  if (!numbers) return { span: claim.span, newText: replacement };
  const start = claim.span.start + numbers.index;
  return { span: { start, end: start + numbers[0].length }, newText: replacement };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
