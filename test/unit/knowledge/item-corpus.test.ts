import * as assert from 'assert';
import { asExpected, expectedRead, measureCorpus, sharesOf } from './item-corpus/measure';

describe('generated item corpus: every kind of item reviewers decide', () => {
  const measured = measureCorpus();

  for (const m of measured) {
    const { item } = m;
    it(`"${item.title}" (${item.category}, ${item.region}, ${item.setting}, ${m.era}) → ${m.expect}`, () => {
      assert.deepStrictEqual(m.read, expectedRead(m));
      assert.ok(
        asExpected(m),
        `got ${m.entries.join(', ') || m.unjudged}${m.misfits.length ? `; misfits ${m.misfits}` : ''}`,
      );
    });
  }

  it('judges at least 90 % of items by a fitting entry, weighted by the shares of real items, and none by a wrong one', () => {
    const shares = sharesOf(measured);
    assert.strictEqual(shares.wrong, 0);
    assert.ok(shares.weighted.fit >= 0.9, `${(100 * shares.weighted.fit).toFixed(1)} %`);
  });
});
