import * as assert from 'assert';
import { isGlob, matchesGlob, matchesSegment, splitGlob } from '../../../server/node/glob';

describe('glob matching', () => {
  it('tells globs from plain paths', () => {
    assert.strictEqual(isGlob('letters/*.txt'), true);
    assert.strictEqual(isGlob('letters/a?.txt'), true);
    assert.strictEqual(isGlob('letters/a.txt'), false);
  });

  it('splits a pattern into the folder to walk and the segments to match', () => {
    assert.deepStrictEqual(splitGlob('letters/2016/**/*.txt'), { base: 'letters/2016', rest: ['**', '*.txt'] });
    assert.deepStrictEqual(splitGlob('*.imr.md'), { base: '.', rest: ['*.imr.md'] });
    assert.deepStrictEqual(splitGlob('/srv/*/a.txt'), { base: '/srv', rest: ['*', 'a.txt'] });
  });

  it('matches * and ? within one segment', () => {
    assert.strictEqual(matchesSegment('*.imr.md', 'acupuncture.imr.md'), true);
    assert.strictEqual(matchesSegment('*.imr.md', 'acupuncture.md'), false);
    assert.strictEqual(matchesSegment('case-??.txt', 'case-07.txt'), true);
    assert.strictEqual(matchesSegment('case-??.txt', 'case-7.txt'), false);
    assert.strictEqual(matchesSegment('*a*b*c', 'xxaxxbxxc'), true);
    assert.strictEqual(matchesSegment('*', ''), true);
  });

  it('matches ** across any number of folders, and * within one only', () => {
    assert.strictEqual(matchesGlob(['**', '*.txt'], ['a.txt']), true);
    assert.strictEqual(matchesGlob(['**', '*.txt'], ['2016', 'q1', 'a.txt']), true);
    assert.strictEqual(matchesGlob(['*', '*.txt'], ['2016', 'q1', 'a.txt']), false);
    assert.strictEqual(matchesGlob(['*', '*.txt'], ['2016', 'a.txt']), true);
  });

  it('answers a pathological pattern without exponential backtracking (one backtrack point per star)', () => {
    const name = 'a'.repeat(5000);
    assert.strictEqual(matchesSegment(`${'*a'.repeat(50)}b`, name), false);
  });
});
