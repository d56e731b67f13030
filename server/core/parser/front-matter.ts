import type { FrontMatter } from '../model/determination';
import type { LetterLine } from './lines';
import { sectionKindOf } from './sections';

/** Front matter is a short block; a `---` further down is a thematic break, not its end. */
const MAX_FRONT_MATTER_LINES = 60;

/** The line that closes the front matter, if every line before it reads as YAML and none is a section heading. */
function closingLine(lines: LetterLine[]): number {
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES + 1);
  for (let index = 1; index < limit; index++) {
    const line = lines[index];
    if (/^(?:---|\.\.\.)\s*$/.test(line.text)) return index;
    if (!/^(?:[A-Za-z_][\w-]*\s*:|\s|-\s|#|$)/.test(line.text) || sectionKindOf(line)) return -1;
  }
  return -1;
}

/** Longer lines are not `key: value` fields. */
const MAX_FIELD_LINE = 500;

/** YAML front matter of an `*.imr.md` letter: `---` lines around simple `key: value` pairs. */
export function readFrontMatter(lines: LetterLine[]): { frontMatter?: FrontMatter; bodyLine: number } {
  if (lines.length === 0 || lines[0].text.trim() !== '---') return { bodyLine: 0 };
  const close = closingLine(lines);
  if (close < 0) return { bodyLine: 0 };
  const fields: FrontMatter['fields'] = {};
  for (const line of lines.slice(1, close)) {
    const match =
      line.text.length <= MAX_FIELD_LINE ? /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line.text.trimEnd()) : null;
    if (!match) continue;
    const valueStart = line.start + line.text.indexOf(match[2], match[1].length + 1);
    const value = match[2].replace(/^(['"])(.*)\1$/, '$2');
    const offset = value === match[2] ? 0 : 1;
    fields[match[1]] = { value, span: { start: valueStart + offset, end: valueStart + offset + value.length } };
  }
  return { frontMatter: { span: { start: lines[0].start, end: lines[close].end }, fields }, bodyLine: close + 1 };
}
