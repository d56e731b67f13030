import type { Fix } from '../check/finding';
import type { GuidelineCitation } from '../model/determination';
import type { Span } from '../model/span';
import type { Rule } from '../check/rule';
import { citationsOf } from '../letter/citations';
import { textOf } from '../model/determination';

interface Slip {
  /** Finds the slip in the citation's text; linear patterns only. */
  pattern: RegExp;
  /** What the letter's grammar writes instead. */
  replacement: (found: string) => string;
  problem: string;
}

/** Departures from both eras' grammars ("… Page(s): 58-59." / "… 2016, Section(s): …") that have one right form. */
const SLIPS: Slip[] = [
  {
    pattern: /\b(?:pages?|pgs?|pp?)\.? ?(?:\(s\))?:(?<!Page\(s\):)/i,
    replacement: () => 'Page(s):',
    problem: 'pages are written "Page(s):"',
  },
  {
    pattern: /\bsections?(?: ?\(s\))?:(?<!Section\(s\):)/i,
    replacement: () => 'Section(s):',
    problem: 'sections are written "Section(s):"',
  },
  {
    pattern: /\b(?:19|20)\d\d Section\(s\):/,
    replacement: (found) => `${found.slice(0, 4)}, Section(s):`,
    problem: 'a comma separates the year from "Section(s):"',
  },
];

export const citationFormat: Rule = {
  id: 'citation-format',
  defaultSeverity: 'information',
  description: "A citation follows neither era's citation grammar.",
  doc:
    'Letters decided before July 28, 2016 cite "Decision based on MTUS <Guideline> <Topic> Page(s): <pages>."; ' +
    'later letters cite "Decision based on MTUS <Guideline> <Year>, Section(s): <Section>." A citation that follows ' +
    'neither (a "Pages:" or "Section:" label, a year without its comma, or pages given for a 2016-style guideline ' +
    'and year) is harder to check and to look up. The fix rewrites the label to the nearest valid form; a citation ' +
    'that mixes the two grammars is reported without a fix, because only the reviewer knows which edition was meant.',
  tags: ['citations', 'era'],
  check({ determination, report }) {
    for (const { item, citation } of citationsOf(determination)) {
      const written = textOf(determination, citation.span);
      for (const slip of SLIPS) {
        const found = slip.pattern.exec(written);
        if (!found) continue;
        const span: Span = {
          start: citation.span.start + found.index,
          end: citation.span.start + found.index + found[0].length,
        };
        const newText = slip.replacement(found[0]);
        const fix: Fix = { title: `Write "${newText}"`, changes: [{ span, newText }], safe: true, preferred: true };
        report({ message: `Citation format: ${slip.problem}.`, span, item: item.index, fixes: [fix] });
      }
      if (mixesGrammars(citation)) {
        report({
          message:
            `The citation of ${citation.name.value} gives a year (${citation.year?.value}), as 2016 citations do, ` +
            'with 2009-style "Page(s):".',
          span: citation.span,
          item: item.index,
        });
      }
    }
  },
};

function mixesGrammars(citation: GuidelineCitation): boolean {
  return citation.mtus && citation.format === 'pages-2009' && citation.year !== undefined;
}
