import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { largeLetterNotice } from '../../../server/core/features';
import { analyze, letter } from './helpers';

function item(index: number): string {
  return [
    `## Item ${index}: 6 acupuncture sessions for the neck: Upheld`,
    '',
    '**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.',
    '',
    '**MAXIMUS guideline:** The Expert Reviewer did not cite any medical evidence for its decision.',
    '',
    '**Decision rationale:** Nothing documents functional improvement. The request is not medically necessary.',
    '',
  ].join('\n');
}

describe('features: letters too large to check whole', () => {
  const items = Array.from({ length: 40 }, (_, index) => item(index + 1)).join('\n');
  const text = letter(items);

  it('checks a letter within the limit whole, without a notice', () => {
    const analysis = analyze(text);
    assert.strictEqual(analysis.determination.items.length, 40);
    assert.strictEqual(largeLetterNotice(analysis), undefined);
  });

  it('checks only the items that end before the limit and says so', () => {
    const limit = text.indexOf('## Item 11:');
    const analysis = analyze(text, { maxChars: limit });
    assert.strictEqual(analysis.determination.items.length, 10);
    assert.ok(analysis.findings.every((finding) => finding.span.end <= limit));
    assert.deepStrictEqual(largeLetterNotice(analysis), {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'too-large',
      source: 'imr',
      message: `This letter is too large (${(text.length / 1_000_000).toFixed(1)} MB); checking the first 10 items.`,
    });
  });
});
