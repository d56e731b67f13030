import type { RegulationRef } from '../model/determination';
import { blankComments } from './lines';

/** Section numbers of the regulations and statutes letters cite: 8 CCR 9792.x, 9785, Labor Code 46xx, 5307.27. */
const NUMBER = /\b(97\d\d(?:\.\d{1,2}){0,3}|46\d\d(?:\.\d)?|5307\.27)((?:\([a-z0-9]{1,3}\)){0,3})/g;
const CODE_BEFORE =
  /(?:\b(8\s*CCR|Title\s*8(?:,?\s*(?:CCR|California Code of Regulations))?|CCR|California Code of Regulations|Labor\s+Code|LC|Cal\.?\s*Lab\.?\s*Code)\s*(?:,\s*)?(?:§{1,2}|sections?|sec\.)?\s*)$/i;

/** Every regulation or statute number in the letter, with the code words written before it. */
export function findRegulationRefs(letter: string): RegulationRef[] {
  const refs: RegulationRef[] = [];
  // HTML comments (directives, fixture markers) hold no letter text; blanking keeps offsets.
  const text = blankComments(letter);
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    if (isPartOfLargerNumber(text, match.index, match.index + match[1].length)) continue;
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const code = CODE_BEFORE.exec(before);
    const start = code ? match.index - code[0].length : match.index;
    const ref: RegulationRef = {
      text: text.slice(start, match.index + match[0].length),
      span: { start, end: match.index + match[0].length },
      code: !code ? 'none' : /labor|lc|lab/i.test(code[1]) ? 'labor-code' : 'ccr',
      section: match[1],
    };
    if (code) ref.codeSpan = { start, end: start + code[1].length };
    if (match[2]) ref.subdivision = match[2];
    refs.push(ref);
  }
  return refs;
}

/** "CM14-09792.20" or "19792" are not section numbers. */
function isPartOfLargerNumber(text: string, start: number, end: number): boolean {
  const previous = text[start - 1] ?? '';
  const next = text[end] ?? '';
  return /[\d.\-/]/.test(previous) || (next === '.' && /\d/.test(text[end + 1] ?? '')) || /\d/.test(next);
}
