import * as assert from 'assert';
import { FoldedText } from '../../../server/core/parser/folded-text';

function fold(text: string): { text: string; at: (word: string) => string } {
  const folded = new FoldedText(text, { start: 0, end: text.length });
  const at = (word: string) => {
    const from = folded.text.indexOf(word);
    const span = folded.spanOf(from, from + word.length);
    return text.slice(span.start, span.end);
  };
  return { text: folded.text, at };
}

describe('parser: folded text', () => {
  it('reads a word hyphenated at a line end whole, and maps it back to both lines', () => {
    const folded = fold('The request is not medi-\r\ncally necessary.');
    assert.strictEqual(folded.text, 'The request is not medically necessary.');
    assert.strictEqual(folded.at('medically'), 'medi-\r\ncally');
  });

  it('keeps the hyphen that joins two words the letter uses on their own', () => {
    const folded = fold(
      'It is not indicated. The brace is not-\nmedically necessary, and the follow-\nup is not either.',
    );
    assert.strictEqual(
      folded.text,
      'It is not indicated. The brace is not-medically necessary, and the followup is not either.',
    );
  });

  it('reads a word hyphenated at a line end whole when its first piece is a word but the whole is one too', () => {
    const folded = fold(
      'Treat and follow. The treatment is in the Chronic Pain Treat-\nment Guidelines; the follow-\nup too.',
    );
    assert.strictEqual(
      folded.text,
      'Treat and follow. The treatment is in the Chronic Pain Treatment Guidelines; the follow-up too.',
    );
    assert.strictEqual(folded.at('Pain Treatment'), 'Pain Treat-\nment');
  });

  it('reads across a soft hyphen, a page break and a blanked running header', () => {
    const folded = fold('not medi\u00ad\n\f                        \ncally necessary');
    assert.strictEqual(folded.text, 'not medically necessary');
  });

  it('keeps a dash between spaced words and a hyphen before a capital or a digit', () => {
    assert.strictEqual(fold('therapy -\nwhich helped').text, 'therapy - which helped');
    assert.strictEqual(fold('visits 2-\n3 weeks, the anti-\nNMDA drug').text, 'visits 2- 3 weeks, the anti- NMDA drug');
  });

  it('reads a conclusion word a space or a line end broke whole, and maps it back to both pieces', () => {
    const folded = fold('The MRI is medi cally necessary. The brace is not recom\r\n  mended, nor neces sary.');
    assert.strictEqual(folded.text, 'The MRI is medically necessary. The brace is not recommended, nor necessary.');
    assert.strictEqual(folded.at('medically'), 'medi cally');
    assert.strictEqual(folded.at('recommended'), 'recom\r\n  mended');
    assert.strictEqual(folded.at('nor necessary'), 'nor neces sary');
    assert.strictEqual(
      fold('It is medic ally necessary and not cer tified.').text,
      'It is medically necessary and not certified.',
    );
  });

  it('keeps a space between two words: a word of the lexicon after it, words of the letter, or no word of the lexicon', () => {
    // "appropriate" and "necessary" already read; "reason" and "able" stand alone elsewhere; "cure" is too short to join.
    const kept = [
      'It is medically necessary in appropriate cases.',
      'It is un necessary.',
      'For this reason, he is able to walk. It is reason able.',
      'It is cu re.',
    ];
    for (const text of kept) assert.strictEqual(fold(text).text, text);
  });

  it('joins no broken word across two spaces, a blank line, a page break, a capital or a digit', () => {
    assert.strictEqual(fold('is medi  cally necessary').text, 'is medi cally necessary');
    assert.strictEqual(fold('is medi\n\ncally necessary').text, 'is medi cally necessary');
    assert.strictEqual(fold('is medi\n\f                \ncally necessary').text, 'is medi cally necessary');
    assert.strictEqual(fold('is medi Cally, 5medi cally, medi cally5').text, 'is medi Cally, 5medi cally, medi cally5');
  });

  it('reads the ligatures of PDF extraction as their letters', () => {
    const folded = fold('Board Certi\ufb01ed, \ufb02are, e\ufb03cacy');
    assert.strictEqual(folded.text, 'Board Certified, flare, efficacy');
    assert.strictEqual(folded.at('efficacy'), 'e\ufb03cacy');
  });
});
