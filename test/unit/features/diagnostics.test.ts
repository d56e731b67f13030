import * as assert from 'assert';
import { toDiagnostic } from '../../../server/core/features';
import { LineIndex } from '../../../server/core/model/line-index';
import type { Finding } from '../../../server/core/check/finding';

describe('features: diagnostics', () => {
  const text = 'The patient is female.\nHe has neck pain.\n';
  const lines = new LineIndex(text);
  const finding: Finding = {
    rule: 'inconsistent-fact',
    severity: 'warning',
    message: 'The case summary refers to the patient as "He" (male), while the case summary uses "female" (female).',
    span: { start: 23, end: 25 },
    fixes: [],
    related: [{ span: { start: 15, end: 21 }, message: 'The case summary has "female" here.' }],
  };

  it('carries the other place as related information in the same letter', () => {
    const diagnostic = toDiagnostic(finding, lines, 'file:///letter.imr.md');
    assert.deepStrictEqual(diagnostic.relatedInformation, [
      {
        location: {
          uri: 'file:///letter.imr.md',
          range: { start: { line: 0, character: 15 }, end: { line: 0, character: 21 } },
        },
        message: 'The case summary has "female" here.',
      },
    ]);
  });

  it('has no related information when the finding names no other place', () => {
    const diagnostic = toDiagnostic({ ...finding, related: undefined }, lines, 'file:///letter.imr.md');
    assert.strictEqual(diagnostic.relatedInformation, undefined);
  });
});
