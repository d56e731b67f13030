import type { Rule } from '../check/rule';
import { textOf } from '../model/determination';

/** Title 8 CCR sections 9700-9799 (MTUS, IMR procedure); no Labor Code section is numbered so. */
const CCR_SECTION = /^97\d\d(\.|$)/;
const CCR_CODE = '8 CCR';

export const citationMislabel: Rule = {
  id: 'citation-mislabel',
  defaultSeverity: 'information',
  description: 'A regulation is cited under the wrong code ("Labor Code 9792.20" is 8 CCR 9792.20).',
  doc:
    'The MTUS and the IMR procedures (the 97xx sections such as 9792.20 or 9792.24.1) are regulations in Title 8 of the ' +
    'California Code of Regulations, not sections of the Labor Code; "labor code 9792.20(e)" is a common slip for ' +
    '"8 CCR 9792.20(e)". Citing the wrong code makes the reference impossible to look up. The fix replaces the ' +
    'code words with "8 CCR".',
  tags: ['citations', 'law'],
  check({ determination, report }) {
    for (const ref of determination.regulationRefs) {
      if (ref.code !== 'labor-code' || !ref.codeSpan || !CCR_SECTION.test(ref.section)) continue;
      const written = textOf(determination, ref.codeSpan);
      report({
        message: `"${ref.text}" cites a Title 8 regulation as ${written}; it is ${CCR_CODE} ${ref.section}${ref.subdivision ?? ''}.`,
        span: ref.span,
        fixes: [
          {
            title: `Replace "${written}" with "${CCR_CODE}"`,
            changes: [{ span: ref.codeSpan, newText: CCR_CODE }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
  },
};
