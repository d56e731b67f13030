import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { checkText, defaultConfig, type CheckerConfig } from '../../../server/core';
import type { Finding, Fix } from '../../../server/core/check/finding';
import { generatedItem, ITEM_KINDS, letterOpening } from '../../bench/generate-letter';
import { applyFix } from '../rules/harness';
import { assertInsideDocument } from './invariants';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');
const SEED_LETTERS = [
  ...fs.readdirSync(EXAMPLES).map((name) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8')),
  letterOpening() + Array.from({ length: ITEM_KINDS }, (_, n) => `\n${generatedItem(n)}`).join(''),
];

/** With a reviewer profile, so the credentials fixes have something to write. */
const CONFIG: CheckerConfig = {
  ...defaultConfig(),
  reviewer: { licensure: ['California'], specialty: 'Chiropractor' },
};

/** Pieces of letter grammar, so mutations reach the parser's corners rather than only its fallbacks. */
const FRAGMENTS = [
  '\n',
  '\r\n',
  '\r',
  '\f',
  '\n\n',
  ' ',
  ':',
  '**',
  '## ',
  '# ',
  '- ',
  '> ',
  '1. ',
  '(',
  ')',
  '"',
  '…',
  '—',
  '\u00a0',
  '\t',
  '𝒜',
  'Upheld',
  'Overturned',
  ': Upheld\n',
  ': Overturned\n',
  '\nUpheld\n',
  'is: Upheld',
  'Claims Administrator guideline:',
  'MAXIMUS guideline:',
  'Decision rationale:',
  '**Decision rationale:**',
  'Decision based on MTUS Chronic Pain Treatment Guidelines Manual therapy & manipulation Page(s): 58-',
  'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ',
  ', and ',
  'Non-MTUS Citation ',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'CLINICAL CASE SUMMARY',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'State(s) of Licensure:',
  'Certification(s)/Specialty:',
  'licensed to practice in California',
  'is medically necessary.',
  'is not medically necessary.',
  'not-medically necessary',
  'MTUS allows 10-12 visits',
  'ODG allows 9 visits over 8 weeks',
  '3-6',
  '1-',
  '2x4',
  '#6',
  '(8)',
  'x6',
  '2 times a week for 4 weeks',
  '24 visits',
  '13/45/2014',
  '02/30/2015',
  '1/1/1900',
  '12/31/2099',
  'dated 7/1/2014',
  'labor code 9792.20(e)',
  '8 CCR 9792.20(f)',
  '555-123-4567',
  'jane@example.com',
  'SSN 123-45-6789',
  '123 Main Street',
  '---\n',
  '<!-- imr-disable -->',
  '<!-- imr-enable phi -->',
  '<!-- imr-disable-next-line missing-conclusion -->',
  '<!--',
  'was the original request.',
  'was authorized by the Claims Administrator.',
  'The remaining IMR eligible portion of the original request,',
  'Case Number:',
  'Date of Injury:',
  'UR Denial Date:',
  'CM15-0001234',
  'acupuncture',
  'chiropractic',
  'lumbar',
  'cervical',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap-lines'; at: number; other: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8, unit: 'binary' })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
);

function mutate(text: string, change: Mutation): string {
  const at = text.length === 0 ? 0 : change.at % (text.length + 1);
  switch (change.kind) {
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'duplicate':
      return text.slice(0, at + change.length) + text.slice(at, at + change.length) + text.slice(at + change.length);
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = change.at % lines.length;
      const b = change.other % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
  }
}

const mutatedLetter = fc
  .tuple(fc.constantFrom(...SEED_LETTERS), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([letter, changes]) => changes.reduce(mutate, letter));

/** Letters assembled from grammar pieces in random order: nothing like a real letter, everything like its parts. */
const fragmentLetter = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(''));

const anyText = fc.string({ maxLength: 400, unit: 'binary' });

/** The safe fixes of one pass that do not overlap one another (as "fix all" applies them). */
function compatibleSafeFixes(findings: Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: Array<{ start: number; end: number }> = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix) continue;
    // Two insertions at one offset overlap too: their order would be a guess.
    const overlaps = fix.changes.some((change) =>
      taken.some(
        (span) => (change.span.start < span.end && span.start < change.span.end) || change.span.start === span.start,
      ),
    );
    if (overlaps) continue;
    chosen.push(fix);
    taken.push(...fix.changes.map((change) => change.span));
  }
  return chosen;
}

function applyAll(text: string, fixes: Fix[]): string {
  return applyFix(text, { title: 'fix all', safe: true, changes: fixes.flatMap((fix) => fix.changes) });
}

const safelyFixable = (findings: Finding[]) => findings.filter((finding) => finding.fixes.some((fix) => fix.safe));

describe('robustness: random and mutated letters', () => {
  // A fixed seed keeps `npm test` repeatable; IMR_PROPERTY_SEED and IMR_PROPERTY_RUNS explore further.
  const seed = Number(process.env.IMR_PROPERTY_SEED ?? 20161103);
  const runs = { numRuns: Number(process.env.IMR_PROPERTY_RUNS ?? 150), seed };

  it('checking never throws and every span and range lies inside the document (arbitrary text)', () => {
    fc.assert(
      fc.property(anyText, (text) => assertInsideDocument(text, checkText(text, { config: CONFIG }))),
      runs,
    );
  });

  it('checking never throws and every span and range lies inside the document (letter fragments)', () => {
    fc.assert(
      fc.property(fragmentLetter, (text) => assertInsideDocument(text, checkText(text, { config: CONFIG }))),
      runs,
    );
  });

  it('checking never throws and every span and range lies inside the document (mutated letters)', () => {
    fc.assert(
      fc.property(mutatedLetter, (text) => assertInsideDocument(text, checkText(text, { config: CONFIG }))),
      runs,
    );
  });

  it('applying all safe fixes, as "fix all" does until nothing changes, leaves no safely fixable finding', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedLetter, fragmentLetter), (original) => {
        let text = original;
        for (let pass = 0; pass < 10; pass++) {
          const fixes = compatibleSafeFixes(checkText(text, { config: CONFIG }).findings);
          if (fixes.length === 0) break;
          text = applyAll(text, fixes);
        }
        const result = checkText(text, { config: CONFIG });
        assertInsideDocument(text, result);
        assert.deepStrictEqual(
          safelyFixable(result.findings).map((finding) => `${finding.rule}: ${finding.message}`),
          [],
          `after fixing:\n${text}`,
        );
      }),
      { ...runs, numRuns: Math.ceil(runs.numRuns * 0.7) },
    );
  });
});
