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

  it('reads across a soft hyphen, a page break and a blanked running header', () => {
    const folded = fold('not medi\u00ad\n\f                        \ncally necessary');
    assert.strictEqual(folded.text, 'not medically necessary');
  });

  it('keeps a dash between spaced words and a hyphen before a capital or a digit', () => {
    assert.strictEqual(fold('therapy -\nwhich helped').text, 'therapy - which helped');
    assert.strictEqual(fold('visits 2-\n3 weeks, the anti-\nNMDA drug').text, 'visits 2- 3 weeks, the anti- NMDA drug');
  });

  it('reads the ligatures of PDF extraction as their letters', () => {
    const folded = fold('Board Certi\ufb01ed, \ufb02are, e\ufb03cacy');
    assert.strictEqual(folded.text, 'Board Certified, flare, efficacy');
    assert.strictEqual(folded.at('efficacy'), 'e\ufb03cacy');
  });
});
