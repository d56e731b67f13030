import * as assert from 'assert';
import { PUBLISHED, SEED_STYLE, at, parse } from './letters';

describe('parser: case summary', () => {
  it('reads the case summary facts', () => {
    const letter = parse(PUBLISHED);
    const summary = letter.caseSummary;
    assert.strictEqual(summary.age?.value, 52);
    assert.strictEqual(summary.sex?.value, 'male');
    assert.strictEqual(summary.injuryDate?.iso, '2013-04-02');
    assert.strictEqual(summary.urDate?.iso, '2016-10-05');
    assert.deepStrictEqual([summary.reportRange?.from.iso, summary.reportRange?.to.iso], ['2016-01-04', '2016-09-20']);
    assert.deepStrictEqual(
      summary.priorTreatments.map((p) => [p.treatment, p.count, at(letter, p.span)]),
      [['physical-therapy', 12, '12 sessions of physical therapy']],
    );
  });

  it('reads the UR date being challenged and counts of prior treatment across lines', () => {
    const letter = parse(SEED_STYLE);
    assert.strictEqual(letter.caseSummary.urDate?.iso, '2015-01-09');
    assert.strictEqual(letter.caseSummary.injuryDate?.iso, '2013-06-11');
    assert.deepStrictEqual(
      letter.caseSummary.priorTreatments.map((p) => [p.treatment, p.count]),
      [['acupuncture', 6]],
    );
  });
});
