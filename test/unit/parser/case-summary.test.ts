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

  it('ends a sentence at a quotation closed by a straight or a curly quote', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['\u201c', '\u201d'],
    ]) {
      const text = PUBLISHED.replace(
        'who sustained an industrial injury on 04/02/2013',
        'who hurt his back at work',
      ).replace(
        'He had 12 sessions of physical therapy in 2015.',
        `An MRI was asked for ${open}to rule out occult injury.${close} Utilization review on 10/05/2016 denied it.`,
      );
      assert.strictEqual(parse(text).caseSummary.injuryDate, undefined);
    }
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
