import * as assert from 'assert';
import { builtInKnowledge, parseDetermination } from '../../../server/core';
import { knowledgeForItem } from '../../../server/core/knowledge';
import { letterEra } from '../../../server/core/knowledge/era';
import { draftLetter, type DraftItem, type LetterDates } from './draft-letter';

const kb = builtInKnowledge();
const DATES: LetterDates = { injury: '01/22/2015', ur: '04/10/2015' };
const NEUTRAL = 'The records do not show the findings the guideline asks for. The request is not medically necessary.';

/** Treatment, region and setting read of each item, and the post-surgical therapy limits applied. */
function read(summary: string, items: Array<string | DraftItem>) {
  const drafts = items.map((item) => (typeof item === 'string' ? { title: item, rationale: NEUTRAL } : item));
  const determination = parseDetermination(`${draftLetter(DATES, summary, drafts)}\n`, kb);
  const era = letterEra(determination, kb);
  return determination.items.map((item) => {
    const found = knowledgeForItem(kb, item, era);
    return {
      read: [item.treatment?.value, item.region?.value, item.setting?.value],
      postSurgical: found.limits.map((limit) => limit.id).filter((id) => id.startsWith('mtus-postsurgical-')),
      odg: found.limits.map((limit) => limit.id).filter((id) => id.startsWith('odg-pt-')),
      unjudged: found.unjudged,
    };
  });
}

const SHOULDER_PLANNED =
  'A right shoulder arthroscopic rotator cuff repair was certified and is scheduled for 05/04/2015.';

describe('post-operative equipment and therapy take the region of the operation they follow', () => {
  it('reads an associated surgical service as the region of the operation the case summary plans', () => {
    const [cold, cpm] = read(SHOULDER_PLANNED, [
      'Associated surgical service: Cold therapy unit, 7-day rental',
      'Associated surgical service: Continuous passive motion device, home use, 21 days',
    ]);
    assert.deepStrictEqual(cold.read, ['cold-therapy-unit', 'shoulder', 'post-operative']);
    assert.deepStrictEqual(cpm.read, ['continuous-passive-motion', 'shoulder', 'post-operative']);
  });

  it('reads a post-operative device or therapy naming no region as the operated part, from its rationale first', () => {
    const summary = 'He had a left knee arthroscopy in 2009. He underwent a right shoulder arthroscopy on 03/30/2015.';
    const [cold, therapy, both] = read(summary, [
      {
        title: 'Cold therapy unit, 14 days rental',
        rationale: `After the rotator cuff repair, cold helps. ${NEUTRAL}`,
      },
      'Post-operative physical therapy x6 visits',
      { title: 'Interferential unit, 30-day rental', rationale: NEUTRAL },
    ]);
    assert.deepStrictEqual(cold.read, ['cold-therapy-unit', 'shoulder', 'post-operative']);
    // The summary names two operated parts: which one the item is for is unsure.
    assert.deepStrictEqual(therapy.read, ['physical-therapy', undefined, 'post-operative']);
    assert.deepStrictEqual(both.read, ['interferential', undefined, 'post-operative']);
  });

  it('takes the region of the surgery requested in the same letter over what the summary names', () => {
    const summary = 'He had a right knee arthroscopy in 2009.';
    const [, cold] = read(summary, ['Left shoulder arthroscopy', 'Cold therapy unit, purchase']);
    assert.deepStrictEqual(cold.read, ['cold-therapy-unit', 'shoulder', 'post-operative']);
  });

  it('leaves services for the person, and items not after an operation, without the operated part', () => {
    const done = 'He underwent a right total knee arthroplasty on 04/01/2015.';
    const [chair, home] = read(done, ['Shower chair', 'Home health aide, 4 hours a day for 2 weeks']);
    assert.deepStrictEqual(chair.read, ['dme-home', undefined, 'post-operative']);
    assert.deepStrictEqual(home.read, ['home-health', undefined, 'post-operative']);
    // Therapy before a planned operation is not for the operated part (the summary names two parts here).
    const planned = 'A right knee arthroscopy is planned. He also has low back pain.';
    const [therapy] = read(planned, ['Physical therapy 6 visits']);
    assert.deepStrictEqual(therapy.read, ['physical-therapy', undefined, 'acute']);
  });
});

