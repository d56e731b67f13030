import * as assert from 'assert';
import { ComparableLetter, keyProblems, sentencesRead } from './conclusion-sentence';

// The measure "conclusion sentence read" of test/tools/corpus-score.mjs and conclusion-sentences.mjs: the key's
// phrase must lie inside the sentence the reader took, as `imr-lint --items` reports it (the letter's
// characters with white space folded).
const HEADER = 'IMR Final Determination   CM17-0001234   Page 2';
const LETTER = [
  'Decision rationale: The ODG recommends an MRI for red flags only; an MRI is not considered necessary',
  'for nonspecific pain. The records show no red flag. The request for the MRI of the lumbar spine is not',
  `\f${HEADER}`,
  'medi-',
  'cally necessary. The “UR” decision is upheld.',
  'I would uphold the denial. Medical necessity: not established.',
].join('\n');
const letter = new ComparableLetter(LETTER);
const read = (sentence: string, phrase: string) => letter.readFrom(sentence, phrase);
const CONCLUSION = `The request for the MRI of the lumbar spine is not ${HEADER.replace(/\s+/g, ' ')} medi- cally necessary.`;

describe('corpus measures: conclusion sentence read', () => {
  it('reads a sentence across a running page header and a line-end hyphen as the key writes it', () => {
    assert.strictEqual(
      read(CONCLUSION, 'the request for the MRI of the lumbar spine is not medically necessary'),
      true,
    );
    assert.strictEqual(letter.holds('The request for the MRI of the lumbar spine is not medically necessary'), true);
  });

  it('sets case and typographic quotes aside', () => {
    const sentence = 'The “UR” decision is upheld.';
    assert.strictEqual(read(sentence, 'the "ur" decision is upheld'), true);
    assert.strictEqual(letter.holds("The 'UR' decision"), false);
  });

  it('counts another sentence with the same polarity as not read', () => {
    const guideline =
      'The ODG recommends an MRI for red flags only; an MRI is not considered necessary for nonspecific pain.';
    assert.strictEqual(
      read(guideline, 'The request for the MRI of the lumbar spine is not medically necessary'),
      false,
    );
  });

  it('counts a key phrase over two sentences read from either, and from no other', () => {
    const phrase = 'I would uphold the denial. Medical necessity: not established';
    assert.strictEqual(read('I would uphold the denial.', phrase), true);
    assert.strictEqual(read('Medical necessity: not established.', phrase), true);
    assert.strictEqual(read('The records show no red flag.', phrase), false);
  });

  it('lists each item read from another sentence, and each key phrase its letter does not hold', () => {
    const answers = {
      'L.txt': [
        { conclusionPhrase: 'The request for the MRI of the lumbar spine is not medically necessary' },
        { conclusionPhrase: 'The "UR" decision is upheld' },
        { conclusionPhrase: 'Medical necessity: not established' },
        { conclusionPhrase: 'The request for the x-ray is not medically necessary' },
      ],
    };
    const letters = new Map([['L.txt', letter]]);
    const reports = new Map([
      [
        'L.txt',
        {
          items: [
            { conclusion: { text: CONCLUSION } },
            { conclusion: { text: 'The records show no red flag.' } },
            { conclusion: null },
            { conclusion: { text: 'The records show no red flag.' } },
          ],
        },
      ],
    ]);
    const measured = sentencesRead(answers, letters, reports);
    assert.deepStrictEqual(
      { read: measured.read, items: measured.items, keys: measured.problems.map((p) => p.key) },
      { read: 1, items: 4, keys: ['sentence L.txt item 2', 'sentence L.txt item 4'] },
    );
    assert.deepStrictEqual(keyProblems(answers, letters), ['KEY L.txt item 4: conclusionPhrase not in the letter']);
  });
});
