import * as assert from 'assert';
import { builtInKnowledge, parseDetermination } from '../../../server/core';
import { guidelinesOutOfDate, knowledgeForItem } from '../../../server/core/knowledge';
import { letterEra } from '../../../server/core/knowledge/era';
import { draftLetter, type LetterDates } from './draft-letter';

const kb = builtInKnowledge();

const ACUTE: LetterDates = { injury: '03/01/2017', ur: '04/10/2017' };
const CHRONIC: LetterDates = { injury: '03/01/2014', ur: '04/10/2017' };

/** A letter of our own with one item per title; every rationale is a neutral sentence. */
function letter(titles: string[], summary: string, dates: LetterDates = ACUTE): string {
  const rationale =
    'The records do not show the findings the guideline asks for. The request is not medically necessary.';
  return `${draftLetter(
    dates,
    summary,
    titles.map((title) => ({ title, rationale })),
  )}\n`;
}

/** What the fit gives each item: treatment/region/setting read, and the entries applied or why none. */
function fit(text: string) {
  const determination = parseDetermination(text, kb);
  const era = letterEra(determination, kb);
  return determination.items.map((item) => {
    const found = knowledgeForItem(kb, item, era);
    return {
      read: [item.treatment?.value, item.region?.value, item.setting?.value],
      entries: [...found.limits, ...found.criteria].map((entry) => entry.id),
      unjudged: found.unjudged,
    };
  });
}

const SUMMARY = 'The patient is a 50 year old man who hurt his back lifting a crate.';

