import * as assert from 'assert';
import { parse } from './letters';

describe('parser: bad input', () => {
  for (const [name, text] of [
    ['empty', ''],
    ['only line breaks', '\r\n\r\n\n\r'],
    ['a lone label', 'Decision rationale:'],
    [
      'odd Unicode',
      '\u0130\u0130 IMR ISSUES, DECISIONS AND RATIONALES\n\ud83d\ude00: Upheld\n\u202eMAXIMUS guideline: \ud800',
    ],
    ['unclosed front matter', '---\na: b\n'],
    [
      'a label followed by a long run of spaces',
      `IMR ISSUES, DECISIONS AND RATIONALES\nMAXIMUS guideline${' '.repeat(100000)}x`,
    ],
  ]) {
    it(`never throws and keeps spans inside the text: ${name}`, () => {
      const letter = parse(text);
      for (const item of letter.items) {
        assert.ok(item.span.start >= 0 && item.span.end <= text.length);
        assert.ok(item.title.span.start <= item.title.span.end);
      }
    });
  }
});
