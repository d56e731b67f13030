import type { FrontMatter } from '../model/determination';
import type { LetterLine } from './lines';

/** Longer lines are not `key: value` fields. */
const MAX_FIELD_LINE = 500;

/** YAML front matter of an `*.imr.md` letter: `---` lines around simple `key: value` pairs. */
export function readFrontMatter(lines: LetterLine[]): { frontMatter?: FrontMatter; bodyLine: number } {
  if (lines.length === 0 || lines[0].text.trim() !== '---') return { bodyLine: 0 };
  const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line.text));
  if (close < 0) return { bodyLine: 0 };
  const fields: FrontMatter['fields'] = {};
  for (const line of lines.slice(1, close)) {
    const match = line.text.length <= MAX_FIELD_LINE ? /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line.text.trimEnd()) : null;
    if (!match) continue;
    const valueStart = line.start + line.text.indexOf(match[2], match[1].length + 1);
    const value = match[2].replace(/^(['"])(.*)\1$/, '$2');
    const offset = value === match[2] ? 0 : 1;
    fields[match[1]] = { value, span: { start: valueStart + offset, end: valueStart + offset + value.length } };
  }
  return { frontMatter: { span: { start: lines[0].start, end: lines[close].end }, fields }, bodyLine: close + 1 };
}
