import * as assert from 'assert';
import { LineIndex } from '../../../server/core/model/line-index';
import { letterLines } from '../../../server/core/parser/lines';
import { pageFurniture } from '../../../server/core/parser/page-furniture';

/** The texts of the lines pageFurniture sets aside as running headers and footers. */
function furnitureOf(lines: string[]): string[] {
  const text = lines.join('\n');
  return pageFurniture(letterLines(text, new LineIndex(text))).map((span) => text.slice(span.start, span.end));
}

const LABEL = 'Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004.';

describe('parser: page furniture', () => {
  it('keeps a label line that opens a page and repeats only within the pages', () => {
    assert.deepStrictEqual(
      furnitureOf(['MRI of the right knee: Upheld', LABEL, 'X-rays of the right knee: Upheld', '', `\f${LABEL}`]),
      [],
    );
  });

  it('sets aside a line that opens two pages, though it names no number', () => {
    const header = 'Independent Medical Review Final Determination';
    assert.deepStrictEqual(
      furnitureOf([
        'Knee brace: Upheld',
        `\f${header}`,
        LABEL,
        'Decision rationale: …',
        `\f${header}`,
        'is not needed.',
      ]),
      [header, header],
    );
  });

  it("counts the letter's first line as the first page's opening", () => {
    const header = 'Independent Medical Review Final Determination';
    assert.deepStrictEqual(furnitureOf([header, 'Case Number:', `\f${header}`, LABEL]), [header]);
  });

  it('sets aside a case number or page number header at a single page break, and the footer before it', () => {
    assert.deepStrictEqual(
      furnitureOf([
        'X-rays of the right knee: Upheld',
        'Page 1 of 5',
        '\fCase Number: CM17-8000197     Page 2 of 5',
        LABEL,
      ]),
      ['Page 1 of 5', 'Case Number: CM17-8000197     Page 2 of 5'],
    );
  });

  it("sets aside a bare number ending a page when it is that page's number, the letter's last line included", () => {
    assert.deepStrictEqual(
      furnitureOf([
        'The expert reviewer is licensed to practice in',
        '1',
        '',
        '\fCalifornia. The request is not',
        '2',
        '\fmedically necessary.',
        '3',
      ]),
      ['1', '2', '3'],
    );
  });

  it("sets aside a bare number opening a page when it is that page's number", () => {
    assert.deepStrictEqual(
      furnitureOf(['The request is not', '', '\f2', 'medically necessary.', '', '\f3', LABEL, '', '\f7', LABEL]),
      ['2', '3'],
    );
  });

  it("keeps a number alone on a line that is not its page's number", () => {
    // Page 1 ends on "12", page 2 on "1": neither is the number of the page it ends.
    assert.deepStrictEqual(
      furnitureOf(['The visits requested number', '12', '\fin all.', '1', '\f' + LABEL, '2 visits']),
      [],
    );
  });
});
