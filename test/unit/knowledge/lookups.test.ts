import * as assert from 'assert';
import {
  builtInKnowledge,
  criteriaFor,
  definitionsFor,
  drugByName,
  guidelineForCitation,
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

  describe('guidelineForCitation', () => {
    const cases: Array<[string, number | undefined, string | undefined]> = [
      ['MTUS Chronic Pain Treatment Guidelines Manual therapy & manipulation', undefined, 'mtus-cpmtg-2009'],
      ['Chronic Pain Medical Treatment', 2016, 'mtus-cpmtg-2016'],
      [
        'MTUS Chronic Pain Treatment Guidelines 9792.24.1, Acupuncture Medical Treatment Guidelines',
        undefined,
        'mtus-acupuncture-2007',
      ],
      ['Acupuncture Treatment', 2007, 'mtus-acupuncture-2007'],
      ['Official Disability Guidelines (ODG) Neck Pain, Chiropractic', undefined, 'odg'],
      ['Low Back Complaints', 2004, 'acoem-low-back-2004'],
      ['Neck and Upper Back Complaints', 2004, 'acoem-neck-2004'],
      ['Forearm, Wrist, and Hand Complaints', 2004, 'acoem-wrist-hand-2004'],
      ['Elbow Complaints', 2007, 'acoem-elbow-2007'],
      ['Opioid Treatment', 2016, 'mtus-opioids-2016'],
      ['Postsurgical Treatment', 2009, 'mtus-postsurgical-2009'],
      ['Third Edition ACOEM', undefined, 'acoem-3rd-edition'],
      ['ACOEM', undefined, 'acoem-2004'],
      ['Labor Code 4604.5', undefined, 'labor-code-4604.5'],
      ['Chronic Pain Medical Treatment', 2012, undefined],
      ['Acme Back Book', undefined, undefined],
      ['Methodology', undefined, undefined],
    ];
    for (const [name, year, expected] of cases) {
      it(`"${name}"${year ? ` ${year}` : ''} → ${expected ?? 'unknown'}`, () => {
        assert.strictEqual(guidelineForCitation(kb, name, year)?.id, expected);
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

  describe('criteriaFor', () => {
    it("finds the MRI criteria for the item's region only", () => {
      assert.deepStrictEqual(ids(criteriaFor(kb, { treatment: 'mri', region: 'low-back' })), ['acoem-mri-lumbar']);
      assert.deepStrictEqual(
        ids(criteriaFor(kb, { treatment: 'mri', region: 'knee', title: 'MRI of the right knee' })),
        ['acoem-mri-knee'],
      );
    });

    it("judges a repeat MRI by the repeat criteria in place of the first MRI's", () => {
      for (const title of ['Repeat MRI of the lumbar spine', 'Updated MRI lumbar spine', 'Follow-up MRI of the knee']) {
        assert.deepStrictEqual(
          ids(criteriaFor(kb, { treatment: 'mri', region: 'low-back', title })),
          ['odg-mri-repeat'],
          title,
        );
      }
    });

    it('finds drug criteria by class', () => {
      assert.deepStrictEqual(ids(criteriaFor(kb, { drugClass: 'h2-blocker' })), ['cpmtg-nsaids-gi-risk']);
      assert.deepStrictEqual(ids(criteriaFor(kb, { treatment: 'muscle-relaxant', drugClass: 'muscle-relaxant' })), [
        'cpmtg-muscle-relaxants',
      ]);
    });
  });

  describe('listGuidelines', () => {
    it('prints one plain object per limit with its guideline era, source and numbers', () => {
      const listing = listGuidelines(kb);
      assert.strictEqual(listing.length, kb.limits.length);
      const regional = listing.find((entry) => entry.id === 'odg-neck-manipulation-regional');
      assert.deepStrictEqual(JSON.parse(JSON.stringify(regional)), {
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
    });
  });
});
