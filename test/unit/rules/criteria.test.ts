import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtInKnowledge } from '../../../server/core/knowledge';
import { FIXTURES, applyFix, lint } from './harness';

const kb = builtInKnowledge();

describe('criteria rules on the criteria-topics letters', () => {
  for (const name of ['criteria-topics.imr.md', 'criteria-topics.txt']) {
    const text = fs.readFileSync(path.join(FIXTURES, 'criteria', name), 'utf8');
    const findings = lint(text);
    const about = (rule: string, title: string) => {
      const found = findings.find((finding) => finding.rule === rule && finding.message.includes(`"${title}"`));
      assert.ok(found, `${name}: no ${rule} finding for "${title}"`);
      return found;
    };

    it(`${name}: the message names the criteria the guideline asks for`, () => {
      const entry = kb.criteria.find((candidate) => candidate.id === 'cpmtg-nsaids-gi-risk')!;
      assert.strictEqual(
        about('criteria-not-shown', 'Omeprazole 20 mg #60').message,
        'The item "Omeprazole 20 mg #60" is Overturned, but the letter shows none of the criteria of ' +
          'MTUS Chronic Pain Medical Treatment Guidelines (2016) (NSAIDs, GI symptoms & cardiovascular risk): ' +
          `${entry.criteria.map((criterion) => criterion.label).join('; ')}.`,
      );
    });

    it(`${name}: the quick fix inserts the criteria sentence before the conclusion`, () => {
      const entry = kb.criteria.find((candidate) => candidate.id === 'acoem-mri-lumbar')!;
      const finding = about('criteria-not-shown', 'MRI of the lumbar spine without contrast');
      assert.deepStrictEqual(
        finding.fixes.map((fix) => fix.title),
        ["Insert the guideline's criteria sentence"],
      );
      const fixed = applyFix(text, finding.fixes[0]);
      assert.ok(
        fixed.includes(`an MRI will guide further care. ${entry.criteriaSentence} The request is medically necessary.`),
        'criteria sentence not inserted before the conclusion',
      );
    });

    it(`${name}: a compound names every ingredient that is not recommended, with its strength`, () => {
      assert.match(
        about('not-recommended-treatment', 'Flurbiprofen 20%/Baclofen 5%/Lidocaine 4% cream 180 gm').message,
        /does not recommend it: a compounded topical with at least one ingredient that is not recommended topically \(Flurbiprofen 20%, Baclofen 5%, Lidocaine 4%\)\.$/,
      );
    });

    it(`${name}: a repeat MRI is judged by the repeat criteria`, () => {
      assert.match(
        about('criteria-not-shown', 'Repeat MRI of the lumbar spine').message,
        /\(MRIs \(magnetic resonance imaging\), repeat\): a significant change/,
      );
    });
  }
});

describe('criteria-not-shown: a criterion the care setting shows', () => {
  const letter = (injury: string) =>
    [
      '**Case Number:** CM16-0000001',
      `**Date of Injury:** ${injury}`,
      '**UR Denial Date:** 12/20/2016',
      '',
      '# CLINICAL CASE SUMMARY',
      '',
      'The patient is a 60 year old man with medial left knee pain and crepitus after a twisting injury.',
      '',
      '# IMR ISSUES, DECISIONS AND RATIONALES',
      '',
      '## Standing x-rays of the left knee: Overturned',
      '',
      '**Claims Administrator guideline:** Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.',
      '',
      '**MAXIMUS guideline:** Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.',
      '',
      '**Decision rationale:** The films will show whether the joint space has narrowed. The request is medically necessary.',
      '',
    ].join('\n');
  const warned = (text: string) => lint(text).some((finding) => finding.rule === 'criteria-not-shown');

  it('is silent on a chronic item for "symptoms persisting after 4-6 weeks of conservative care"', () => {
    assert.strictEqual(warned(letter('06/30/2015')), false);
  });

  it('still asks an acute item to show the criteria', () => {
    assert.strictEqual(warned(letter('11/20/2016')), true);
  });
});

