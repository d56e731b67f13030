import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../../server/core';
import { exportLetter } from '../../../server/core/export';
import type { Finding } from '../../../server/core/check/finding';
import { generatedItem, letterOpening } from '../../bench/generate-letter';
import { fixtureConfig } from '../rules/harness';
import { essence } from './essence';
import { asPublished, projectLetters } from './letters';

const ROOT = path.resolve(__dirname, '../../../..');

function check(text: string) {
  return checkText(text, { config: fixtureConfig() });
}

interface Placed {
  rule: string;
  start: number;
  end: number;
}

function placed(findings: Finding[]): Placed[] {
  return findings
    .map(({ rule, span }) => ({ rule, start: span.start, end: span.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** The draft and its exported text read into the same letter, with the same findings at the mapped places. */
function assertRoundTrip(draft: string): void {
  const draftAnalysis = check(asPublished(draft));
  const exported = exportLetter(check(draft));
  const exportAnalysis = check(exported.text);
  assert.deepStrictEqual(essence(exportAnalysis.determination), essence(draftAnalysis.determination));
  const mapped = draftAnalysis.findings.flatMap((finding) => {
    const span = exported.map.mapSpan(finding.span);
    return span ? [{ ...finding, span }] : [];
  });
  assert.deepStrictEqual(placed(exportAnalysis.findings), placed(mapped));
  assert.strictEqual(exportLetter(exportAnalysis).text, exported.text, 'the export of the export is itself');
}

/** Ways a reviewer writes the Markdown of a draft, each a change to a generated letter. */
const STYLES: Array<(text: string) => string> = [
  (text) => text.replace(/^- (State|Certification)/gm, '$1'),
  (text) => text.replace(/^\*\*(Claims Administrator guideline|MAXIMUS guideline|Decision rationale):\*\*/gm, '$1:'),
  (text) =>
    text.replace(/^\*\*(Claims Administrator guideline|MAXIMUS guideline|Decision rationale):\*\*/gm, '**$1**:'),
  (text) => text.replace(/^# CLINICAL CASE SUMMARY$/m, '# Clinical Case Summary'),
  (text) =>
    text.replace(/^# HOW THE IMR FINAL DETERMINATION WAS MADE$/m, '**HOW THE IMR FINAL DETERMINATION WAS MADE**'),
  (text) => text.replace(/\bhome exercise program\b/, '*home exercise program*'),
  (text) => text.replace(/\bfunctional improvement\b/, '__functional improvement__'),
  (text) => text.replace(/^(## .*)$/m, '<!-- imr-disable-next-line exceeds-guideline-limit -->\n$1'),
  (text) => `---\ncase: CM16-0104001\n---\n\n${text}`,
  (text) => text.replace(/\n\n(# IMR ISSUES)/, '\n\n---\n\n$1'),
  (text) => text.replace(/\n/g, '\r\n'),
];

const generatedDraft = fc
  .record({
    items: fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 6 }),
    styles: fc.subarray(STYLES.map((_, index) => index)),
  })
  .map(({ items, styles }) => {
    const letter = letterOpening() + items.map((n) => `\n${generatedItem(n)}`).join('');
    return styles.reduce((text, style) => STYLES[style](text), letter);
  });

describe('export: the published text round trip', () => {
  const letters = projectLetters();

  it('covers the examples, the fixtures and the e2e letters, both shapes', () => {
    assert.ok(letters.length >= 90, `only ${letters.length} letters`);
    assert.ok(letters.some((file) => file.endsWith('.imr.md')) && letters.some((file) => file.endsWith('.txt')));
  });

  for (const file of letters) {
    it(`${path.relative(ROOT, file)} reads the same from its export, with the same findings`, () => {
      assertRoundTrip(fs.readFileSync(file, 'utf8'));
    });
  }

  it('generated drafts, in the ways reviewers write Markdown, read the same from their export', () => {
    const seed = Number(process.env.IMR_PROPERTY_SEED ?? 20161103);
    fc.assert(fc.property(generatedDraft, assertRoundTrip), {
      numRuns: Number(process.env.IMR_PROPERTY_RUNS ?? 60),
      seed,
    });
  });

  it('a letter in the published layout exports to itself', () => {
    const published = letters.filter((file) => file.endsWith('.txt'));
    assert.ok(published.length >= 30);
    for (const file of published) {
      const text = fs.readFileSync(file, 'utf8');
      if (text.includes('<!--')) continue;
      assert.strictEqual(exportLetter(check(text)).text, text, path.relative(ROOT, file));
    }
  });
});
