import type { Fix, TextChange } from '../check/finding';
import type { Credentials, Determination, Section } from '../model/determination';
import type { Span } from '../model/span';
import type { ReviewerProfile } from '../check/config';
import type { Rule } from '../check/rule';
import { afterLabelColon, credentialLine } from '../letter/labels';
import { CREDENTIALS_INTRO, LICENSURE_LABEL, SPECIALTY_LABEL } from '../letter/grammar';
import { insertLinesAfter } from '../letter/text';

interface MissingPart {
  name: string;
  label: string;
  /** The reviewer's own value, from the settings. */
  value: (reviewer: Required<ReviewerProfile>) => string;
  labelSpan?: Span;
}

export const missingCredentials: Rule = {
  id: 'missing-credentials',
  defaultSeverity: 'error',
  description: "The reviewer's state of licensure or specialty is not stated.",
  doc:
    'The HOW THE IMR FINAL DETERMINATION WAS MADE section must say where the expert reviewer is licensed and in ' +
    'what specialty or certification, either as labelled lines ("State(s) of Licensure:", ' +
    '"Certification(s)/Specialty:") or in prose ("licensed in Acupuncture and … licensed to practice in ' +
    'California", "Board Certified in Occupational Medicine and holds an active license to practice in California"). The finding names what is missing. It is not reported when the whole section is missing. When ' +
    "the settings hold the reviewer's licensure and specialty, the fix writes the missing labelled lines or values; " +
    'otherwise, in editors that insert snippets, it writes the lines with the values for the reviewer to type.',
  tags: ['structure', 'credentials'],
  check({ determination, config, report }) {
    const howMade = determination.sections.find((section) => section.kind === 'how-made');
    if (!howMade) return;
    const missing = missingParts(determination.credentials);
    if (missing.length === 0) return;
    const { licensure, specialty } = config.reviewer;
    const fix =
      licensure?.length && specialty
        ? fromSettings(determination, howMade, missing, { licensure, specialty })
        : toFillIn(determination, howMade, missing);
    report({
      message: `The reviewer's credentials give no ${missing.map((part) => part.name).join(' and no ')}.`,
      span: missing.length === 1 && missing[0].labelSpan ? missing[0].labelSpan : howMade.heading,
      fixes: [fix],
    });
  },
};

function missingParts(credentials: Credentials): MissingPart[] {
  const parts: MissingPart[] = [];
  if (credentials.states.length === 0) {
    parts.push({
      name: 'state of licensure',
      label: LICENSURE_LABEL,
      value: (reviewer) => reviewer.licensure.join(','),
      labelSpan: credentials.licensureLabel,
    });
  }
  if (credentials.specialties.length === 0) {
    parts.push({
      name: 'specialty or certification',
      label: SPECIALTY_LABEL,
      value: (reviewer) => reviewer.specialty,
      labelSpan: credentials.specialtyLabel,
    });
  }
  return parts;
}

/** The reviewer's credentials from the settings: a safe fix, since they are the reviewer's own. */
function fromSettings(
  determination: Determination,
  howMade: Section,
  missing: MissingPart[],
  reviewer: Required<ReviewerProfile>,
): Fix {
  const changes = credentialsChanges(determination, howMade, missing, (part) => part.value(reviewer));
  return { title: "Insert the reviewer's credentials from the settings", changes, safe: true };
}

/**
 * Without settings: the lines as a snippet, the cursor on each empty value in turn (for clients
 * that insert snippets). No example value: one left in place would read as the reviewer's own.
 */
function toFillIn(determination: Determination, howMade: Section, missing: MissingPart[]): Fix {
  const changes = credentialsChanges(determination, howMade, missing, (_part, index) => `\${${index + 1}}`);
  return { title: 'Insert the credentials lines to fill in', changes, safe: false, snippet: true };
}

/** Fills empty labels in place; writes the lines that are missing after the credentials (or the section's text). */
function credentialsChanges(
  determination: Determination,
  howMade: Section,
  missing: MissingPart[],
  valueOf: (part: MissingPart, index: number) => string,
): TextChange[] {
  const changes: TextChange[] = [];
  const newLines: string[] = [];
  missing.forEach((part, index) => {
    if (part.labelSpan) {
      const at = afterLabelColon(determination.text, part.labelSpan.end);
      changes.push({ span: { start: at, end: at }, newText: ` ${valueOf(part, index)}` });
    } else {
      newLines.push(credentialLine(determination, part.label, valueOf(part, index)));
    }
  });
  if (newLines.length > 0) {
    const { credentials } = determination;
    if (!credentials.form && newLines.length === missing.length) newLines.unshift(CREDENTIALS_INTRO);
    const after =
      credentials.form === 'labelled' && credentials.span
        ? credentials.span.end
        : afterLeadParagraph(determination, howMade);
    const lines = insertLinesAfter(determination, after, newLines);
    // A value written at the same point (an empty label ending the block) must come before the new lines.
    const same = changes.find((change) => change.span.start === lines.span.start);
    if (same) same.newText += lines.newText;
    else changes.push(lines);
  }
  return changes;
}

/**
 * Where credentials go when the letter has none: after the section's first paragraph (the
 * boilerplate), the first line ending a sentence that a blank line follows, so double-spaced
 * letters are not split mid-paragraph; else right after the heading. Never at the section's end,
 * which in a broken letter may already hold text of the next section.
 */
function afterLeadParagraph(determination: Determination, howMade: Section): number {
  const { lines, text } = determination;
  const lineText = (line: number) => text.slice(lines.lineStart(line), lines.lineEnd(line)).trim();
  const first = lines.positionAt(howMade.heading.end).line + 1;
  const last = lines.positionAt(howMade.body.end).line;
  for (let line = first; line <= last && lines.lineStart(line) < howMade.body.end; line++) {
    const ends = /[.:]["')]?$/.test(lineText(line));
    if (ends && (line + 1 >= lines.lineCount || lineText(line + 1) === '')) return lines.lineEnd(line);
  }
  return howMade.heading.end;
}
