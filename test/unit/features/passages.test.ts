import * as assert from 'assert';
import { escapeSnippet, passageSnippet } from '../../../server/core/features/passages';
import { expandSnippet } from './helpers';

describe('features: passage snippets', () => {
  it('turns counts and ranges into tab stops whose defaults are the guideline numbers', () => {
    const passage = 'MTUS allows 3-6 treatments, 1 to 3 times per week, for 1-2 months.';
    assert.strictEqual(
      passageSnippet(passage),
      'MTUS allows ${1:3-6} treatments, ${2:1} to ${3:3} times per week, for ${4:1-2} months.',
    );
    assert.strictEqual(expandSnippet(passageSnippet(passage)), passage);
  });

  it('leaves section numbers, decimals and four-digit numbers alone', () => {
    assert.strictEqual(
      passageSnippet('As defined in 8 CCR 9792.20(f), over 2.5 weeks since 2009, 24 visits.'),
      'As defined in 8 CCR 9792.20(f), over 2.5 weeks since 2009, ${1:24} visits.',
    );
  });

  it('numbers tab stops from the first stop it is given', () => {
    assert.strictEqual(passageSnippet('up to 18 visits', 5), 'up to ${5:18} visits');
  });

  it('escapes the characters snippets give a meaning', () => {
    assert.strictEqual(escapeSnippet('cost $5 {a} \\'), 'cost \\$5 {a\\} \\\\');
  });
});
