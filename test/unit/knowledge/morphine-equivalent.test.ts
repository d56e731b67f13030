import * as assert from 'assert';
import { builtInKnowledge, drugByName, morphineEquivalentPerDay } from '../../../server/core/knowledge';

const kb = builtInKnowledge();

describe('morphineEquivalentPerDay', () => {
  const cases: Array<[string, number, number, number | undefined]> = [
    ['Norco 10/325', 10, 4, 40], // q6h
    ['Percocet 10/325', 10, 4, 60],
    ['OxyContin', 20, 2, 60],
    ['Ultram', 50, 4, 20],
    ['Nucynta', 50, 4, 80],
    ['MS Contin', 30, 2, 60],
    ['Dilaudid', 4, 4, 64],
    ['Opana ER', 10, 2, 60],
    ['Tylenol with codeine', 30, 4, 18],
    ['Duragesic', 25, 1, 60], // mcg/h patch: doses per day do not count
    ['fentanyl patch', 50, 0.33, 120],
    ['methadone', 5, 4, 80], // 20 mg/day × 4
    ['methadone', 10, 3, 240], // 30 mg/day × 8
    ['methadone', 10, 5, 500], // 50 mg/day × 10
    ['methadone', 20, 4, 960], // 80 mg/day × 12
    ['Butrans', 10, 1, undefined], // no CDC factor
    ['Flexeril', 10, 3, undefined], // not an opioid
    ['Acmedol', 10, 3, undefined], // unknown
    ['Norco', 0, 4, undefined],
    ['Norco', 10, 0, undefined],
  ];
  for (const [drug, strength, doses, expected] of cases) {
    it(`${drug} ${strength} × ${doses}/day → ${expected ?? 'none'}`, () => {
      assert.strictEqual(morphineEquivalentPerDay(kb, drug, strength, doses), expected);
    });
  }

  it('accepts a drug entry as well as a name', () => {
    assert.strictEqual(morphineEquivalentPerDay(kb, drugByName(kb, 'oxycodone')!, 5, 6), 45);
  });
});
