import * as assert from 'assert';
import { MARKDOWN, parse } from './letters';

describe('parser: front matter', () => {
  it('reads the Markdown shape and its front matter', () => {
    const letter = parse(MARKDOWN);
    assert.strictEqual(letter.shape, 'markdown');
    assert.strictEqual(letter.frontMatter?.fields.case.value, 'CM15-0001111');
  });

  it('reads no front matter when its closing line never comes before the letter', () => {
    const letter = parse('---\ncase: CM17-0052190\n# HOW THE IMR FINAL DETERMINATION WAS MADE\nText\n\n---\n');
    assert.strictEqual(letter.frontMatter, undefined);
    assert.deepStrictEqual(
      letter.sections.map((s) => s.kind),
      ['how-made'],
    );
  });
});
