import * as assert from 'assert';
import { BUILT_IN_PACKS, builtInKnowledge, editionOnDate, parsePack } from '../../../server/core/knowledge';
import type { NumberRange, TreatmentLimit } from '../../../server/core/knowledge/types';

const kb = builtInKnowledge();
const limit = (id: string): TreatmentLimit => {
  const found = kb.limits.find((candidate) => candidate.id === id);
  assert.ok(found, `no limit ${id}`);
  return found;
};
const range = (min: number, max = min): NumberRange => ({ min, max });

describe('built-in guideline data', () => {
  it('every pack file validates against the schema with no problems', () => {
    for (const { file, content } of BUILT_IN_PACKS) {
      const parsed = parsePack(JSON.stringify(content, null, 2), file, kb);
      assert.deepStrictEqual(parsed.problems, [], file);
    }
  });

  it('has at least 30 limits over at least 12 treatments, each with a source, a confidence and a passage', () => {
    assert.ok(kb.limits.length >= 30, `${kb.limits.length} limits`);
    const treatments = new Set(kb.limits.map((entry) => entry.treatment));
    assert.ok(treatments.size >= 12, `${treatments.size} treatments`);
    for (const entry of kb.limits) {
      assert.ok(entry.source.section.length > 0, entry.id);
      assert.ok(['verified', 'observed-in-letters', 'unverified'].includes(entry.confidence), entry.id);
      assert.ok(entry.passage.length > 0 && entry.pack === 'built-in', entry.id);
    }
  });

  it('names the largest figure of every visit total in the passage, so hovers carry the numbers', () => {
    for (const entry of kb.limits.filter((candidate) => candidate.total?.visits)) {
      assert.ok(entry.passage.includes(String(entry.total!.visits!.max)), entry.id);
    }
  });

  it('keeps both CRPS figures with their editions: 24 visits (2009) and 26 visits (2016) over 16 weeks', () => {
    assert.deepStrictEqual(
      [limit('cpmtg2009-pm-crps'), limit('cpmtg2016-pm-crps')].map((entry) => [entry.guideline, entry.total]),
      [
        ['mtus-cpmtg-2009', { visits: range(24), weeks: range(16) }],
        ['mtus-cpmtg-2016', { visits: range(26), weeks: range(16) }],
      ],
    );
  });

  it('keeps ODG severe neck strain at 25 visits over 6 months, with the "6-8 weeks" reading as a variant only', () => {
    const severe = limit('odg-neck-manipulation-severe');
    assert.deepStrictEqual(severe.total, { visits: range(25), months: range(6) });
    assert.strictEqual(severe.confidence, 'observed-in-letters');
    assert.deepStrictEqual(
      severe.variants?.map((variant) => variant.confidence),
      ['unverified'],
    );
    assert.ok(severe.variants?.[0].passage.includes('6-8 weeks'));
  });

  it('tags confidence as the domain notes do', () => {
    assert.deepStrictEqual(
      [
        'mtus-acupuncture',
        'odg-acupuncture',
        'odg-neck-manipulation-mild',
        'cpmtg2009-massage',
        'lc-4604.5-manipulation',
      ].map((id) => limit(id).confidence),
      ['verified', 'observed-in-letters', 'unverified', 'verified', 'verified'],
    );
  });

  it('holds the acupuncture, manipulation and Labor Code figures', () => {
    const acupuncture = limit('mtus-acupuncture');
    assert.deepStrictEqual(
      [acupuncture.trial, acupuncture.perWeek, acupuncture.total],
      [{ visits: range(3, 6) }, range(1, 3), { months: range(1, 2) }],
    );
    const lowBack = limit('cpmtg2009-manipulation-low-back');
    assert.deepStrictEqual(
      [lowBack.trial, lowBack.total],
      [
        { visits: range(6), weeks: range(2) },
        { visits: range(18), weeks: range(6, 8) },
      ],
    );
    const caps = kb.limits.filter((entry) => entry.guideline === 'labor-code-4604.5');
    assert.deepStrictEqual(
      caps.map((entry) => [entry.treatment, entry.total?.visits?.max]),
      [
        ['physical-therapy', 24],
        ['manipulation', 24],
        ['occupational-therapy', 24],
      ],
    );
  });

  it('does not recommend manipulation of the knee, ankle/foot or forearm/wrist/hand, in limits and criteria alike', () => {
    const notRecommended = kb.limits
      .filter(
        (entry) => entry.treatment === 'manipulation' && !entry.recommended && entry.guideline === 'mtus-cpmtg-2009',
      )
      .flatMap((entry) => entry.regions ?? []);
    assert.deepStrictEqual([...new Set(notRecommended)].sort(), ['ankle-foot', 'knee', 'wrist-hand']);
    const criteria = kb.criteria.find((entry) => entry.id === 'cpmtg-manipulation-scope');
    assert.deepStrictEqual(criteria?.notRecommended?.[0].regions?.slice().sort(), ['ankle-foot', 'knee', 'wrist-hand']);
  });

  it('names, for every drug described, the guideline edition its description is written from', () => {
    assert.deepStrictEqual(
      kb.drugs
        .filter((drug) => drug.stance && !kb.guidelines.some((g) => g.id === drug.guideline))
        .map((drug) => drug.id),
      [],
    );
  });

  it('holds the opioid thresholds of each era: 120 (2009), 80 (2016), the 100 mg ceiling (ACOEM)', () => {
    const thresholds = kb.limits
      .filter((entry) => entry.morphineEquivalentPerDay !== undefined)
      .map((entry) => [entry.guideline, entry.morphineEquivalentPerDay]);
    assert.deepStrictEqual(thresholds, [
      ['mtus-cpmtg-2009', 120],
      ['mtus-opioids-2016', 80],
      ['mtus-acoem-opioids', 100],
    ]);
  });

  it('dates the guideline editions so that the era code agrees with them', () => {
    const inForce = (id: string) => kb.guidelines.find((guideline) => guideline.id === id)?.inForce;
    assert.deepStrictEqual(inForce('mtus-cpmtg-2009'), { from: '2009-07-18', to: '2016-07-27' });
    assert.deepStrictEqual(inForce('mtus-cpmtg-2016'), { from: '2016-07-28', to: '2017-11-30' });
    assert.deepStrictEqual(inForce('mtus-acupuncture-2007'), { from: '2007-06-15' });
    assert.strictEqual(editionOnDate(kb, inForce('mtus-cpmtg-2016')!.from!), '2016');
    assert.strictEqual(editionOnDate(kb, inForce('mtus-cpmtg-2009')!.to!), '2009');
    assert.strictEqual(editionOnDate(kb, inForce('mtus-acoem-evergreen')!.from!), '2017');
  });

  it('writes every recognising phrase in lower case, starting with a letter or digit', () => {
    const phrases = [
      ...kb.guidelines.flatMap((entry) => entry.aliases),
      ...kb.treatments.flatMap((entry) => entry.patterns),
      ...kb.regions.flatMap((entry) => entry.patterns),
      ...kb.drugs.flatMap((entry) => entry.names),
      ...kb.criteria.flatMap((entry) => entry.criteria.flatMap((criterion) => criterion.evidence)),
    ];
    for (const phrase of phrases) assert.match(phrase, /^[a-z0-9][^A-Z]*$/, phrase);
  });

  it('gives a conversion factor to every opioid except buprenorphine', () => {
    const without = kb.drugs
      .filter(
        (drug) =>
          drug.drugClass === 'opioid' && drug.morphineEquivalentFactor === undefined && !drug.morphineEquivalentSteps,
      )
      .map((drug) => drug.id);
    assert.deepStrictEqual(without, ['buprenorphine']);
  });

  it('gives every drug one MTUS Drug List line: a confirmed status with its list version and date, or "not-confirmed"', () => {
    for (const drug of kb.drugs) {
      const lines = kb.drugList.filter((entry) => entry.drug === drug.id);
      assert.strictEqual(lines.length, 1, drug.id);
      const [line] = lines;
      if (line.status === 'not-confirmed') {
        assert.strictEqual(line.list, undefined, drug.id);
        assert.notStrictEqual(line.confidence, 'verified', drug.id);
      } else {
        assert.match(line.list?.version ?? '', /^v\.\d+$/, drug.id);
        assert.ok(line.note, `${drug.id}: a confirmed status says where it was confirmed`);
      }
    }
    const status = (id: string) => kb.drugList.find((entry) => entry.drug === id)?.status;
    assert.deepStrictEqual(['oxycodone', 'tramadol', 'buprenorphine', 'gabapentin'].map(status), [
      'non-exempt',
      'non-exempt',
      'not-confirmed',
      'not-confirmed',
    ]);
  });

  it('gives every criteria entry at least one criterion and a criteria sentence', () => {
    assert.ok(kb.criteria.length >= 8);
    for (const entry of kb.criteria)
      assert.ok(entry.criteria.length > 0 && entry.criteriaSentence.length > 40, entry.id);
  });
});
