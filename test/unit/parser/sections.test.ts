import * as assert from 'assert';
import { MARKDOWN, PUBLISHED, at, parse } from './letters';

describe('parser: sections', () => {
  it('reads the plain shape and the three sections', () => {
    const letter = parse(PUBLISHED);
    assert.strictEqual(letter.shape, 'plain');
    assert.deepStrictEqual(
      letter.sections.map((s) => [s.kind, at(letter, s.heading)]),
      [
        ['how-made', 'HOW THE IMR FINAL DETERMINATION WAS MADE'],
        ['case-summary', 'CLINICAL CASE SUMMARY'],
        ['decisions', 'IMR ISSUES, DECISIONS AND RATIONALES'],
      ],
    );
  });

  it('reads the headings of a Markdown-like letter', () => {
    const letter = parse(MARKDOWN);
    assert.deepStrictEqual(
      letter.sections.map((s) => s.kind),
      ['how-made', 'case-summary', 'decisions'],
    );
  });

  it('starts a section body at the next line in a CRLF letter', () => {
    const letter = parse('HOW THE IMR FINAL DETERMINATION WAS MADE\r\nText\r\n');
    assert.deepStrictEqual(letter.lines.rangeOf(letter.sections[0].body).start, { line: 1, character: 0 });
  });
});
