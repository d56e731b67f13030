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

  it('checks the first items whose text fits the limit, and says so', () => {
    const whole = analyze(text).determination.items;
    const budget = whole.slice(0, 10).reduce((sum, item) => sum + item.span.end - item.span.start, 0);
    const analysis = analyze(text, { maxChars: budget });
    assert.strictEqual(analysis.determination.items.length, 10);
    assert.ok(analysis.findings.every((finding) => finding.item === undefined || finding.item < 10));
    assert.deepStrictEqual(largeLetterNotice(analysis), {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'too-large',
      source: 'imr',
      message: `This letter is too large (${(text.length / 1_000_000).toFixed(1)} MB); checking the first 10 items.`,
    });
  });

  it('still checks the item after a pasted case file', () => {
    const pasted = letter(item(1).replace(': Upheld', ': Overturned')).replace(
      'The patient is a 52 year old male',
      () => `${'The records were reviewed. '.repeat(4000)}The patient is a 52 year old male`,
    );
    const analysis = analyze(pasted, { maxChars: 50_000 });
    assert.deepStrictEqual(
      analysis.findings.map((finding) => finding.rule),
      ['decision-contradicts-rationale'],
    );
    assert.strictEqual(
      largeLetterNotice(analysis)?.message,
      'This letter is too large (0.1 MB); checking the first item.',
    );
  });
});
