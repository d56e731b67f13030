import * as assert from 'assert';
import Ajv from 'ajv';
import schema from '../../../server/core/knowledge/dosing-lexicon.schema.json';
import lexicon from '../../../server/core/knowledge/data/dosing-lexicon.json';
import { builtInKnowledge } from '../../../server/core/knowledge';
import { opioidDosesInTitle } from '../../../server/core/knowledge/item/dose';
import { readSig } from '../../../server/core/knowledge/item/sig';

describe('sig reading', () => {
  it('the dosing lexicon validates against its schema, every entry with a comment', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    assert.ok(validate(lexicon), JSON.stringify(validate.errors));
    const uncommented = { ...lexicon, frequencies: [{ pattern: 'bid', reads: 2 }] };
    assert.strictEqual(validate(uncommented), false);
  });

  const perDay: Array<[string, number, number, string]> = [
    ['30 mg six times daily #180', 6, 6, 'six times daily'],
    ['10 mg once daily', 1, 1, 'once daily'],
    ['50 mg twice a day', 2, 2, 'twice a day'],
    ['5 mg three times per day', 3, 3, 'three times per day'],
    ['10 mg 4 times a day', 4, 4, '4 times a day'],
    ['10 mg 3x daily', 3, 3, '3x daily'],
    ['10 mg 4x/day', 4, 4, '4x/day'],
    ['10/325 mg q6h prn', 4, 4, 'q6h'],
    ['10/325 mg q4-6h', 4, 6, 'q4-6h'],
    ['10/325 mg Q 8 hrs', 3, 3, 'Q 8 hrs'],
    ['20 mg every 12 hours', 2, 2, 'every 12 hours'],
    ['20 mg every four to six hours as needed', 4, 6, 'every four to six hours'],
    ['10/325 QID', 4, 4, 'QID'],
    ['10/325 mg t.i.d.', 3, 3, 't.i.d.'],
    ['50 mg BID', 2, 2, 'BID'],
    ['30 mg ER daily', 1, 1, 'daily'],
    ['15 mg qhs', 1, 1, 'qhs'],
    ['15 mg every twenty-four hours', 1, 1, 'every twenty-four hours'],
  ];
  for (const [text, min, max, words] of perDay) {
    it(`"${text}": ${min === max ? min : `${min}-${max}`} takes a day, read from "${words}"`, () => {
      assert.deepStrictEqual(readSig(text).perDay, { value: { min, max }, text: words });
    });
  }

  it('reads tablets per take only right before the frequency', () => {
    assert.deepStrictEqual(readSig('10/325 mg 1 tab po q6h prn #120').takes, {
      value: { min: 1, max: 1 },
      text: '1 tab po',
    });
    assert.deepStrictEqual(readSig('10/325 1-2 tablets every 4-6 hours').takes?.value, { min: 1, max: 2 });
    assert.deepStrictEqual(readSig('10/325 mg two tabs bid').takes?.value, { min: 2, max: 2 });
    assert.strictEqual(readSig('10/325 mg, 120 tablets, 30 day supply').takes, undefined);
    assert.strictEqual(readSig('10/325 mg #120 tablets q6h').takes, undefined);
  });

  it('never reads a quantity or a days’ supply as a frequency', () => {
    assert.strictEqual(readSig('10/325 mg #120').perDay, undefined);
    assert.strictEqual(readSig('10/325 mg #30 daily').perDay?.value.min, 1);
    assert.strictEqual(readSig('10/325 mg, 30 day supply').perDay, undefined);
    assert.strictEqual(readSig('prn').perDay, undefined);
  });

  const strengths: Array<[string, number, 'mg' | 'mcg', string]> = [
    ['10/325 mg #120', 10, 'mg', '10/325 mg'],
    ['10/325mg', 10, 'mg', '10/325mg'],
    ['10/325 #120', 10, 'mg', '10/325'],
    ['ER 30 milligrams', 30, 'mg', '30 milligrams'],
    ['25 mcg/hr patch', 25, 'mcg', '25 mcg'],
    ['10-325 mg', 10, 'mg', '10-325 mg'],
  ];
  for (const [text, amount, unit, words] of strengths) {
    it(`"${text}": strength ${amount} ${unit}`, () => {
      assert.deepStrictEqual(readSig(text).strength, { value: { amount, unit }, text: words });
    });
  }

  it('reads no strength from a quantity or a visit count', () => {
    assert.strictEqual(readSig('#120 q6h').strength, undefined);
    assert.strictEqual(readSig('2x6 weeks').strength, undefined);
  });
});

describe('opioid doses in a title', () => {
  const kb = builtInKnowledge();
  const perDay = (title: string) => opioidDosesInTitle(kb, title).map((dose) => [dose.drug.id, dose.perDay]);

  it('reads each opioid’s sig up to the next drug, so one drug’s strength is never another’s', () => {
    const [dose] = opioidDosesInTitle(kb, 'Gabapentin 600 mg tid and oxycodone 30 mg');
    assert.strictEqual(dose.sig.strength?.value.amount, 30);
    assert.strictEqual(dose.sig.perDay, undefined);
    assert.strictEqual(dose.perDay, undefined);
  });

  it('multiplies strength, tablets per take and takes per day, keeping a range', () => {
    const [[, oxycodone]] = perDay('Oxycodone 30 mg six times daily #180');
    assert.deepStrictEqual(oxycodone, { min: 270, max: 270 });
    const [[, norco]] = perDay('Norco 10/325 1-2 tabs po q4-6h prn #120');
    assert.deepStrictEqual(norco, { min: 40, max: 120 });
  });

  it('a patch needs its rate alone; a rate is not an oral strength', () => {
    assert.deepStrictEqual(perDay('Duragesic 50 mcg/hr patch #10')[0][1], { min: 120, max: 120 });
    assert.strictEqual(perDay('Oxycodone 30 mcg q6h')[0][1], undefined);
  });

  it('takes the sig of the mention that writes a strength when a drug is named twice', () => {
    const hydrocodone = kb.drugs.find((drug) => drug.names.includes('norco'))!;
    assert.deepStrictEqual(perDay('Norco (hydrocodone) 10/325 mg q6h'), [[hydrocodone.id, { min: 40, max: 40 }]]);
  });
});
