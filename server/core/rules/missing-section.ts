import type { ReviewerProfile } from '../check/config';
import type { Determination, SectionKind } from '../model/determination';
import type { Rule } from '../check/rule';
import { sectionSkeleton } from '../letter/sections';
import { SECTION_ORDER, SECTION_TITLES } from '../letter/grammar';
import { lineBreakOf, lineStartOf } from '../letter/text';

export const missingSection: Rule = {
  id: 'missing-section',
  defaultSeverity: 'error',
  description: 'A required section of the final determination is absent.',
  doc:
    'A final determination has three sections, in this order: HOW THE IMR FINAL DETERMINATION WAS MADE (who ' +
    'reviewed the case and their credentials), CLINICAL CASE SUMMARY (the facts the reviewer relied on) and IMR ' +
    'ISSUES, DECISIONS AND RATIONALES (one decision per disputed item). Each absent section draws one finding at ' +
    'the place it belongs. The fix inserts the section heading and its standard lead sentence there, as a markdown ' +
    'heading or a plain all-caps line to match the letter, for the reviewer to complete.',
  tags: ['structure'],
  check({ determination, config, report }) {
    const present = new Set(determination.sections.map((section) => section.kind));
    for (const kind of SECTION_ORDER) {
      if (present.has(kind)) continue;
      const at = insertionPoint(determination, kind);
      report({
        message: `The section "${SECTION_TITLES[kind]}" is missing.`,
        span: { start: at, end: at },
        fixes: [
          {
            title: `Insert the "${SECTION_TITLES[kind]}" section`,
            changes: [{ span: { start: at, end: at }, newText: skeletonAt(determination, kind, at, config.reviewer) }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
  },
};

/** Before the next section (or item) that is present; else after the last section (the end); else after the header block. */
function insertionPoint(determination: Determination, kind: SectionKind): number {
  const rank = SECTION_ORDER.indexOf(kind);
  // Items stand in the decisions section, the last one, so every missing section goes before them.
  const later = [
    ...determination.sections
      .filter((section) => SECTION_ORDER.indexOf(section.kind) > rank)
      .map((section) => section.heading.start),
    ...determination.items.slice(0, 1).map((item) => item.span.start),
  ];
  if (later.length > 0)
    return lineStartOf(
      determination,
      later.reduce((first, next) => Math.min(first, next)),
    );
  if (determination.sections.length > 0) return determination.text.length;
  return afterHeaderBlock(determination);
}

function afterHeaderBlock(determination: Determination): number {
  const ends = determination.header.flatMap((field) => [field.label.span.end, field.value?.span.end ?? 0]);
  if (determination.frontMatter) ends.push(determination.frontMatter.span.end);
  if (ends.length === 0) return 0;
  const { lines } = determination;
  const lastLine = lines.positionAt(Math.max(...ends)).line;
  return lastLine + 1 < lines.lineCount ? lines.lineStart(lastLine + 1) : determination.text.length;
}

/** At the end of a letter that lacks a final line break, the skeleton starts on a fresh paragraph. */
function skeletonAt(determination: Determination, kind: SectionKind, at: number, reviewer: ReviewerProfile): string {
  const skeleton = sectionSkeleton(determination, kind, reviewer);
  const { text } = determination;
  if (at < text.length || at === 0 || /\n$/.test(text)) return skeleton;
  const eol = lineBreakOf(text);
  return eol + eol + skeleton;
}
