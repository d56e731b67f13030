import type { ReviewerProfile } from '../check/config';
import type { Determination, SectionKind } from '../model/determination';
import { credentialLine } from './labels';
import { CREDENTIALS_INTRO, LICENSURE_LABEL, SECTION_LEADS, SECTION_TITLES, SPECIALTY_LABEL } from './grammar';
import { lineBreakOf, lineStartOf } from './text';

/** The labelled credentials lines for a reviewer profile, or none when the profile is incomplete. */
export function credentialsLines(determination: Determination, reviewer: ReviewerProfile): string[] {
  if (!reviewer.licensure?.length || !reviewer.specialty) return [];
  return [
    CREDENTIALS_INTRO,
    credentialLine(determination, LICENSURE_LABEL, reviewer.licensure.join(',')),
    credentialLine(determination, SPECIALTY_LABEL, reviewer.specialty),
  ];
}

/** Heading, lead paragraph (and for how-made, the reviewer's credentials), each followed by a blank line. */
export function sectionSkeleton(determination: Determination, kind: SectionKind, reviewer: ReviewerProfile): string {
  const eol = lineBreakOf(determination.text);
  const paragraphs = [headingLine(determination, kind), SECTION_LEADS[kind]];
  if (kind === 'how-made') {
    const credentials = credentialsLines(determination, reviewer);
    if (credentials.length > 0) paragraphs.push(credentials.join(eol));
  }
  return paragraphs.map((paragraph) => paragraph + eol + eol).join('');
}

function headingLine(determination: Determination, kind: SectionKind): string {
  if (determination.shape !== 'markdown') return SECTION_TITLES[kind];
  return `${headingMarks(determination)} ${SECTION_TITLES[kind]}`;
}

/** The `#` marks the letter's other section headings use (`#` when there are none). */
function headingMarks(determination: Determination): string {
  for (const section of determination.sections) {
    const lead = determination.text.slice(lineStartOf(determination, section.heading.start), section.heading.start);
    const marks = /#+/.exec(lead);
    if (marks) return marks[0];
  }
  return '#';
}
