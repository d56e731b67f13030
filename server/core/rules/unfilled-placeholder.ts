import type { Determination } from '../model/determination';
import type { Span } from '../model/span';
import { blankComments } from '../parser/lines';
import { PLACEHOLDER_TEXTS } from '../letter/placeholders';
import type { Rule } from '../check/rule';

/** A snippet tab stop (`${1}`, `${2:California}`, `${3|Standard,Expedited|}`) that was pasted, not expanded. */
const TAB_STOP = /\$\{\d+(?:[:|][^}\n]{0,200})?\}/g;

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  defaultSeverity: 'error',
  description: 'Text the template put there for the reviewer to replace is still in the letter.',
  doc:
    '**IMR: New Determination** and the `imr-letter` and `imr-item` snippets write bracketed placeholders where ' +
    'the reviewer writes the case ("[case number]", "MM/DD/YYYY", "[age]", "[Describe the history, findings and ' +
    'treatment to date.]"). Each one left in the letter is an error until it is replaced, and so is a snippet tab ' +
    'stop such as `${1:California}` that was pasted rather than expanded, so that an unfinished draft never passes ' +
    'as clean. There is no fix: only the reviewer knows the value.',
  tags: ['structure', 'drafting'],
  check({ determination, report }) {
    for (const { span, item } of regions(determination)) {
      const text = blankComments(determination.text.slice(span.start, span.end));
      for (const found of placeholdersIn(text)) {
        report({
          message: `"${found.text}" is a placeholder: replace it with the letter's own text.`,
          span: { start: span.start + found.start, end: span.start + found.start + found.text.length },
          item,
        });
      }
    }
  },
};

/**
 * The parts of the letter read: the text before the decisions (header, credentials, case
 * summary) and each disputed item on its own, so a re-check of some items reports theirs alone.
 */
function regions(determination: Determination): Array<{ span: Span; item?: number }> {
  const decisions = determination.sections.find((section) => section.kind === 'decisions');
  const firstItem = Math.min(determination.text.length, ...determination.items.map((item) => item.span.start));
  const contextEnd = decisions ? Math.min(decisions.heading.start, firstItem) : firstItem;
  return [
    { span: { start: 0, end: contextEnd } },
    ...determination.items.map((item) => ({ span: item.span, item: item.index })),
  ];
}

function placeholdersIn(text: string): Array<{ start: number; text: string }> {
  const found: Array<{ start: number; text: string }> = [];
  for (const placeholder of PLACEHOLDER_TEXTS) {
    for (let at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + placeholder.length)) {
      // An earlier, unbracketed form inside the bracketed one is the same placeholder.
      if (!found.some((other) => other.start <= at && at < other.start + other.text.length)) {
        found.push({ start: at, text: placeholder });
      }
    }
  }
  for (const match of text.matchAll(TAB_STOP)) found.push({ start: match.index ?? 0, text: match[0] });
  return found.sort((a, b) => a.start - b.start);
}