describe('criteria-not-shown: lumbar imaging under the ACOEM-based MTUS (2016 Low Back Disorders edition)', () => {
  const letter = (injury: string, urDate: string, rationale: string) =>
    [
      '**Case Number:** CM18-0000001',
      `**Date of Injury:** ${injury}`,
      `**UR Denial Date:** ${urDate}`,
      '',
      '# CLINICAL CASE SUMMARY',
      '',
      'The patient is a 44 year old woman with low back pain after lifting a box.',
      '',
      '# IMR ISSUES, DECISIONS AND RATIONALES',
      '',
      '## MRI of the lumbar spine: Overturned',
      '',
      '**Claims Administrator guideline:** Decision based on MTUS ACOEM Low Back Disorders Guideline.',
      '',
      '**MAXIMUS guideline:** Decision based on MTUS ACOEM Low Back Disorders Guideline.',
      '',
      `**Decision rationale:** ${rationale} The request is medically necessary.`,
      '',
    ].join('\n');
  const messages = (text: string) =>
    lint(text)
      .filter((finding) => finding.rule === 'criteria-not-shown')
      .map((finding) => finding.message);
  const BARE = 'An MRI will show the anatomy.';

  it('asks an acute item with neither a red flag nor persisting symptoms for one of them', () => {
    assert.deepStrictEqual(messages(letter('03/01/2018', '03/20/2018', BARE)), [
      'The item "MRI of the lumbar spine" is Overturned, but the letter shows none of the criteria of MTUS ACOEM ' +
        'Low Back Disorders Guideline (since 2017-12-01) (Diagnostic and other testing): red flags of potentially ' +
        'serious disease (fever, major trauma, cauda equina, tumor, infection, fracture); symptoms persisting ' +
        'without improvement after the first 4 to 6 weeks.',
    ]);
  });

  it('is silent when the letter shows a red flag, symptoms that persist, or a chronic item', () => {
    assert.deepStrictEqual(messages(letter('03/01/2018', '03/20/2018', 'She has a fever and night pain.')), []);
    const persisting = 'The pain has not improved after six weeks of physical therapy.';
    assert.deepStrictEqual(messages(letter('03/01/2018', '05/20/2018', persisting)), []);
    assert.deepStrictEqual(messages(letter('03/01/2014', '03/20/2018', BARE)), []);
  });

  it('judges nothing after the edition it was read from was updated', () => {
    assert.deepStrictEqual(messages(letter('03/01/2022', '03/20/2022', BARE)), []);
  });
});

describe('criteria-not-shown: the entries of kinds that had none', () => {
  const letter = (ur: string, title: string, rationale: string) =>
    [
      '**Case Number:** CM16-0000002',
      '**Date of Injury:** 01/12/2016',
      `**UR Denial Date:** ${ur}`,
      '',
      '# CLINICAL CASE SUMMARY',
      '',
      'The patient is a 58 year old man with neck and right knee pain after a fall at work.',
      '',
      '# IMR ISSUES, DECISIONS AND RATIONALES',
      '',
      `## ${title}: Overturned`,
      '',
      '**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.',
      '',
      '**MAXIMUS guideline:** The Expert Reviewer did not cite any medical evidence for its decision.',
      '',
      `**Decision rationale:** ${rationale} The request is medically necessary.`,
      '',
    ].join('\n');
  const warning = (text: string) => lint(text).find((finding) => finding.rule === 'criteria-not-shown')?.message;

  it('names the criteria an Overturned item of the kind does not show', () => {
    assert.strictEqual(
      warning(letter('04/20/2016', 'Theramine #120', 'He would like to take fewer pills.')),
      'The item "Theramine #120" is Overturned, but the letter shows none of the criteria of Official Disability ' +
        'Guidelines (ODG) (Medical food): a disease with distinctive nutritional requirements, or a documented ' +
        'deficiency, the product manages.',
    );
    assert.match(
      warning(letter('04/20/2016', 'Cervical pillow', 'He sleeps badly.')) ?? '',
      /\(Pillow\): a daily \(home\) exercise program the pillow goes with\.$/,
    );
    assert.match(
      warning(letter('04/20/2016', 'Glucosamine sulfate 500 mg #90', 'He asks for it.')) ?? '',
      /\(Glucosamine \(and Chondroitin Sulfate\)\): arthritis pain, especially osteoarthritis of the knee\.$/,
    );
  });

  it('is silent when the letter shows one of them, or when the entry is not known for the letter’s date', () => {
    assert.strictEqual(
      warning(letter('04/20/2016', 'Cervical pillow', 'He does a daily home exercise program.')),
      undefined,
    );
    assert.strictEqual(warning(letter('04/20/2016', 'Sleep study', 'His wife reports loud snoring.')), undefined);
    assert.strictEqual(
      warning(letter('04/20/2021', 'Theramine #120', 'He would like to take fewer pills.')),
      undefined,
    );
  });
});