describe('knowledge fit: an entry judges an item only where it fits', () => {
  it('judges an ECG by the pre-operative ECG entry only when the letter shows an operation it comes before', () => {
    const ecg = (titles: string[], summary: string) =>
      fit(letter(titles, summary)).map((item) => [item.read[0], item.entries, item.unjudged]);
    const judged = ['ekg', ['odg-preoperative-ecg'], undefined];
    // Its title says so, or the letter requests a surgery, or the case summary plans one.
    assert.deepStrictEqual(
      ecg(['Pre-operative EKG', 'Associated surgical service: EKG', '12-lead EKG prior to surgery'], SUMMARY),
      [judged, judged, judged],
    );
    assert.deepStrictEqual(ecg(['EKG', 'Right knee arthroscopy'], SUMMARY)[0], judged);
    const planned = 'A right knee arthroscopy was certified and is scheduled for 05/04/2017.';
    assert.deepStrictEqual(ecg(['Electrocardiogram (ECG)'], planned), [judged]);
    // No operation in the letter: an ECG for chest pain or hypertension is not judged as pre-operative.
    assert.deepStrictEqual(ecg(['EKG', 'Electrocardiogram (ECG)'], SUMMARY), [
      ['ekg', [], 'no entry for treatment'],
      ['ekg', [], 'no entry for treatment'],
    ]);
  });

  it('reads PT/PTT as a clotting lab, never as physical therapy', () => {
    const [item] = fit(letter(['Pre-operative PT/PTT'], SUMMARY));
    assert.strictEqual(item.read[0], 'lab-test');
    assert.deepStrictEqual(item.entries, ['odg-preoperative-lab-testing']);
  });

  it('judges a pre-operative chest film by pre-operative testing, not by the spine film criteria', () => {
    const [item] = fit(letter(['Pre-operative chest x-ray'], SUMMARY));
    assert.deepStrictEqual(item.read.slice(0, 2), ['x-ray', 'chest']);
    assert.deepStrictEqual(item.entries, ['odg-preoperative-chest-radiography']);
  });

  it('judges a combination of an opioid and a non-opioid by the opioid entries only, in either order or by brand', () => {
    const titles = [
      'Hydrocodone/ibuprofen 7.5/200mg #60',
      'Ibuprofen/hydrocodone 200/7.5mg #60',
      'Vicoprofen 7.5/200mg #60',
      'Ibuprofen 800mg #90',
    ];
    const items = fit(letter([...titles, 'Movantik 25mg for opioid-induced constipation'], SUMMARY));
    assert.deepStrictEqual(
      items.map((item) => [item.read[0], item.entries]),
      [
        ['opioid', ['mtus-opioids-acute-postoperative']],
        ['opioid', ['mtus-opioids-acute-postoperative']],
        ['opioid', ['mtus-opioids-acute-postoperative']],
        ['nsaid', ['cpmtg-nsaids']],
        ['laxative', ['cpmtg-opioid-constipation']],
      ],
    );
    const wrist = 'She underwent open reduction and internal fixation of the right wrist on 03/06/2017.';
    const [months] = fit(letter(titles.slice(0, 1), wrist, { injury: '03/01/2017', ur: '06/15/2017' }));
    assert.deepStrictEqual([months.entries, months.unjudged], [[], 'no setting']);
  });

  it('judges an NSAID combined with a stomach protectant as the NSAID, by brand or by its ingredients', () => {
    const titles = [
      'Duexis 800/26.6mg #90',
      'Ibuprofen/famotidine 800/26.6mg #90',
      'Vimovo 500/20mg #60',
      'Naproxen and esomeprazole magnesium 500/20mg #60',
      'Arthrotec 75mg #60',
    ];
    const items = fit(letter([...titles, 'Ibuprofen 800mg #90 and famotidine 20mg #60'], SUMMARY));
    assert.deepStrictEqual(
      items.map((item) => [item.read[0], item.entries]),
      [
        ...titles.map(() => ['nsaid', ['cpmtg-nsaids']]),
        // Two drugs written apart are each judged by their own entries.
        ['nsaid', ['cpmtg-nsaids', 'cpmtg-nsaids-gi-risk']],
      ],
    );
  });

  it('reads a consultation named after the procedure it refers to as the consultation, not the procedure', () => {
    const items = fit(
      letter(
        ['Orthopedic spine surgery consultation', 'Lumbar fusion surgery', 'Chiropractic referral, 6 visits'],
        SUMMARY,
      ),
    );
    assert.deepStrictEqual(
      items.map((item) => item.read[0]),
      ['consult', 'surgery', 'manipulation'],
    );
    assert.deepStrictEqual(items[0].entries, ['acoem-consultation']);
  });

  it('leaves an abdominal CT unjudged and gives a brain MRI only the head entry', () => {
    const [abdomen, brain, unknown] = fit(
      letter(['CT scan of the abdomen', 'MRI of the brain', 'MRI with and without contrast'], SUMMARY),
    );
    assert.deepStrictEqual([abdomen.entries, abdomen.unjudged], [[], 'no entry for region']);
    assert.deepStrictEqual(brain.entries, ['odg-head-imaging']);
    assert.deepStrictEqual([unknown.entries, unknown.unjudged], [[], 'no region']);
  });

  it('judges a post-operative or acute opioid by the acute and post-operative guidance, a chronic one by ongoing management', () => {
    const postOp = fit(letter(['Post-operative Norco 5/325mg #30'], SUMMARY))[0];
    assert.strictEqual(postOp.read[2], 'post-operative');
    assert.deepStrictEqual(postOp.entries, ['mtus-opioids-acute-postoperative']);
    const acute = fit(letter(['Tramadol 50mg #30'], SUMMARY, ACUTE))[0];
    assert.deepStrictEqual([acute.read[2], acute.entries], ['acute', ['mtus-opioids-acute-postoperative']]);
    const chronic = fit(letter(['Norco 10/325mg #120'], SUMMARY, CHRONIC))[0];
    assert.strictEqual(chronic.read[2], 'chronic');
    assert.ok(chronic.entries.includes('cpmtg-opioids-ongoing'), chronic.entries.join());
    assert.ok(!chronic.entries.includes('mtus-opioids-acute-postoperative'));
  });

  it('judges an acute or post-operative opioid before the 2016 guidelines by the 2009 criteria for starting opioids, never on-going management', () => {
    const of2014 = { injury: '05/05/2014', ur: '06/20/2014' };
    const [acute, postOp] = fit(letter(['Tramadol 50mg #60', 'Post-operative Percocet 5/325mg #40'], SUMMARY, of2014));
    assert.deepStrictEqual(
      [acute.read[2], acute.entries, postOp.read[2], postOp.entries],
      ['acute', ['cpmtg-opioids-initiating'], 'post-operative', ['cpmtg-opioids-initiating']],
    );
    const [chronic] = fit(letter(['Norco 10/325mg #120'], SUMMARY, { injury: '03/01/2012', ur: '06/20/2014' }));
    assert.ok(chronic.entries.includes('cpmtg-opioids-ongoing'), chronic.entries.join());
    assert.ok(!chronic.entries.includes('cpmtg-opioids-initiating'), chronic.entries.join());
    // From 2016-07-28 the MTUS Opioids Treatment Guidelines hold the acute guidance; the 2009 entry
    // does not carry into the 2016 edition of the Chronic Pain guidelines.
    const [of2017] = fit(letter(['Tramadol 50mg #60'], SUMMARY, ACUTE));
    assert.deepStrictEqual(of2017.entries, ['mtus-opioids-acute-postoperative']);
  });

  it('judges a corticosteroid injection of the carpal canal or a tendon sheath of the wrist or hand by ACOEM Chapter 11', () => {
    const titles = [
      'Left carpal tunnel corticosteroid injection',
      'Corticosteroid injection, first dorsal compartment, right wrist',
      'Trigger finger injection, right ring finger',
      'Corticosteroid injection, left greater trochanter',
    ];
    const [carpal, sheath, finger, hip] = fit(letter(titles, SUMMARY));
    for (const item of [carpal, sheath, finger]) {
      assert.deepStrictEqual([item.read[1], item.entries], ['wrist-hand', ['acoem-wrist-hand-injections']]);
    }
    assert.deepStrictEqual([hip.entries, hip.unjudged], [[], 'no entry for region']);
    // ACOEM's chapters left the MTUS on 2017-12-01: a later letter is not judged by them.
    const [later] = fit(letter(titles.slice(0, 1), SUMMARY, { injury: '03/01/2019', ur: '04/10/2019' }));
    assert.deepStrictEqual([later.entries, later.unjudged], [[], 'no entry in force']);
  });

  it('reads an injection naming drugs as an injection, not as a compounded topical', () => {
    const [item] = fit(letter(['Injection of lidocaine and dexamethasone to the right knee'], SUMMARY));
    assert.deepStrictEqual(item.read.slice(0, 2), ['injection', 'knee']);
    assert.deepStrictEqual(item.entries, ['odg-knee-corticosteroid-injections']);
  });

  it('judges a topical NSAID as a topical and an oral NSAID as an NSAID', () => {
    const [gel, oral] = fit(letter(['Diclofenac sodium 1% gel 100 grams', 'Diclofenac sodium 75mg #60'], SUMMARY));
    assert.deepStrictEqual([gel.read[0], gel.entries], ['topical-compound', ['cpmtg-topical-analgesics']]);
    assert.deepStrictEqual([oral.read[0], oral.entries], ['nsaid', ['cpmtg-nsaids']]);
  });

  it('judges a topical NSAID patch named by its brand as a topical, never as an oral NSAID', () => {
    const [patch, solution] = fit(letter(['Flector patch 1.3% #30', 'Pennsaid 2% solution'], SUMMARY));
    assert.deepStrictEqual([patch.read[0], patch.entries], ['topical-compound', ['cpmtg-topical-analgesics']]);
    assert.deepStrictEqual([solution.read[0], solution.entries], ['topical-compound', ['cpmtg-topical-analgesics']]);
  });

  it('judges a compound named only by its drugs and their strengths as a topical, never as the drugs by mouth', () => {
    const titles = [
      'Flurbiprofen 20%/Lidocaine 5% 180gm',
      'Ketoprofen/Gabapentin/Lidocaine 240gm',
      'Gabapentin/cyclobenzaprine/tramadol 240gm',
      'Flurbiprofen 25%, menthol 10%, camphor 3%, capsaicin 0.0375%',
      'Ketoprofen/gabapentin/lidocaine',
    ];
    const others = [
      'Ibuprofen 800mg #90',
      'Hydrocodone 10/325 #60, taper by 10% weekly',
      'Lidocaine 1% 5ml injection',
      'Norco 10/325 #60 and Lidoderm 5% patch #30',
    ];
    const items = fit(letter([...titles, ...others], SUMMARY));
    assert.deepStrictEqual(
      items.slice(0, titles.length).map((item) => [item.read[0], item.entries]),
      titles.map(() => ['topical-compound', ['cpmtg-topical-analgesics']]),
    );
    // Milligrams are a tablet's, a percentage away from a drug's name is no strength, a form word wins,
    // and drugs prescribed apart (a count after the first) are no one mixture.
    assert.deepStrictEqual(
      items.slice(titles.length).map((item) => item.read[0]),
      ['nsaid', 'opioid', 'injection', 'opioid'],
    );
  });

  it('judges a compound kit taken by mouth as its drug, never as a compounded topical (B15-2)', () => {
    const oral = [
      'Cyclobenzaprine oral suspension compound kit, 1 mg/mL, 150 mL',
      'Compounded cyclobenzaprine oral suspension, 150 mL',
      'Cyclobenzaprine 7.5 mg compounded capsules #60',
      'Ketoprofen compound kit, oral',
    ];
    const topical = ['Compounded ketoprofen 20% cream 120 gm', 'Topical compound: flurbiprofen/cyclobenzaprine 180 gm'];
    const items = fit(letter([...oral, ...topical], SUMMARY));
    assert.deepStrictEqual(
      items.map((item) => item.read[0]),
      ['muscle-relaxant', 'muscle-relaxant', 'muscle-relaxant', 'nsaid', 'topical-compound', 'topical-compound'],
    );
  });

  it('types a consultation with a surgeon as a referral, not as surgery', () => {
    const [item] = fit(letter(['Consult with a hip replacement specialist'], SUMMARY));
    assert.deepStrictEqual(item.read.slice(0, 2), ['consult', 'hip']);
    assert.deepStrictEqual(item.entries, ['acoem-consultation']);
  });

  it('reads a body part naming a specialist\'s field as no region of the item ("hand surgeon", "foot and ankle specialist")', () => {
    const titles = [
      'Referral to orthopedic hand surgeon',
      'Consult with a foot and ankle specialist',
      'Knee specialist consultation',
      'Referral to a hand/upper extremity surgeon',
      'MRI of the wrist, per the hand surgeon',
      "MRI, per the spine surgeon's request",
      'Hand surgery consultation',
    ];
    const [hand, ankle, knee, limb, wrist, bare, surgery] = fit(letter(titles, SUMMARY));
    assert.deepStrictEqual(
      [hand, ankle, knee, limb].map((item) => [item.read[0], item.read[1], item.entries]),
      [
        ['consult', undefined, ['acoem-consultation']],
        ['consult', undefined, ['acoem-consultation']],
        ['consult', undefined, ['acoem-consultation']],
        ['consult', undefined, ['acoem-consultation']],
      ],
    );
    assert.deepStrictEqual(wrist.read.slice(0, 2), ['mri', 'wrist-hand']);
    assert.deepStrictEqual([bare.read[1], bare.entries, bare.unjudged], [undefined, [], 'no region']);
    // A part before the procedure a consultation is about stays its subject.
    assert.deepStrictEqual(surgery.read.slice(0, 2), ['consult', 'wrist-hand']);
  });

  it('reads a consultation or visit whose title names no region as about the region its rationale names first', () => {
    const text = letter(
      ['Referral to orthopedic hand surgeon', 'Follow-up visit with hand surgeon', 'Consultation with a hand surgeon'],
      SUMMARY,
    ).replaceAll(
      'The records do not show',
      'The elbow chapter considers surgery for lateral epicondylalgia only after six months; the records do not show',
    );
    const items = fit(text);
    assert.deepStrictEqual(
      items.map((item) => [item.read[0], item.read[1], item.entries]),
      [
        ['consult', 'elbow', ['acoem-consultation']],
        ['office-visit', 'elbow', ['odg-office-visits']],
        ['consult', 'elbow', ['acoem-consultation']],
      ],
    );
    // The referral's subject is never a specialist's field named in the rationale, nor the summary's part.
    const [field] = fit(
      letter(['Consultation with a hand surgeon'], 'He hurt his knee.').replace(
        'The records do not show',
        'A hand surgeon may see him later, but the records do not show',
      ),
    );
    assert.deepStrictEqual([field.read[1], field.entries], [undefined, ['acoem-consultation']]);
  });

  it('reads the region of the abbreviations and anatomical names titles use for a joint or an operation', () => {
    const titles = [
      'Right ACL reconstruction',
      'Left PCL reconstruction',
      'Post-operative physical therapy after left TKA, 12 visits',
      'Left THA',
      'SI joint injection, right',
      'AC joint injection, left',
      'MRI thoracolumbar spine',
      'X-ray LS spine',
      'Right CTS release',
      'MRI arthrogram for TFCC tear',
      // "RTC" is as often "return to clinic" as the rotator cuff: no region.
      'Follow-up visit, RTC 4 weeks',
    ];
    assert.deepStrictEqual(
      fit(letter(titles, SUMMARY)).map((item) => item.read[1]),
      [
        'knee',
        'knee',
        'knee',
        'hip',
        'low-back',
        'shoulder',
        'low-back',
        'low-back',
        'wrist-hand',
        'wrist-hand',
        undefined,
      ],
    );
  });

  it('gives a lower-limb EMG the region its rationale names, never the carpal tunnel entry', () => {
    const text = letter(['EMG/NCV of the bilateral lower extremities'], SUMMARY).replace(
      'The records do not show',
      'Lumbar radicular symptoms are reported, but the records do not show',
    );
    const [item] = fit(text);
    assert.strictEqual(item.read[1], 'low-back');
    assert.deepStrictEqual(item.entries, ['acoem-emg-ncv']);
    const [bare] = fit(letter(['EMG/NCV of the bilateral lower extremities'], SUMMARY));
    assert.deepStrictEqual([bare.read[1], bare.entries, bare.unjudged], ['lower-limb', [], 'no region']);
  });

  it('leaves the region of a body part no region stands for unknown, never borrowed from the summary', () => {
    const summary = 'He was bitten on the right calf; ankle dorsiflexion is 5 degrees and the knee is normal.';
    const titles = ['MRI right lower leg (tibia/fibula)', 'X-ray of the left shin', 'Physical therapy x 8, right calf'];
    const [mri, shin, therapy, bare] = fit(letter([...titles, 'Physical therapy x 8'], summary));
    assert.deepStrictEqual([mri.read[1], mri.entries, mri.unjudged], [undefined, [], 'no region']);
    assert.deepStrictEqual([shin.read[1], shin.entries, shin.unjudged], [undefined, [], 'no region']);
    // Judged as a course of therapy for no region, by the entries for any region alone.
    assert.deepStrictEqual([therapy.read[1], therapy.entries], [undefined, bare.entries]);
    assert.ok(bare.entries.includes('cpmtg2016-pm-myalgia') && !bare.entries.includes('odg-pt-ankle-sprain'));
  });

  it('judges an operation by the ACOEM surgical referral criteria only in the regions of the chapters they come from', () => {
    const titles = [
      'Right index finger trigger finger release',
      'Left L5-S1 microdiscectomy',
      'Right total hip arthroplasty',
      'Open reduction internal fixation, left ankle',
      'Spine surgery',
    ];
    const [finger, spine, hip, ankle, unread] = fit(letter(titles, 'She fell at work in 2016.'));
    assert.deepStrictEqual(
      [finger.entries, spine.entries],
      [['acoem-surgical-considerations'], ['acoem-surgical-considerations']],
    );
    assert.deepStrictEqual(
      [hip, ankle, unread].map((item) => [item.read[1], item.entries, item.unjudged]),
      [
        ['hip', [], 'no entry for region'],
        ['ankle-foot', [], 'no entry for region'],
        [undefined, [], 'no region'],
      ],
    );
  });

  it('does not take a limb item region from a sign or reflex named after a part ("foot drop", "ankle reflexes")', () => {
    const signs = [
      'He has a left foot drop and absent ankle reflexes from a lumbar disc herniation',
      'Heel walking is weak and the knee jerks are brisk with low back pain',
      'A wrist drop is described with neck pain',
    ];
    const items = signs.map(
      (sign, i) =>
        fit(
          letter([`EMG/NCV of the bilateral ${i === 2 ? 'upper' : 'lower'} extremities`], SUMMARY).replace(
            'The records do not show',
            `${sign}, but the records do not show`,
          ),
        )[0],
    );
    assert.deepStrictEqual(
      items.map((item) => item.read[1]),
      ['low-back', 'low-back', 'neck'],
    );
  });

  it('judges occupational therapy by the physical medicine limits too, with the Labor Code cap of its own', () => {
    const [item] = fit(letter(['Occupational therapy 2 times a week for 4 weeks for the right wrist'], SUMMARY));
    assert.ok(item.entries.includes('lc-4604.5-occupational-therapy'));
    assert.ok(!item.entries.includes('lc-4604.5-physical-therapy'));
    assert.ok(item.entries.includes('cpmtg2016-pm-myalgia'), item.entries.join());
  });

  it('judges post-operative therapy by the postsurgical limits, not the medical ones or the Labor Code cap', () => {
    const meniscectomy = 'He underwent a right knee partial medial meniscectomy on 03/20/2017.';
    const [item] = fit(letter(['Post-operative physical therapy 12 sessions for the right knee'], meniscectomy));
    assert.ok(item.entries.includes('mtus-postsurgical-meniscectomy'), item.entries.join());
    assert.ok(!item.entries.includes('lc-4604.5-physical-therapy'));
    assert.ok(!item.entries.includes('odg-pt-knee-meniscus-medical'));
  });
});

