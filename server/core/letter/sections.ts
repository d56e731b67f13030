import type { ReviewerProfile } from '../check/config';
import type { Determination, SectionKind } from '../model/determination';
import { CREDENTIALS_INTRO, LICENSURE_LABEL, SPECIALTY_LABEL, credentialLine } from './labels';
import { SECTION_TITLES } from '../parser/sections';
import { lineBreakOf, lineStartOf } from './text';

/** The three sections of a final determination, in letter order, with their standard wording. */
export const SECTION_ORDER: readonly SectionKind[] = ['how-made', 'case-summary', 'decisions'];

export { SECTION_TITLES };

export const SECTION_LEADS: Record<SectionKind, string> = {
  'how-made':
    'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the ' +
    'employer, employee, providers or the claims administrator. He/she has been in active clinical practice for more ' +
    'than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was ' +
    'selected based on his/her clinical experience, education, background, and expertise in the same or similar ' +
    'specialties that evaluate and/or treat the medical condition and disputed items/services. He/she is familiar ' +
    'with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent ' +
    'Medical Review determinations.',
  'case-summary':
    'The expert reviewer developed the following clinical case summary based on a review of the case file, ' +
    'including all medical records:',
  decisions: 'The Final Determination was based on decisions for the disputed items/services set forth below:',
};

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