describe('a treatment applied on a body part takes the one region the letter names for it', () => {
  const BACK = 'She hurt her low back lifting a box; the pain radiates down the left leg.';

  it('reads the region its rationale names, else the one the case summary names', () => {
    const [tens, heat, trigger, massage] = read(BACK, [
      'TENS unit, purchase',
      'Hot/cold therapy unit, home use',
      { title: 'Trigger point injections x2', rationale: `The trapezius knots are in the neck. ${NEUTRAL}` },
      { title: 'Massage therapy x 8 sessions', rationale: `The rotator cuff strain is not improving. ${NEUTRAL}` },
    ]);
    // A limb named beside the region ("down the left leg") does not compete with it.
    assert.deepStrictEqual(tens.read, ['tens', 'low-back', 'acute']);
    assert.deepStrictEqual(heat.read, ['heat-cold-therapy', 'low-back', 'acute']);
    assert.deepStrictEqual(trigger.read, ['trigger-point-injection', 'neck', 'acute']);
    assert.deepStrictEqual(massage.read, ['massage', 'shoulder', 'acute']);
  });

  it("leaves the region unknown when the text that decides names two, and keeps the title's own", () => {
    const [rationaleTwo, summaryTwo, titled] = read(BACK, [
      { title: 'Interferential unit, 30-day rental', rationale: `Neck and low back pain persist. ${NEUTRAL}` },
      'NMES unit for home use',
      'TENS unit for the right knee',
    ]);
    assert.deepStrictEqual(rationaleTwo.read, ['interferential', undefined, 'acute']);
    assert.deepStrictEqual(titled.read, ['tens', 'knee', 'acute']);
    const [both] = read('He injured his neck and his right shoulder in a fall.', ['NMES unit for home use']);
    assert.deepStrictEqual(both.read, ['e-stim', undefined, 'acute']);
    assert.deepStrictEqual(summaryTwo.read, ['e-stim', 'low-back', 'acute']);
  });

  it('gives whole-body exercise, services for the person and drugs no region from the letter', () => {
    const items = read(BACK, [
      'Aquatic therapy, 12 sessions',
      'Gym membership, 6 months',
      'Front-wheeled walker',
      'Lidoderm 5% patches #30',
      'Naproxen 550 mg #60',
    ]);
    assert.deepStrictEqual(
      items.map((item) => item.read),
      [
        ['aquatic-therapy', undefined, 'acute'],
        ['gym-membership', undefined, 'acute'],
        ['mobility-aid', undefined, 'acute'],
        ['topical-compound', undefined, 'acute'],
        ['nsaid', undefined, 'acute'],
      ],
    );
  });

  it('reads no region from the forearm of forearm crutches, as from the knee of a knee scooter', () => {
    const [crutches, splint] = read('He fractured his right ankle.', ['Forearm crutches, 1 pair', 'Forearm splint']);
    assert.deepStrictEqual(crutches.read, ['mobility-aid', undefined, 'acute']);
    assert.deepStrictEqual(splint.read, ['orthosis', 'wrist-hand', 'acute']);
  });
});

describe('post-operative therapy is judged by the post-surgical limit of the procedure done', () => {
  const therapy = (rationale: string, summary = 'He hurt his shoulder lifting a crate.') =>
    read(summary, [{ title: 'Post-operative physical therapy 12 visits for the right shoulder', rationale }])[0];

  it('applies only the limit of the operation the rationale or case summary names', () => {
    const repair = therapy(`After an arthroscopic repair for rotator cuff syndrome 24 visits are allowed. ${NEUTRAL}`);
    assert.deepStrictEqual(repair.postSurgical, ['mtus-postsurgical-rotator-cuff']);
    const bankart = therapy(NEUTRAL, 'He underwent a right shoulder Bankart repair on 04/01/2015.');
    assert.deepStrictEqual(bankart.postSurgical, ['mtus-postsurgical-bankart']);
    const knee = read('He underwent a left partial medial meniscectomy on 04/01/2015.', [
      'Post-operative physical therapy 12 visits, left knee',
    ])[0];
    assert.deepStrictEqual(knee.postSurgical, ['mtus-postsurgical-meniscectomy']);
  });

  it('names the procedure where the letter says it nearest the item: the rationale over the case summary', () => {
    const item = therapy(
      `He is four weeks after the rotator cuff repair. ${NEUTRAL}`,
      'He had a Bankart repair of the right shoulder in 2009.',
    );
    assert.deepStrictEqual(item.postSurgical, ['mtus-postsurgical-rotator-cuff']);
  });

  it('judges by none of them when the operation is unsure and their limits differ', () => {
    // No operation named: the rotator cuff, Bankart and unlisted limits differ.
    assert.deepStrictEqual(therapy(NEUTRAL).postSurgical, []);
    // An open repair is another operation than the arthroscopic one the limit is written for.
    const open = therapy(`He underwent an open rotator cuff repair. ${NEUTRAL}`);
    assert.deepStrictEqual(open.postSurgical, []);
    // An operation the limits we hold do not name is not taken for one the guideline leaves out.
    const tendon = read('He had a flexor tendon repair of the right hand on 04/01/2015.', [
      'Post-operative hand therapy, 12 visits',
    ])[0];
    assert.deepStrictEqual([tendon.read[1], tendon.postSurgical], ['wrist-hand', []]);
  });

  it('keeps the one limit left when the item could follow nothing else', () => {
    const ankle = read(NEUTRAL, ['Post-operative physical therapy, left ankle, 8 visits'])[0];
    assert.deepStrictEqual(ankle.postSurgical, ['mtus-postsurgical-unlisted']);
  });
});

