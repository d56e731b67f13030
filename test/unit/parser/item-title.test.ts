import * as assert from 'assert';
import { MARKDOWN, PUBLISHED, parse } from './letters';

describe('parser: what an item title says', () => {
  it('reads the parts of a partial approval, its treatment, region and quantity', () => {
    const letter = parse(PUBLISHED);
    const item = letter.items[0];
    assert.strictEqual(
      item.partial?.original.value,
      'Physical therapy 2 times a week for 6 weeks for the lumbar spine',
    );
    assert.strictEqual(item.partial?.authorized.value, 'Physical therapy 2 times a week for 3 weeks');
    assert.strictEqual(
      item.partial?.remaining.value,
      'physical therapy 2 times a week for 3 weeks for the lumbar spine',
    );
    assert.strictEqual(item.treatment?.value, 'physical-therapy');
    assert.strictEqual(item.region?.value, 'low-back');
    assert.deepStrictEqual(
      [item.quantity.perWeek?.value, item.quantity.weeks?.value, item.quantity.visits?.value],
      [2, 3, 6],
    );
  });

  it('reads a drug title, whose pill count is no visit count', () => {
    const letter = parse(PUBLISHED);
    const item = letter.items[1];
    assert.strictEqual(item.treatment?.value, 'opioid');
    assert.strictEqual(item.quantity.visits, undefined, 'a pill count is not a visit count');
  });

  it('reads "2x4" quantities and a count in parentheses', () => {
    const letter = parse(MARKDOWN);
    const [first, second] = letter.items;
    assert.deepStrictEqual(
      [first.quantity.visits?.value, first.quantity.perWeek?.value, first.quantity.weeks?.value],
      [8, 2, 4],
    );
    assert.strictEqual(second.quantity.visits?.value, 8);
  });
});