describe('knowledge fit: item setting', () => {
  it('is acute or chronic from the dates of a draft header written as a table with colonless labels', () => {
    const table = ({ injury, ur }: LetterDates) =>
      letter(['Tramadol 50mg #30'], SUMMARY).replace(
        /^[^#]*/,
        `| Field | Value |\n|---|---|\n| Date of Injury | ${injury} |\n| UR Denial Date | ${ur} |\n\n`,
      );
    assert.deepStrictEqual([fit(table(ACUTE))[0].read[2], fit(table(CHRONIC))[0].read[2]], ['acute', 'chronic']);
  });

  it('is post-operative for equipment ancillary to a surgery, with the surgery region', () => {
    const items = fit(
      letter(['Right shoulder arthroscopy', 'Associated surgical service: Cold therapy unit, 7-day rental'], SUMMARY),
    );
    assert.deepStrictEqual(items[1].read, ['cold-therapy-unit', 'shoulder', 'post-operative']);
    assert.deepStrictEqual(items[1].entries, ['odg-cold-therapy-unit']);
  });

  it('is post-operative after a surgery the case summary dates shortly before the request, not one only planned', () => {
    const done = 'On 03/20/2017 he underwent open reduction and internal fixation of the right ankle.';
    const planned = 'A surgeon who saw him on 03/20/2017 is considering an open reduction of the ankle.';
    assert.strictEqual(fit(letter(['Shower chair'], done))[0].read[2], 'post-operative');
    assert.strictEqual(fit(letter(['Shower chair'], planned))[0].read[2], 'acute');
  });

  it('is post-operative after an operation the summary says the injury was treated with', () => {
    const treated = 'He fractured his wrist and was treated with open reduction and internal fixation on 03/20/2017.';
    assert.strictEqual(fit(letter(['Norco 5/325mg #60'], treated))[0].read[2], 'post-operative');
  });

  it('is post-operative after a pinning, an operation named without the word surgery', () => {
    const pinned = 'He fractured a metacarpal and underwent closed reduction and percutaneous pinning on 03/20/2017.';
    const [norco, pinning] = fit(letter(['Norco 5/325mg #60', 'Percutaneous pinning, left hand'], pinned));
    assert.strictEqual(norco.read[2], 'post-operative');
    assert.strictEqual(pinning.read[0], 'surgery');
  });

  it('is no setting for an item used after an operation a few months after a dated surgery, chronic by the dates', () => {
    const wrist = 'She underwent open reduction and internal fixation of the right wrist on 03/06/2017.';
    const titles = ['Tramadol ER 100mg #30', 'MRI of the right wrist'];
    const [weeks, weeksStudy] = fit(letter(titles, wrist, { injury: '03/01/2017', ur: '05/20/2017' }));
    const [months, monthsStudy] = fit(letter(titles, wrist, { injury: '03/01/2017', ur: '06/15/2017' }));
    const [later] = fit(letter(titles, wrist, { injury: '03/01/2017', ur: '09/20/2017' }));
    assert.deepStrictEqual([weeks.read[2], weeksStudy.read[2]], ['post-operative', 'acute']);
    assert.deepStrictEqual([months.read[2], monthsStudy.read[2], later.read[2]], [undefined, 'chronic', 'chronic']);
    assert.deepStrictEqual([months.entries, months.unjudged], [[], 'no setting']);
  });

  it('is post-operative for equipment of a region another item is titled post-operative for, a few months after the surgery', () => {
    const knee = 'He underwent an anterior cruciate ligament reconstruction of the left knee on 10/04/2016.';
    const dates = { injury: '04/02/2016', ur: '01/23/2017' };
    const titles = [
      'Post-operative physical therapy 2 times a week for 3 weeks for the left knee',
      'Cold therapy unit, 30-day rental, left knee',
      'Cold therapy unit, 30-day rental, right shoulder',
      'MRI of the left knee',
    ];
    const [therapy, unit, shoulder, mri] = fit(letter(titles, knee, dates));
    assert.deepStrictEqual(therapy.read, ['physical-therapy', 'knee', 'post-operative']);
    assert.deepStrictEqual(unit.read, ['cold-therapy-unit', 'knee', 'post-operative']);
    assert.deepStrictEqual(unit.entries, ['odg-cold-therapy-unit']);
    // Another region, or a study, is not placed in the knee's post-operative course.
    assert.deepStrictEqual([shoulder.read[2], shoulder.unjudged], [undefined, 'no setting']);
    assert.strictEqual(mri.read[2], 'chronic');
    // Without the post-operative title, the unit a few months after the surgery has no setting.
    const [alone] = fit(letter(titles.slice(1, 2), knee, dates));
    assert.deepStrictEqual([alone.read[2], alone.unjudged], [undefined, 'no setting']);
  });
  it('is post-operative when its title places it after the operation it names, unless it is a study or the operation', () => {
    const [rehab, therapy, study, operation, distant] = fit(
      letter(
        [
          'Inpatient rehabilitation facility stay, 7 days, after right total knee arthroplasty',
          'Physical therapy 12 visits following left rotator cuff repair',
          'MRI of the right knee after arthroscopy',
          'Right knee arthroscopy after failed physical therapy',
          'Physical therapy 12 visits after a trial of acupuncture and a fall at work before any surgery',
        ],
        SUMMARY,
        CHRONIC,
      ),
    );
    assert.deepStrictEqual(rehab.read, ['inpatient-rehab', 'knee', 'post-operative']);
    assert.deepStrictEqual(therapy.read, ['physical-therapy', 'shoulder', 'post-operative']);
    assert.deepStrictEqual([study.read[2], operation.read[2], distant.read[2]], ['chronic', 'chronic', 'chronic']);
  });

  it('dates a retrospective item by its date of service, when that falls between the injury and the request', () => {
    const late: LetterDates = { injury: '03/01/2017', ur: '08/10/2017' };
    const [served, undated, outside] = fit(
      letter(
        [
          'Retrospective physical therapy 6 visits (DOS 04/02/2017)',
          'Physical therapy 6 visits',
          'Retrospective physical therapy 6 visits (DOS 04/02/2016)',
        ],
        SUMMARY,
        late,
      ),
    );
    assert.deepStrictEqual([served.read[2], undated.read[2], outside.read[2]], ['acute', 'chronic', 'chronic']);
  });

  it('is acute or chronic by the days from the injury to the request, and unknown without dates', () => {
    assert.strictEqual(fit(letter(['Lumbar brace'], SUMMARY, CHRONIC))[0].read[2], 'chronic');
    const undated = letter(['Lumbar brace'], SUMMARY).replace(/\*\*(Date of Injury|UR Denial Date):\*\* \S+\n/g, '');
    assert.strictEqual(fit(undated)[0].read[2], undefined);
  });
});

describe('knowledge fit: new kinds', () => {
  it('judges acute neck traction by the ACOEM neck chapter only, leaving chronic, lumbar and later traction unjudged', () => {
    const chronic: LetterDates = { injury: '03/01/2014', ur: '04/10/2017' };
    const titles = ['Home cervical traction unit', 'Home lumbar traction unit'];
    const [neck, lumbar] = fit(letter(titles, SUMMARY));
    assert.deepStrictEqual([neck.read, neck.entries], [['traction', 'neck', 'acute'], ['acoem-neck-traction']]);
    assert.deepStrictEqual([lumbar.entries, lumbar.unjudged], [[], 'no entry for region']);
    const [late] = fit(letter(titles.slice(0, 1), SUMMARY, chronic));
    assert.deepStrictEqual([late.entries, late.unjudged], [[], 'no entry for setting']);
  });

  it('gives a brace or orthotic whose title names no region the region its rationale names first', () => {
    const text = letter(['Custom orthotics, bilateral', 'Knee brace', 'Orthosis'], SUMMARY).replace(
      'The records do not show',
      'Rigid orthotics are an option for plantar fasciitis, but the records do not show',
    );
    const [orthotics, knee, bare] = fit(text);
    assert.deepStrictEqual(
      [orthotics.read[1], orthotics.entries, knee.read[1]],
      ['ankle-foot', ['acoem-ankle-foot-immobilization'], 'knee'],
    );
    assert.deepStrictEqual([bare.read[1], bare.entries, bare.unjudged], [undefined, [], 'no region']);
  });

  it("reads de Quervain's and the first dorsal compartment as the wrist and hand", () => {
    const [release] = fit(letter(["Right first dorsal compartment release (de Quervain's release)"], SUMMARY));
    assert.deepStrictEqual(release.read.slice(0, 2), ['surgery', 'wrist-hand']);
    assert.deepStrictEqual(release.entries, ['acoem-surgical-considerations']);
  });

  const cases: Array<[string, string[]]> = [
    ['Hinged knee brace, right knee', ['acoem-knee-brace']],
    ['3-in-1 bedside commode', ['odg-dme-home']],
    ['Front-wheeled walker', ['odg-walking-aids']],
    ['Transportation to and from medical appointments', ['odg-transportation']],
    ['Home health aide 4 hours per day', ['cpmtg2016-home-health']],
    ['Functional capacity evaluation', ['acoem-fce']],
    ['Acute inpatient rehabilitation 7 days', ['odg-inpatient-rehabilitation']],
    ['Gym membership for 6 months', ['odg-gym-memberships']],
    ['Electrical muscle stimulation unit', ['cpmtg-nmes']],
    ['Therapeutic ultrasound 6 sessions', ['cpmtg-therapeutic-ultrasound']],
    ['Hot/cold packs', ['acoem-heat-cold']],
    ['Alprazolam 0.5mg #60', ['cpmtg-benzodiazepines']],
    ['Trazodone 50mg #30', ['cpmtg-antidepressants']],
    ['Zolpidem 10mg #30', ['odg-insomnia-treatment']],
    ['Ondansetron 4mg #20', ['odg-antiemetics']],
    ['Docusate 100mg #60', ['cpmtg-opioid-constipation']],
    ['Tabradol 1mg/ml oral suspension, 250ml', ['cpmtg-muscle-relaxants']],
    ['Bilateral L4-5 facet joint injections', ['odg-facet-joint-injections']],
    ['Platelet-rich plasma injection, right elbow', ['odg-platelet-rich-plasma']],
    ['Ketorolac 60mg intramuscular injection', ['cpmtg-ketorolac']],
    ['Associated surgical service: Assistant surgeon', ['odg-surgical-assistant']],
    ['Follow-up office visits, 4 visits', ['odg-office-visits']],
    ['Pre-operative electrocardiogram (EKG)', ['odg-preoperative-ecg']],
    ['Pre-operative medical clearance', ['odg-preoperative-testing-general']],
    ['MRI of the left hip without contrast', ['odg-hip-imaging']],
    ['X-rays of the left elbow', ['acoem-elbow-imaging']],
    ['MRI of the right ankle', ['acoem-ankle-foot-imaging']],
    ['MRI of the left wrist', ['acoem-wrist-hand-imaging']],
    ['CT scan of the head', ['odg-head-imaging']],
    ['Shoulder sling', ['acoem-shoulder-sling']],
    ['Abduction pillow for the right shoulder', ['acoem-shoulder-sling']],
    ['Infrared therapy', ['odg-infrared-therapy']],
    ['TENS unit for the low back', ['cpmtg2016-tens', 'cpmtg-tens-criteria']],
    ['Pepcid 20mg #60', ['cpmtg-nsaids-gi-risk']],
    ['Deprizine 15mg/ml oral suspension', ['cpmtg-nsaids-gi-risk']],
    ['Fanatrex 25mg/ml oral suspension', ['cpmtg-anti-epilepsy-drugs']],
    ['Cymbalta 30mg #30', ['cpmtg-antidepressants']],
    ['Intra-articular corticosteroid injection, right knee', ['odg-knee-corticosteroid-injections']],
    ['Referral to pain management', ['acoem-consultation']],
    ['Wheelchair', ['odg-walking-aids']],
    ['Home nursing visits 2 times a week', ['cpmtg2016-home-health']],
  ];
  const items = fit(
    letter(
      cases.map(([title]) => title),
      SUMMARY,
      CHRONIC,
    ),
  );
  cases.forEach(([title, entries], index) => {
    it(`"${title}" → ${entries.join(', ')}`, () => assert.deepStrictEqual(items[index].entries, entries));
  });
});

describe('knowledge fit: letters written today', () => {
  const today: LetterDates = { injury: '01/05/2026', ur: '02/10/2026' };

  it('does not judge an item by an edition no longer in force, or by guideline content not known for the date', () => {
    const [lumbar, hip, acupuncture] = fit(
      letter(['MRI of the lumbar spine', 'MRI of the left hip', 'Acupuncture 6 visits for the neck'], SUMMARY, today),
    );
    assert.deepStrictEqual([lumbar.entries, lumbar.unjudged], [[], 'no entry in force']);
    assert.deepStrictEqual([hip.entries, hip.unjudged], [[], 'no entry in force']);
    assert.deepStrictEqual(acupuncture.entries, ['mtus-acupuncture']);
  });

  it('judges a chronic muscle relaxant by the ACOEM-based Chronic Pain Guideline, an acute one by nothing', () => {
    const chronic: LetterDates = { injury: '03/01/2019', ur: '02/10/2026' };
    const [flexeril] = fit(letter(['Flexeril 10mg #90'], SUMMARY, chronic));
    assert.deepStrictEqual(flexeril.entries, ['acoem-chronic-pain-muscle-relaxants']);
    const [acute] = fit(letter(['Flexeril 10mg #90'], SUMMARY, today));
    assert.deepStrictEqual([acute.entries, acute.unjudged], [[], 'no entry in force']);
  });

  it('judges spine imaging and tests by the ACOEM-based MTUS edition it knows, only until that edition was updated', () => {
    const titles = [
      'MRI of the lumbar spine',
      'X-rays of the lumbar spine',
      'EMG/NCV of the bilateral lower extremities',
      'MRI of the cervical spine',
      'CT of the thoracic spine',
      'MRI of the right shoulder',
    ];
    const radicular = `${SUMMARY} His low back pain radiates to the left leg.`;
    const of2018 = fit(letter(titles, radicular, { injury: '03/01/2018', ur: '04/10/2018' }));
    assert.deepStrictEqual(
      of2018.map((item) => item.entries),
      [
        ['mtus-acoem-low-back-diagnostic-testing'],
        ['mtus-acoem-low-back-diagnostic-testing'],
        ['mtus-acoem-low-back-diagnostic-testing'],
        ['mtus-acoem-cervical-thoracic-diagnostic-testing'],
        ['mtus-acoem-cervical-thoracic-diagnostic-testing'],
        [],
      ],
    );
    assert.strictEqual(of2018[5].unjudged, 'no entry in force');
    // The neck guideline was updated from 2019-04-18, the low back one from 2019-08-11: neither is read.
    const of2019 = fit(letter(titles.slice(0, 4), radicular, { injury: '03/01/2019', ur: '05/10/2019' }));
    assert.deepStrictEqual(
      of2019.map((item) => item.entries),
      [
        ['mtus-acoem-low-back-diagnostic-testing'],
        ['mtus-acoem-low-back-diagnostic-testing'],
        ['mtus-acoem-low-back-diagnostic-testing'],
        [],
      ],
    );
    const [lumbar2020] = fit(letter(titles.slice(0, 1), radicular, { injury: '03/01/2020', ur: '04/10/2020' }));
    assert.deepStrictEqual([lumbar2020.entries, lumbar2020.unjudged], [[], 'no entry in force']);
    // Its sentence is about an episode of symptoms, not imaging after an operation.
    const fusion = 'He underwent an L4-5 fusion on 02/20/2018.';
    const [postOp] = fit(
      letter(['Post-op x-rays of the lumbar spine'], fusion, { injury: '03/01/2017', ur: '04/10/2018' }),
    );
    assert.deepStrictEqual([postOp.read[2], postOp.entries], ['post-operative', []]);
  });

  it('says which guidelines fit an item but for its date, and why: not in force then, or not known then', () => {
    const outOfDate = (titles: string[], dates: LetterDates) => {
      const determination = parseDetermination(letter(titles, SUMMARY, dates), kb);
      const era = letterEra(determination, kb);
      return determination.items.map((item) =>
        guidelinesOutOfDate(kb, item, era).map(({ guideline, why }) => `${guideline.id}: ${why}`),
      );
    };
    const postOp = 'Cold therapy unit after right shoulder arthroscopy';
    assert.deepStrictEqual(outOfDate(['MRI of the lumbar spine', postOp], today), [
      ['acoem-low-back-2004: not in force', 'mtus-acoem-low-back: content not known'],
      ['odg: content not known'],
    ]);
    // In a 2017 letter both hold: only the later edition is out of date, not yet in force.
    assert.deepStrictEqual(outOfDate(['MRI of the lumbar spine', postOp], ACUTE), [
      ['mtus-acoem-low-back: not in force'],
      [],
    ]);
  });
});
