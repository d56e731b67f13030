import * as assert from 'assert';
import {
  builtInKnowledge,
  definitionsFor,
  drugByName,
  guidelineNamed,
  type CitedEdition,
  treatmentLimits,
  listGuidelines,
} from '../../../server/core/knowledge';

const kb = builtInKnowledge();
const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);

describe('knowledge lookups', () => {
  describe('treatmentLimits', () => {
    it('gives a region its own limits and the region-less ones', () => {
      assert.deepStrictEqual(ids(treatmentLimits(kb, 'manipulation', 'neck')), [
        'cpmtg2009-manipulation-parameters',
        'cpmtg2009-manipulation-maintenance',
        'odg-neck-manipulation-regional',
        'odg-neck-manipulation-mild',
        'odg-neck-manipulation-moderate',
        'odg-neck-manipulation-severe',
        'lc-4604.5-manipulation',
      ]);
    });

    it('without a region gives every limit of the treatment', () => {
      assert.deepStrictEqual(ids(treatmentLimits(kb, 'acupuncture')), ['mtus-acupuncture', 'odg-acupuncture']);
      assert.deepStrictEqual(treatmentLimits(kb, 'no-such-treatment'), []);
    });
  });

  describe('guidelineNamed', () => {
    const cases: Array<[string, CitedEdition, string | undefined]> = [
      ['MTUS Chronic Pain Treatment Guidelines Manual therapy & manipulation', { on: '2015-03-02' }, 'mtus-cpmtg-2009'],
      // No year: the edition in force on the date the citation speaks from, and none when nothing dates it.
      ['Chronic Pain Medical Treatment Guidelines', { on: '2016-07-28' }, 'mtus-cpmtg-2016'],
      ['Chronic Pain Medical Treatment Guidelines', {}, undefined],
      ['Opioid Treatment', {}, 'mtus-opioids-2016'],
      ['Chronic Pain Medical Treatment', { year: 2016 }, 'mtus-cpmtg-2016'],
      [
        'MTUS Chronic Pain Treatment Guidelines 9792.24.1, Acupuncture Medical Treatment Guidelines',
        {},
        'mtus-acupuncture-2007',
      ],
      ['Acupuncture Treatment', { year: 2007 }, 'mtus-acupuncture-2007'],
      ['Official Disability Guidelines (ODG) Neck Pain, Chiropractic', {}, 'odg'],
      ['Low Back Complaints', { year: 2004 }, 'acoem-low-back-2004'],
      ['Neck and Upper Back Complaints', { year: 2004 }, 'acoem-neck-2004'],
      ['Forearm, Wrist, and Hand Complaints', { year: 2004 }, 'acoem-wrist-hand-2004'],
      ['Elbow Complaints', { year: 2007 }, 'acoem-elbow-2007'],
      ['Opioid Treatment', { year: 2016 }, 'mtus-opioids-2016'],
      ['Postsurgical Treatment', { year: 2009 }, 'mtus-postsurgical-2009'],
      ['Third Edition ACOEM', {}, 'acoem-3rd-edition'],
      // ACOEM's guidelines before and since they became the MTUS (2017-12-01), told apart by date.
      ['ACOEM', { on: '2016-01-05' }, 'acoem-2004'],
      ['ACOEM', {}, undefined],
      ['ACOEM Practice Guidelines, Low Back Disorders Chapter', { on: '2026-01-05' }, 'mtus-acoem-evergreen'],
      ['MTUS (ACOEM) Low Back Disorders Guideline', { on: '2026-01-05' }, 'mtus-acoem-low-back'],
      ['Low Back Disorders', { on: '2016-09-01' }, 'acoem-low-back-2004'],
      ['Low Back Disorders Guideline', { year: 2020 }, 'mtus-acoem-low-back'],
      // A written year chooses the edition of that year over a longer alias of an undated one (R469).
      ['MTUS ACOEM Practice Guidelines Elbow Disorders (Revised 2007), Chapter 10', { year: 2007 }, 'acoem-elbow-2007'],
      ['ACOEM Practice Guidelines Shoulder Disorders (2004)', { year: 2004 }, 'acoem-shoulder-2004'],
      ['ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 7', { year: 2004 }, 'acoem-2004'],
      ['ACOEM Practice Guidelines Elbow Disorders Guideline', { on: '2019-05-01' }, 'mtus-acoem-evergreen'],
      ['ACOEM Practice Guidelines Elbow Disorders Guideline', { year: 2019 }, 'mtus-acoem-evergreen'],
      ['Cervical and Thoracic Spine Disorders Guideline', { on: '2019-05-01' }, 'mtus-acoem-cervical-thoracic'],
      ['8 CCR 9792.21.1 Medical Evidence Search Sequence', {}, 'ccr-9792.21.1-search-sequence'],
      ['Labor Code 4604.5', {}, 'labor-code-4604.5'],
      ['Chronic Pain Medical Treatment', { year: 2012 }, undefined],
      ['Acme Back Book', {}, undefined],
      ['Methodology', {}, undefined],
    ];
    for (const [name, edition, expected] of cases) {
      it(`"${name}" ${JSON.stringify(edition)} → ${expected ?? 'unknown'}`, () => {
        assert.strictEqual(guidelineNamed(kb, name, edition)?.id, expected);
      });
    }
  });

  describe('definitionsFor', () => {
    it('finds functional improvement under (f), "f" and the "(ef)" form', () => {
      for (const form of ['(f)', 'f']) {
        assert.deepStrictEqual(ids(definitionsFor(kb, '9792.20', form)), ['ccr-9792.20-f-2009'], form);
      }
      for (const form of ['(ef)', ' (EF) ']) {
        assert.deepStrictEqual(
          ids(definitionsFor(kb, '9792.20', form)),
          ['ccr-9792.20-f-2009', 'ccr-9792.20-e-current'],
          form,
        );
      }
    });

    it('tells the 2009 (e) from the current (e) by date', () => {
      assert.deepStrictEqual(ids(definitionsFor(kb, '9792.20', '(e)')), [
        'ccr-9792.20-e-current',
        'ccr-9792.20-e-2009',
      ]);
      assert.deepStrictEqual(ids(definitionsFor(kb, '9792.20', '(e)', '2014-12-05')), ['ccr-9792.20-e-2009']);
      assert.deepStrictEqual(ids(definitionsFor(kb, '9792.20', '(e)', '2018-03-01')), ['ccr-9792.20-e-current']);
    });

    it('finds statute sections with and without a subdivision', () => {
      assert.deepStrictEqual(ids(definitionsFor(kb, '4610.5', '(c)(2)')), ['lc-4610.5-c-2']);
      assert.deepStrictEqual(ids(definitionsFor(kb, '4604.5')), ['lc-4604.5']);
      assert.deepStrictEqual(definitionsFor(kb, '9999.1'), []);
    });
  });

  describe('drugByName', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Norco', 'hydrocodone-acetaminophen'],
      ['Norco 10/325mg #120', 'hydrocodone-acetaminophen'],
      ['Flexeril 7.5mg', 'cyclobenzaprine'],
      ['Norflex ER 100mg #60', 'orphenadrine'],
      ['Soma', 'carisoprodol'],
      ['OxyContin 20 mg', 'oxycodone'],
      ['Lidoderm 5% patch', 'lidocaine-patch'],
      ['Lidocaine patch 5%', 'lidocaine-patch'],
      ['lidocaine 5% cream', 'lidocaine'],
      ['Prilosec 20mg', 'omeprazole'],
      ['Duragesic 25 mcg/h', 'fentanyl-transdermal'],
      ['Somatic therapy', undefined],
      ['Physical therapy', undefined],
    ];
    for (const [name, expected] of cases) {
      it(`"${name}" → ${expected ?? 'none'}`, () => assert.strictEqual(drugByName(kb, name)?.id, expected));
    }
  });

  describe('listGuidelines', () => {
    it('prints one plain object per limit, criteria and drug entry with its guideline era, source and numbers', () => {
      const listing = listGuidelines(kb);
      assert.strictEqual(listing.length, kb.limits.length + kb.criteria.length + kb.drugs.length);
      assert.deepStrictEqual(
        ['limit', 'criteria', 'drug'].map((kind) => listing.filter((entry) => entry.kind === kind).length),
        [kb.limits.length, kb.criteria.length, kb.drugs.length],
      );
      const regional = listing.find((entry) => entry.id === 'odg-neck-manipulation-regional');
      assert.deepStrictEqual(JSON.parse(JSON.stringify(regional)), {
        kind: 'limit',
        id: 'odg-neck-manipulation-regional',
        guideline: 'odg',
        guidelineName: 'Official Disability Guidelines (ODG)',
        treatment: 'manipulation',
        region: 'neck',
        regions: ['neck'],
        condition: 'Regional neck pain',
        source: { section: 'Neck and Upper Back, Manipulation (chiropractic guidelines)' },
        era: {},
        confidence: 'observed-in-letters',
        recommended: true,
        total: { visits: { min: 9, max: 9 }, weeks: { min: 8, max: 8 } },
        passage: 'ODG (Neck and Upper Back) allows 9 chiropractic visits over 8 weeks for regional neck pain.',
        pack: 'built-in',
      });
      const acupuncture = listing.find((entry) => entry.id === 'mtus-acupuncture');
      assert.deepStrictEqual([acupuncture?.region, acupuncture?.era], [null, { from: '2007-06-15', to: undefined }]);
      const lumbarMri = listing.find((entry) => entry.id === 'acoem-mri-lumbar');
      assert.deepStrictEqual(
        [lumbarMri?.kind, lumbarMri?.treatment, lumbarMri?.regions, lumbarMri?.guideline],
        ['criteria', 'mri, ct', ['low-back'], 'acoem-low-back-2004'],
      );
      const norco = listing.find((entry) => entry.id === 'hydrocodone-acetaminophen');
      // A drug is listed under the edition its description is written from.
      assert.deepStrictEqual(
        [norco?.kind, norco?.treatment, norco?.guideline, norco?.era],
        ['drug', 'opioid', 'mtus-cpmtg-2009', { from: '2009-07-18', to: '2016-07-27' }],
      );
    });
  });
});
