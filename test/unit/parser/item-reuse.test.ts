import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { builtInKnowledge, defaultConfig, parseDetermination } from '../../../server/core';
import { analyzeLetter } from '../../../server/core/features/analysis';
import { generateLetter } from '../../bench/generate-letter';

const fixtures = path.join(__dirname, '../../../../test/fixtures/rules');
const letters = [
  ...[
    'clean/plain-header-block.txt',
    'clean/markdown-letter.imr.md',
    'decision/decision-contradicts-rationale.txt',
    'decision/missing-conclusion.imr.md',
  ].map((name) => fs.readFileSync(path.join(fixtures, name), 'utf8')),
  generateLetter(12_000),
];
const knowledge = builtInKnowledge();

const edit = fc.record({
  letter: fc.integer({ min: 0, max: letters.length - 1 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.constantFrom(
    '',
    'x',
    ' ',
    '\n',
    '\n\n',
    '.',
    '8',
    '**',
    '<!--',
    '-->',
    'Upheld',
    'not ',
    ': Overturned\n',
    '-\n',
    'pre-\nauthorization ',
    ' pre ',
    // Label lines: an item's text may stay while its block's parts (the key's shape) change.
    '\nDecision rationale: ',
    '\nMAXIMUS guideline: ',
  ),
});

function edited(change: Change) {
  const before = letters[change.letter];
  return { before, after: applyTo(before, change) };
}

describe('parser: items an edit left alone are reused from the previous version', () => {
  it('reads the edited letter exactly as a fresh parse does', () => {
    fc.assert(
      fc.property(edit, (change) => {
        const { before, after } = edited(change);
        const previous = parseDetermination(before, knowledge);
        assert.deepStrictEqual(parseDetermination(after, knowledge, previous), parseDetermination(after, knowledge));
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });

  it('gives the same analysis after a chain of edits as a fresh one', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 2, maxLength: 5 }), (changes) => {
        const setup = { knowledge, config: defaultConfig() };
        let text = letters[changes[0].letter];
        let analysis = analyzeLetter(text, setup);
        for (const change of changes) {
          text = applyTo(text, change);
          analysis = analyzeLetter(text, setup, analysis);
        }
        const fresh = analyzeLetter(text, setup);
        assert.deepStrictEqual(analysis.determination, fresh.determination);
        assert.deepStrictEqual(analysis.findings, fresh.findings);
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });

  it('gives the same analyses as fresh ones when several letters are edited in turn', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 2, maxLength: 8 }), (changes) => {
        const setup = { knowledge, config: defaultConfig() };
        const texts = letters.slice();
        const analyses = texts.map((text) => analyzeLetter(text, setup));
        for (const change of changes) {
          texts[change.letter] = applyTo(texts[change.letter], change);
          analyses[change.letter] = analyzeLetter(texts[change.letter], setup, analyses[change.letter]);
          const fresh = analyzeLetter(texts[change.letter], setup);
          assert.deepStrictEqual(analyses[change.letter].determination, fresh.determination);
          assert.deepStrictEqual(analyses[change.letter].findings, fresh.findings);
        }
      }),
      { numRuns: 30, seed: 20261203 },
    );
  });

  it('reads a word hyphenated at a line end afresh when an edit elsewhere makes its first piece a word used alone', () => {
    const setup = { knowledge, config: defaultConfig() };
    const letter = generateLetter(12_000);
    const first = letter.indexOf('The request is');
    const text = `${letter.slice(0, first)}The pre-\nauthorization was denied. ${letter.slice(first)}`;
    const last = text.lastIndexOf('The request is');
    const after = `${text.slice(0, last)}A pre visit was held. ${text.slice(last)}`;
    const analysis = analyzeLetter(after, setup, analyzeLetter(text, setup));
    const fresh = analyzeLetter(after, setup);
    assert.ok(fresh.determination.items.some((item) => item.rationale?.text.includes('pre-authorization')));
    assert.deepStrictEqual(analysis.determination, fresh.determination);
    assert.deepStrictEqual(analysis.findings, fresh.findings);
  });

  it('reads a word a space broke afresh when an edit elsewhere makes both its pieces words used alone', () => {
    const setup = { knowledge, config: defaultConfig() };
    const letter = generateLetter(12_000);
    const first = letter.indexOf('The request is');
    const text = `${letter.slice(0, first)}The MRI is medic ally necessary. ${letter.slice(first)}`;
    const last = text.lastIndexOf('The request is');
    const after = `${text.slice(0, last)}A medic and an ally met. ${text.slice(last)}`;
    const before = analyzeLetter(text, setup);
    assert.ok(before.determination.items.some((item) => item.rationale?.text.includes('MRI is medically necessary')));
    const analysis = analyzeLetter(after, setup, before);
    const fresh = analyzeLetter(after, setup);
    assert.ok(fresh.determination.items.some((item) => item.rationale?.text.includes('MRI is medic ally necessary')));
    assert.deepStrictEqual(analysis.determination, fresh.determination);
    assert.deepStrictEqual(analysis.findings, fresh.findings);
  });
});

type Change = { letter: number; at: number; remove: number; insert: string };

function applyTo(text: string, { at, remove, insert }: Change): string {
  const offset = Math.floor(at * text.length);
  return text.slice(0, offset) + insert + text.slice(offset + remove);
}