describe("the ODG's post-operative therapy limits judge only the operation they are written for", () => {
  const after = (summary: string, title: string) => read(summary, [title])[0];

  it('applies the limit of the operation named, beside the MTUS limit of the same operation', () => {
    const knee = after(
      'He underwent a left partial medial meniscectomy on 04/01/2015.',
      'Post-op PT 12 visits, left knee',
    );
    assert.deepStrictEqual(
      [knee.odg, knee.postSurgical],
      [['odg-pt-knee-post-meniscectomy'], ['mtus-postsurgical-meniscectomy']],
    );
    const wrist = after('She had a right carpal tunnel release on 04/01/2015.', 'Post-op hand therapy x8, right wrist');
    assert.deepStrictEqual(wrist.odg, ['odg-pt-wrist-carpal-tunnel-surgical']);
  });

  it('takes the operation a word makes it for the one the guideline lists apart', () => {
    const open = after(
      'He underwent an open rotator cuff repair of the right shoulder on 04/01/2015.',
      'Post-op PT 12 visits, right shoulder',
    );
    // The ODG lists the open repair apart; the MTUS limit we hold is for the arthroscopic one only.
    assert.deepStrictEqual([open.odg, open.postSurgical], [['odg-pt-shoulder-rotator-cuff-open'], []]);
    const fusion = after(
      'She underwent an anterior cervical discectomy and fusion at C5-6 on 04/01/2015.',
      'Post-op PT 12 visits, cervical spine',
    );
    assert.deepStrictEqual(fusion.odg, ['odg-pt-neck-post-fusion']);
    const lumbar = after('He had an L4-5 laminectomy and fusion on 04/01/2015.', 'Post-op PT 12 visits, lumbar spine');
    assert.deepStrictEqual(
      [lumbar.odg, lumbar.postSurgical],
      [['odg-pt-low-back-post-fusion'], ['mtus-postsurgical-fusion']],
    );
    const acl = after(
      'He underwent an ACL reconstruction with a partial meniscectomy on 04/01/2015.',
      'Post-op PT 24 visits, right knee',
    );
    assert.deepStrictEqual([acl.odg, acl.postSurgical], [['odg-pt-knee-acl-surgical'], []]);
  });

  it('judges by none of them when the operation is not named, or is one they are not written for', () => {
    const none = after(NEUTRAL, 'Post-op PT 12 visits, left knee');
    assert.deepStrictEqual([none.odg, none.unjudged], [[], 'no entry for operation']);
    const tendon = after(
      'He had a flexor tendon repair of the right hand on 04/01/2015.',
      'Post-op hand therapy, 12 visits',
    );
    assert.deepStrictEqual([tendon.odg, tendon.unjudged], [[], 'no entry for operation']);
    // The only ODG limit held for the elbow is for an epicondylitis release, not a nerve transposition.
    const elbow = after(
      'He had an ulnar nerve transposition at the left elbow on 04/01/2015.',
      'Post-op PT 8 visits, left elbow',
    );
    assert.deepStrictEqual(elbow.odg, []);
  });
});
