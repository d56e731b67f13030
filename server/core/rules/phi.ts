import type { Determination } from '../model/determination';
import type { Span } from '../model/span';
import { blankComments } from '../parser/lines';
import type { Rule } from '../check/rule';

interface Identifier {
  kind: string;
  pattern: RegExp;
  /** A character every match holds: a letter without it is not scanned (most letters have no "@"). */
  holds?: string;
}

/**
 * Identifiers a published letter never carries. Each pattern is linear (no nested quantifiers over
 * overlapping classes) and demands shapes that case numbers (CM14-0123456), dates, ICD codes and page
 * ranges do not have: an SSN is 3-2-4 digits, a phone number 3-3-4.
 */
const IDENTIFIERS: Identifier[] = [
  { kind: 'a Social Security number', pattern: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g },
  { kind: 'a phone number', pattern: /(?:\(\d{3}\)\s?|(?<![\w.-])\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])/g },
  {
    kind: 'an e-mail address',
    pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
    holds: '@',
  },
  {
    kind: 'a street address',
    pattern:
      /\b\d{1,6} (?:[A-Z][a-z]+ ){1,3}(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Ln|Way|Court|Ct|Place|Terrace|Parkway|Highway)\b\.?/g,
  },
  { kind: "a person's name", pattern: /\b(?:Mr|Mrs|Ms|Miss)\.? [A-Z][a-z]+(?:-[A-Z][a-z]+)?/g },
];

/** Front-matter fields that name the patient in a markdown draft. */
const NAME_FIELDS = ['patient', 'patientName', 'patient_name', 'name', 'claimant', 'employee'];
const REDACTED = '[REDACTED]';

export const phi: Rule = {
  id: 'phi',
  defaultSeverity: 'warning',
  description: 'The letter carries an identifier a published determination never does.',
  doc:
    'Published IMR determinations are de-identified: they never carry a Social Security number, phone number, ' +
    'e-mail or street address, nor the patient\'s name ("Mr. Smith", or the name a markdown draft keeps in its ' +
    'front matter). Each one found draws a finding; case numbers, dates, ICD codes and page ranges do not. The fix ' +
    'replaces the identifier with "[REDACTED]".',
  tags: ['privacy'],
  check({ determination, report }) {
    for (const found of identifiers(determination)) {
      report({
        message: `This looks like ${found.kind}; published determinations must not identify anyone.`,
        span: found.span,
        fixes: [
          {
            title: `Replace with "${REDACTED}"`,
            changes: [{ span: found.span, newText: REDACTED }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
  },
};

function identifiers(determination: Determination): Array<{ kind: string; span: Span }> {
  const skip = determination.frontMatter?.span ?? { start: 0, end: 0 };
  // One pass per pattern over the letter with HTML comments blanked: comments (directives, notes) are not letter text.
  const text = blankComments(determination.text);
  const found: Array<{ kind: string; span: Span }> = [];
  const add = (kind: string, start: number, length: number) => {
    if (start >= skip.end || start + length <= skip.start) found.push({ kind, span: { start, end: start + length } });
  };
  for (const { kind, pattern, holds } of IDENTIFIERS) {
    if (holds && !text.includes(holds)) continue;
    for (const match of text.matchAll(pattern)) add(kind, match.index, match[0].length);
  }
  for (const name of patientNames(determination)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      add("the patient's name", at, name.length);
  }
  return withoutOverlaps(found);
}

function patientNames(determination: Determination): string[] {
  const fields = determination.frontMatter?.fields ?? {};
  return NAME_FIELDS.map((key) => fields[key]?.value.trim() ?? '').filter((name) => name.length > 1);
}

/** A name inside an address (or found twice) is one identifier, not two. */
function withoutOverlaps(found: Array<{ kind: string; span: Span }>): Array<{ kind: string; span: Span }> {
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Array<{ kind: string; span: Span }> = [];
  for (const entry of sorted) {
    const last = kept[kept.length - 1];
    if (last && entry.span.start < last.span.end) continue;
    kept.push(entry);
  }
  return kept;
}
