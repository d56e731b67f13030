import type { Section, SectionKind } from '../model/determination';
import { SECTION_ORDER, SECTION_TITLES } from '../letter/grammar';
import { contentStart, contentEnd, plainContent, type LetterLine } from './lines';

/** Compares headings without case, punctuation or Markdown marks ("IMR Issues, Decisions, and Rationales"). */
function headingKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z ]+/g, ' ')
    .replace(/\bAND\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KEYS = new Map(SECTION_ORDER.map((kind) => [headingKey(SECTION_TITLES[kind]), kind]));

/** Every heading ends in one of these words; checking for them first keeps ordinary lines cheap. */
const LAST_WORDS = new RegExp(SECTION_ORDER.map((kind) => /\w+$/.exec(SECTION_TITLES[kind])?.[0]).join('|'), 'i');

export function sectionKindOf(line: LetterLine): SectionKind | undefined {
  if (line.text.length > 120 || !LAST_WORDS.test(line.text)) return undefined;
  return KEYS.get(headingKey(plainContent(line)));
}

/** Finds the section headings; each section runs to the next heading (or the end of the letter). */
export function findSections(lines: LetterLine[], fromLine: number, textLength: number): Section[] {
  const nextLineStart = (line: LetterLine) => lines[line.index + 1]?.start ?? textLength;
  const headings: Array<{ kind: SectionKind; line: LetterLine }> = [];
  for (let i = fromLine; i < lines.length; i++) {
    const kind = sectionKindOf(lines[i]);
    if (kind && !headings.some((heading) => heading.kind === kind)) headings.push({ kind, line: lines[i] });
  }
  return headings.map(({ kind, line }, index) => {
    const next = headings[index + 1];
    const bodyEnd = next ? next.line.start : textLength;
    return {
      kind,
      title: plainContent(line),
      heading: { start: contentStart(line), end: contentEnd(line) },
      body: { start: Math.min(nextLineStart(line), bodyEnd), end: bodyEnd },
    };
  });
}
