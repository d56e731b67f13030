/**
 * A generated corpus of disputed items, written the way reviewers title them (brands, abbreviations,
 * quantities "x12", "2x6", "#60", sides, "retrospective DOS …", "post-op", "DME", purchase or
 * rental, the stray spaces and hyphens a PDF leaves), for every kind of item reviewers decide, each
 * with the category, region and setting it implies and what should judge it: an entry that fits
 * (`*` in an id stands for an edition, `cpmtg*-tens`), or `unjudged: <reason>` where no entry
 * covers the kind, region or setting. Titles are our own; none is copied from a letter.
 */

export type Setting = 'acute' | 'chronic' | 'post-operative';

/** The letter's year: 2015 is judged by the 2009 Chronic Pain guidelines, 2017 by the 2016 ones. */
export type Era = '2015' | '2017';

/**
 * The year of a letter of the ACOEM-based MTUS: 2018, judged by the editions it adopted on
 * 2017-12-01 as far as we have read them, and 2026, a letter of today.
 */
export type AcoemYear = '2018' | '2026';

/** An entry id that must judge the item, or `unjudged: <reason>`; by era where the eras differ. */
export type Expected = string | Record<Era, string>;

export interface CorpusItem {
  /** The kind of item, as the shares of real items name it (`KIND_SHARES`). */
  kind: string;
  /** The answer-key category (test/tools/fitting.json). */
  category: string;
  title: string;
  /** Region id, or `none` for an item of no region (drugs, labs, general equipment). */
  region: string;
  setting: Setting;
  /** A sentence of the rationale, for items whose region reviewers name there rather than in the title. */
  rationale?: string;
  expect: Expected;
  /** A letter of the ACOEM-based MTUS, instead of the eras each kind's items alternate between. */
  year?: AcoemYear;
}

/** The share (%) of real disputed items of each kind (hand-labelled real letters). */
export const KIND_SHARES: Record<string, number> = {
  mri: 20,
  'physical therapy': 12,
  'emg/ncv': 6,
  chiropractic: 4,
  'x-ray': 4,
  'topical single drug': 4,
  opioid: 3,
  acupuncture: 3,
  'muscle relaxant': 3,
  nsaid: 3,
  'lab test': 3,
  'oral compound kit': 2,
  'ppi/h2 blocker': 2,
  'brace/orthosis': 2,
  surgery: 2,
  ct: 1.6,
  'home equipment': 1.6,
  'topical compound': 1.6,
  'cold therapy unit': 1.4,
  'e-stim other than tens': 1.4,
  'other diagnostic': 1.4,
  'consult/referral': 1.1,
  'heat/cold/infrared': 1.1,
  'pre-op clearance': 1.1,
  tens: 1.1,
  ekg: 0.9,
  'office visit': 0.9,
  antidepressant: 0.5,
  fce: 0.5,
  'home health': 0.5,
  prp: 0.5,
  'surgical assistant': 0.5,
  benzodiazepine: 0.5,
  'mobility dme': 0.5,
  'inpatient rehab': 0.5,
  'occupational therapy': 0.5,
  'ultrasound therapy': 0.5,
  'urine drug test': 0.5,
  antiemetic: 0.3,
  laxative: 0.3,
  biofeedback: 0.3,
  'bone scan': 0.3,
  'facet injection': 0.3,
  'joint injection': 0.3,
  'gym membership': 0.3,
  psychotherapy: 0.3,
  transportation: 0.3,
  // Kinds the shares list does not name on their own (they fall in "other"): kept small.
  'epidural injection': 0.3,
  'other injection': 0.3,
  'other drug': 0.3,
  massage: 0.2,
  'trigger point injection': 0.2,
};

/** A body region as titles write it, with its id. */
type Place = [words: string, region: string];

const LUMBAR: Place[] = [
  ['lumbar spine', 'low-back'],
  ['low back', 'low-back'],
  ['L-spine', 'low-back'],
  ['lumbosacral spine', 'low-back'],
];
const CERVICAL: Place[] = [
  ['cervical spine', 'neck'],
  ['neck', 'neck'],
  ['C-spine', 'neck'],
];
const THORACIC: Place[] = [['thoracic spine', 'upper-back']];
/** The ODG post-surgical physical therapy entries of each region (ODG Preface, Physical Therapy Guidelines). */
const SHOULDER: Place[] = [
  ['right shoulder', 'shoulder'],
  ['left shoulder', 'shoulder'],
];
const KNEE: Place[] = [
  ['left knee', 'knee'],
  ['right knee', 'knee'],
];
const HIP: Place[] = [
  ['right hip', 'hip'],
  ['pelvis', 'hip'],
];
const ELBOW: Place[] = [['left elbow', 'elbow']];
const WRIST: Place[] = [
  ['right wrist', 'wrist-hand'],
  ['left hand', 'wrist-hand'],
];
const ANKLE: Place[] = [
  ['left ankle', 'ankle-foot'],
  ['right foot', 'ankle-foot'],
];
const HEAD: Place[] = [
  ['brain', 'head'],
  ['head', 'head'],
];

const items: CorpusItem[] = [];

interface Kind {
  kind: string;
  category: string;
  setting?: Setting;
}

/** Every template (`{R}` the region words) for every place, expected by the place's region. */
function regional(kind: Kind, templates: string[], places: Place[], expect: (region: string) => Expected): void {
  for (const template of templates)
    for (const [words, region] of places)
      items.push({
        kind: kind.kind,
        category: kind.category,
        title: template.replace('{R}', words),
        region,
        setting: kind.setting ?? 'acute',
        expect: expect(region),
      });
}

/** Items of one kind, each `[title, region, expect, setting?, rationale?]`. */
function listed(kind: Kind, rows: Array<[string, string, Expected, Setting?, string?]>): void {
  for (const [title, region, expect, setting, rationale] of rows)
    items.push({
      kind: kind.kind,
      category: kind.category,
      title,
      region,
      setting: setting ?? kind.setting ?? 'acute',
      expect,
      ...(rationale ? { rationale } : {}),
    });
}

const IMAGING_BY_REGION: Record<string, Record<string, string>> = {
  mri: {
    'low-back': 'acoem-mri-lumbar',
    neck: 'acoem-mri-cervical',
    'upper-back': 'acoem-mri-cervical',
    shoulder: 'acoem-mri-shoulder',
    knee: 'acoem-mri-knee',
    hip: 'odg-hip-imaging',
    elbow: 'acoem-elbow-imaging',
    'wrist-hand': 'acoem-wrist-hand-imaging',
    'ankle-foot': 'acoem-ankle-foot-imaging',
    head: 'odg-head-imaging',
  },
  'x-ray': {
    'low-back': 'acoem-plain-films',
    neck: 'acoem-plain-films',
    'upper-back': 'acoem-plain-films',
    shoulder: 'acoem-plain-films',
    knee: 'acoem-plain-films',
    hip: 'odg-hip-imaging',
    elbow: 'acoem-elbow-imaging',
    'wrist-hand': 'acoem-wrist-hand-imaging',
    'ankle-foot': 'acoem-ankle-foot-imaging',
  },
  ct: {
    'low-back': 'acoem-mri-lumbar',
    neck: 'acoem-mri-cervical',
    hip: 'odg-hip-imaging',
    'wrist-hand': 'acoem-wrist-hand-imaging',
    'ankle-foot': 'acoem-ankle-foot-imaging',
    head: 'odg-head-imaging',
  },
};

const imaging = (study: string) => (region: string) =>
  IMAGING_BY_REGION[study][region] ?? 'unjudged: no entry for region';

const MRI: Kind = { kind: 'mri', category: 'mri' };
regional(
  MRI,
  ['MRI of the {R}', '{R} MRI', 'MRI of the {R} without contrast', 'Magnetic resonance imaging (MRI) of the {R}'],
  [...LUMBAR, ...CERVICAL, ...THORACIC, ...SHOULDER, ...KNEE, ...HIP, ...ELBOW, ...WRIST, ...ANKLE, ...HEAD],
  imaging('mri'),
);
const MRI_FORMS: Place[] = [
  ...LUMBAR.slice(0, 2),
  ...CERVICAL.slice(0, 1),
  ...SHOULDER.slice(0, 1),
  ...KNEE.slice(0, 1),
];
regional(MRI, ['Repeat MRI of the {R}', 'Follow-up MRI {R}'], MRI_FORMS, (region) =>
  region === 'shoulder' || region === 'knee' ? imaging('mri')(region) : 'odg-mri-repeat',
);
regional(
  MRI,
  ['Open MRI {R} w/o contrast', '1 MRI of the {R}', 'Retrospective MRI of the {R} (DOS 01/12/2017)'],
  MRI_FORMS,
  imaging('mri'),
);
regional(
  MRI,
  ['MR arthrogram of the {R}', '3.0 Tesla MRI of the {R}', 'MRI  of  the {R}'],
  [...SHOULDER, ...HIP.slice(0, 1), ...WRIST.slice(0, 1), ...KNEE.slice(0, 1)],
  imaging('mri'),
);
listed(MRI, [
  ['MRI with and without contrast', 'low-back', 'acoem-mri-lumbar', 'acute', 'Low back pain radiates to the leg.'],
  ['MRI', 'neck', 'acoem-mri-cervical', 'acute', 'The neck pain has lasted six weeks.'],
  ['MRI of the abdomen', 'abdomen', 'unjudged: no entry for region'],
  ['MRI without contrast', 'none', 'unjudged: no region'],
  ['MRI of the bilateral knees', 'knee', 'acoem-mri-knee'],
  ['MRI of the sacroiliac joints', 'low-back', 'acoem-mri-lumbar'],
  ['MRI of the cervical and lumbar spine', 'multiple', 'unjudged: no entry for region'],
]);

const XRAY: Kind = { kind: 'x-ray', category: 'x-ray' };
regional(
  XRAY,
  ['X-ray of the {R}', 'X-rays of the {R}, 3 views', '{R} x-rays', 'Radiographs of the {R}', 'X- ray {R}'],
  [
    ...LUMBAR.slice(0, 2),
    ...CERVICAL.slice(0, 1),
    ...SHOULDER.slice(0, 1),
    ...KNEE.slice(0, 1),
    ...HIP,
    ...ELBOW,
    ...WRIST,
    ...ANKLE,
  ],
  imaging('x-ray'),
);
listed(XRAY, [
  ['Pre-operative chest x-ray', 'chest', 'odg-preoperative-chest-radiography'],
  ['Chest x-ray', 'chest', 'unjudged: no entry for region'],
  ['Cervical spine x-rays with flexion/extension views', 'neck', 'acoem-plain-films'],
  ['Xray L-spine 2 views', 'low-back', 'acoem-plain-films'],
]);

const CT: Kind = { kind: 'ct', category: 'ct' };
regional(
  CT,
  ['CT scan of the {R}', 'CT of the {R} without contrast', 'Computed tomography (CT) of the {R}'],
  [
    ...LUMBAR.slice(0, 1),
    ...CERVICAL.slice(0, 1),
    ...HIP.slice(0, 1),
    ...WRIST.slice(0, 1),
    ...ANKLE.slice(0, 1),
    ...HEAD,
  ],
  imaging('ct'),
);
listed(CT, [
  ['CT of the abdomen and pelvis', 'multiple', 'unjudged: no entry for region'],
  ['CT scan of the chest', 'chest', 'unjudged: no entry for region'],
]);

const BONE_SCAN: Kind = { kind: 'bone scan', category: 'bone-scan' };
listed(BONE_SCAN, [
  ['Three-phase bone scan of the right hand', 'wrist-hand', 'odg-bone-scan'],
  ['Bone scan of the lumbar spine', 'low-back', 'odg-bone-scan'],
  ['Whole body bone scan', 'none', 'unjudged: no region'],
]);

const PT: Kind = { kind: 'physical therapy', category: 'physical-therapy' };
regional(
  PT,
  [
    'Physical therapy 2x6 for the {R}',
    'Physical therapy x12 visits {R}',
    'PT 3x4 {R}',
    'Additional physical therapy, 8 sessions, {R}',
    'Physiotherapy twice a week for six weeks for the {R}',
    'Continued physical therapy (12 sessions) for the {R}',
  ],
  [
    ...LUMBAR.slice(0, 2),
    ...CERVICAL.slice(0, 1),
    ...SHOULDER.slice(0, 1),
    ...KNEE.slice(0, 1),
    ...WRIST.slice(0, 1),
    ...ANKLE.slice(0, 1),
    ...HIP.slice(0, 1),
    ...ELBOW,
  ],
  () => 'cpmtg*-pm-myalgia',
);
regional(
  { ...PT, setting: 'post-operative' },
  [
    'Post-op physical therapy 12 visits for the {R}',
    'Postoperative PT 2x6 {R}',
    'Post-operative physical therapy x 8 {R}',
  ],
  [...SHOULDER.slice(0, 1), ...KNEE.slice(0, 1), ...LUMBAR.slice(0, 1), ...WRIST.slice(0, 1)],
  // No operation is named, and the MTUS and the ODG post-surgical limits each differ by operation.
  () => 'unjudged: no entry for operation',
);
listed({ ...PT, setting: 'post-operative' }, [
  [
    'Post-op physical therapy 12 visits, right shoulder',
    'shoulder',
    'mtus-postsurgical-rotator-cuff',
    'post-operative',
    'He is four weeks after an arthroscopic rotator cuff repair.',
  ],
  [
    'Post-op physical therapy 12 visits, left knee',
    'knee',
    'mtus-postsurgical-meniscectomy',
    'post-operative',
    'After a partial medial meniscectomy, therapy restores motion.',
  ],
  [
    'Post-op physical therapy 8 visits, lumbar spine',
    'low-back',
    'mtus-postsurgical-lumbar-discectomy',
    'post-operative',
    'He had an L5-S1 microdiscectomy.',
  ],
  [
    'Post-op physical therapy 12 visits, left knee',
    'knee',
    'odg-pt-knee-post-meniscectomy',
    'post-operative',
    'After a partial medial meniscectomy, therapy restores motion.',
  ],
  [
    'Post-op physical therapy 24 visits, right knee',
    'knee',
    'odg-pt-knee-acl-surgical',
    'post-operative',
    'He is three weeks after an ACL reconstruction with a partial meniscectomy.',
  ],
  [
    'Post-operative physical therapy 2x6, left knee',
    'knee',
    'odg-pt-knee-hip-arthroplasty',
    'post-operative',
    'She had a left total knee arthroplasty on 03/02/2015.',
  ],
  [
    'Post-op physical therapy 12 visits, right shoulder',
    'shoulder',
    'odg-pt-shoulder-rotator-cuff-open',
    'post-operative',
    'He is six weeks after an open rotator cuff repair of the right shoulder.',
  ],
  [
    'Post-op physical therapy 12 visits, cervical spine',
    'neck',
    'odg-pt-neck-post-fusion',
    'post-operative',
    'She underwent an anterior cervical discectomy and fusion at C5-6.',
  ],
  [
    'Post-op physical therapy 8 visits, lumbar spine',
    'low-back',
    'odg-pt-low-back-post-fusion',
    'post-operative',
    'He had an L4-5 laminectomy and fusion.',
  ],
  [
    'Post-op physical therapy 8 visits, right hand',
    'wrist-hand',
    'unjudged: no entry for operation',
    'post-operative',
    'He had a flexor tendon repair of the right index finger.',
  ],
]);
listed(PT, [
  ['Physical therapy evaluation and treatment', 'none', 'cpmtg*-pm-myalgia'],
  ['Therapeutic exercises 6 sessions', 'none', 'cpmtg*-pm-myalgia'],
  ['Aquatic therapy 2x4 for the lumbar spine', 'low-back', 'cpmtg*-aquatic'],
  ['Physical therapy for the bilateral wrists, 6 visits', 'wrist-hand', 'cpmtg*-pm-myalgia'],
  ['Physical therapy 3 times a week for 4 weeks', 'none', 'cpmtg*-pm-myalgia', 'chronic'],
  ['Retrospective physical therapy x6 for the neck (DOS 11/02/2016-12/15/2016)', 'neck', 'cpmtg*-pm-myalgia'],
  ['Physical therapy 2x4 for the neck and low back', 'multiple', 'cpmtg*-pm-myalgia'],
]);

const OT: Kind = { kind: 'occupational therapy', category: 'occupational-therapy' };
listed(OT, [
  ['Occupational therapy 2x6 right hand', 'wrist-hand', 'lc-4604.5-occupational-therapy'],
  ['OT x 8 sessions for the left wrist', 'wrist-hand', 'lc-4604.5-occupational-therapy'],
  ['Hand therapy 12 visits', 'wrist-hand', 'lc-4604.5-occupational-therapy'],
  ['Post-op occupational therapy 3x4 right wrist', 'wrist-hand', 'unjudged: no entry for operation', 'post-operative'],
  [
    'Post-op occupational therapy 3x4 right wrist',
    'wrist-hand',
    'odg-pt-wrist-carpal-tunnel-surgical',
    'post-operative',
    'She is two weeks after a right carpal tunnel release.',
  ],
  [
    'Post-op occupational therapy 3x4 right wrist',
    'wrist-hand',
    'mtus-postsurgical-carpal-tunnel-release',
    'post-operative',
    'She is two weeks after a right carpal tunnel release.',
  ],
]);

const CHIRO: Kind = { kind: 'chiropractic', category: 'manipulation' };
regional(
  CHIRO,
  [
    'Chiropractic treatment 2x4 for the {R}',
    'Chiropractic manipulation x6 {R}',
    'Chiro 2x3 {R}',
    'Chiropractic care, 8 sessions, {R}',
  ],
  [...LUMBAR.slice(0, 2), ...CERVICAL.slice(0, 2)],
  (region) => (region === 'neck' ? 'odg-neck-manipulation-*' : 'cpmtg*-manipulation-low-back'),
);
listed(CHIRO, [
  ['Chiropractic therapy for the right shoulder, 6 visits', 'shoulder', 'cpmtg*-manipulation-*'],
  ['Manipulative therapy 12 visits', 'none', 'cpmtg2009-manipulation-parameters'],
  ['CMT x 6 lumbar', 'low-back', 'cpmtg*-manipulation-low-back'],
  ['Chiropractic treatment for the right knee, 6 sessions', 'knee', 'cpmtg*-manipulation-*'],
]);

const ACUPUNCTURE: Kind = { kind: 'acupuncture', category: 'acupuncture' };
regional(
  ACUPUNCTURE,
  ['Acupuncture 2x3 for the {R}', 'Acupuncture x6 sessions {R}', 'Additional acupuncture, 12 sessions, {R}'],
  [...LUMBAR.slice(0, 1), ...CERVICAL.slice(0, 1), ...SHOULDER.slice(0, 1), ...KNEE.slice(0, 1)],
  () => 'mtus-acupuncture',
);
listed(ACUPUNCTURE, [
  ['Electroacupuncture 6 visits', 'none', 'mtus-acupuncture'],
  ['Accupuncture 6 sessions for the low back', 'low-back', 'mtus-acupuncture'],
  ['Acupuncture with electrical stimulation 2x4', 'none', 'mtus-acupuncture'],
]);

const MASSAGE: Kind = { kind: 'massage', category: 'massage' };
listed(MASSAGE, [
  ['Massage therapy 6 sessions for the neck', 'neck', 'cpmtg*-massage'],
  ['Myofascial release x4', 'none', 'cpmtg*-massage'],
]);

const EMG: Kind = { kind: 'emg/ncv', category: 'emg-ncv' };
const LUMBAR_RADICULAR = 'Lumbar radicular symptoms are described in both legs.';
const CERVICAL_RADICULAR = 'Neck pain radiates to both arms with cervical radiculopathy suspected.';
const CARPAL_TUNNEL = 'Numbness of the fingers at night suggests carpal tunnel syndrome.';
listed(EMG, [
  ['EMG/NCV of the bilateral lower extremities', 'low-back', 'acoem-emg-ncv', 'acute', LUMBAR_RADICULAR],
  ['EMG of the bilateral lower extremities', 'low-back', 'acoem-emg-ncv', 'acute', LUMBAR_RADICULAR],
  ['NCV of the bilateral lower extremities', 'low-back', 'acoem-emg-ncv', 'acute', LUMBAR_RADICULAR],
  ['Electromyography (EMG) of the left lower extremity', 'low-back', 'acoem-emg-ncv', 'acute', LUMBAR_RADICULAR],
  [
    'Nerve conduction velocity (NCV) study of the bilateral lower extremities',
    'low-back',
    'acoem-emg-ncv',
    'chronic',
    LUMBAR_RADICULAR,
  ],
  ['EMG/NCS of the bilateral upper extremities', 'neck', 'acoem-emg-ncv', 'acute', CERVICAL_RADICULAR],
  ['EMG bilateral upper extremities', 'neck', 'acoem-emg-ncv', 'acute', CERVICAL_RADICULAR],
  ['NCV of the bilateral upper extremities', 'wrist-hand', 'acoem-ncs-carpal-tunnel', 'acute', CARPAL_TUNNEL],
  [
    'Nerve conduction study of the right upper extremity',
    'wrist-hand',
    'acoem-ncs-carpal-tunnel',
    'acute',
    CARPAL_TUNNEL,
  ],
  ['EMG/NCV right upper extremity', 'wrist-hand', 'acoem-ncs-carpal-tunnel', 'chronic', CARPAL_TUNNEL],
  ['Electrodiagnostic studies of the upper extremities', 'neck', 'acoem-emg-ncv', 'acute', CERVICAL_RADICULAR],
  ['EMG/NCV of the lumbar spine and lower extremities', 'low-back', 'acoem-emg-ncv'],
  ['EMG/NCV of the cervical spine and bilateral upper extremities', 'neck', 'acoem-emg-ncv'],
  ['EMG/NCV of the bilateral lower extremities', 'lower-limb', 'unjudged: no region'],
]);

const OPIOID: Kind = { kind: 'opioid', category: 'opioid' };
/**
 * The MTUS has guidance of its own for acute and post-operative opioids from 2016; before, reviewers
 * judge them by the CPMTG 2009's criteria for starting opioids.
 */
const ACUTE_OPIOID: Expected = { '2015': 'cpmtg-opioids-initiating', '2017': 'mtus-opioids-acute-postoperative' };
listed(OPIOID, [
  ['Norco 10/325mg #120', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
  ['Hydrocodone/APAP 5/325 mg #60', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
  ['Tramadol 50mg #60', 'none', ACUTE_OPIOID],
  ['Ultram ER 150mg #30', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
  ['Oxycodone 10mg #90', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
  ['Percocet 5/325 #40', 'none', ACUTE_OPIOID, 'post-operative'],
  ['Post-operative Norco 10/325 #60', 'none', ACUTE_OPIOID, 'post-operative'],
  ['Nucynta 50mg #60', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
  ['Tramadol ER 100mg 1 PO daily #30', 'none', ACUTE_OPIOID],
  ['Tylenol #3 #60', 'none', ACUTE_OPIOID],
  ['Retrospective: Norco 10/325 #90 (DOS 01/05/2017)', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
  ['OxyContin 20mg #60', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
  ['Butrans patch 10mcg/hr #4', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
  ['Hydrocodone 7.5/325mg, 1 tablet every 6 hours as needed, #90', 'none', ACUTE_OPIOID],
  ['Norco 10/325mg #120 for neck and shoulder pain', 'none', 'cpmtg-opioids-ongoing', 'chronic'],
]);

const RELAXANT: Kind = { kind: 'muscle relaxant', category: 'muscle-relaxant' };
listed(RELAXANT, [
  ['Cyclobenzaprine 7.5mg #60', 'none', 'cpmtg-muscle-relaxants'],
  ['Flexeril 10mg #30', 'none', 'cpmtg-muscle-relaxants'],
  ['Soma 350mg #90', 'none', 'cpmtg-muscle-relaxants', 'chronic'],
  ['Tizanidine 4mg #60', 'none', 'cpmtg-muscle-relaxants'],
  ['Methocarbamol 750mg #90', 'none', 'cpmtg-muscle-relaxants'],
  ['Orphenadrine ER 100mg #60', 'none', 'cpmtg-muscle-relaxants', 'chronic'],
  ['Baclofen 10mg #60', 'none', 'cpmtg-muscle-relaxants'],
  ['Fexmid 7.5mg #60', 'none', 'cpmtg-muscle-relaxants'],
  ['Cyclobenzaprine HCL 10 mg, one by mouth at bedtime, #30', 'none', 'cpmtg-muscle-relaxants'],
  ['Skelaxin 800mg #60', 'none', 'cpmtg-muscle-relaxants'],
]);

const NSAID: Kind = { kind: 'nsaid', category: 'nsaid' };
listed(NSAID, [
  ['Naproxen sodium 550mg #60', 'none', 'cpmtg-nsaids'],
  ['Anaprox DS 550mg #60', 'none', 'cpmtg-nsaids'],
  ['Ibuprofen 800mg #90', 'none', 'cpmtg-nsaids'],
  ['Meloxicam 15mg #30', 'none', 'cpmtg-nsaids'],
  ['Celebrex 200mg #30', 'none', 'cpmtg-nsaids', 'chronic'],
  ['Diclofenac sodium ER 100mg #30', 'none', 'cpmtg-nsaids'],
  ['Nabumetone 750mg #60', 'none', 'cpmtg-nsaids'],
  ['Etodolac 400mg #60', 'none', 'cpmtg-nsaids'],
  ['Relafen 500mg #60', 'none', 'cpmtg-nsaids'],
  ['Motrin 600 mg #90', 'none', 'cpmtg-nsaids'],
  // An NSAID combined with a stomach protectant, by brand or by its ingredients: judged as the NSAID.
  ['Duexis 800/26.6mg #90', 'none', 'cpmtg-nsaids'],
  ['Vimovo 500/20mg #60', 'none', 'cpmtg-nsaids'],
  ['Naproxen/esomeprazole 500/20mg #60', 'none', 'cpmtg-nsaids'],
  ['Arthrotec 75mg #60', 'none', 'cpmtg-nsaids'],
]);

const TOPICAL: Kind = { kind: 'topical single drug', category: 'topical-single-drug' };
listed(TOPICAL, [
  ['Lidoderm 5% patch #30', 'none', 'cpmtg-topical-analgesics'],
  ['Lidocaine 5% patches #90', 'none', 'cpmtg-topical-analgesics'],
  ['Voltaren gel 1% 100g', 'none', 'cpmtg-topical-analgesics'],
  ['Flector patch 1.3% #60', 'none', 'cpmtg-topical-analgesics'],
  ['Diclofenac sodium 1.5% topical solution', 'none', 'cpmtg-topical-analgesics'],
  ['Capsaicin 0.075% cream', 'none', 'cpmtg-topical-analgesics'],
  ['Lidopro ointment 121gm', 'none', 'cpmtg-topical-analgesics'],
  ['Menthoderm gel 120ml', 'none', 'cpmtg-topical-analgesics'],
  ['Terocin patches #20', 'none', 'cpmtg-topical-analgesics'],
  ['Ketoprofen 20% cream 120gm', 'none', 'cpmtg-topical-analgesics'],
  ['Pennsaid 2% solution 112 grams', 'none', 'cpmtg-topical-analgesics'],
  ['Lidocaine 5 % patch, 12 hours on and 12 hours off, #30', 'none', 'cpmtg-topical-analgesics'],
]);

const COMPOUND: Kind = { kind: 'topical compound', category: 'topical-compound' };
listed(COMPOUND, [
  ['Compounded cream: flurbiprofen 20%/lidocaine 5% 180gm', 'none', 'cpmtg-topical-analgesics'],
  ['Topical compound (gabapentin 10%, cyclobenzaprine 2%, ketoprofen 10%)', 'none', 'cpmtg-topical-analgesics'],
  ['Transdermal compound: amitriptyline/tramadol/dextromethorphan 240gm', 'none', 'cpmtg-topical-analgesics'],
  ['Flurbiprofen/cyclobenzaprine/menthol cream', 'none', 'cpmtg-topical-analgesics'],
  ['Retrospective compounded topical analgesic (DOS 02/10/2017)', 'none', 'cpmtg-topical-analgesics'],
  // Named only by its drugs, with a strength or an amount only a topical is measured in.
  ['Flurbiprofen 20%/Lidocaine 5% 180gm', 'none', 'cpmtg-topical-analgesics'],
  ['Ketoprofen/Gabapentin/Lidocaine 240gm', 'none', 'cpmtg-topical-analgesics'],
]);

const KIT: Kind = { kind: 'oral compound kit', category: 'oral-compound-kit' };
listed(KIT, [
  ['Tabradol 1mg/ml oral suspension 250ml', 'none', 'cpmtg-muscle-relaxants'],
  ['Deprizine 15mg/ml oral suspension 250ml', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Dicopanol 5mg/ml oral suspension 150ml', 'none', 'odg-insomnia-treatment'],
  ['Fanatrex 25mg/ml oral suspension 420ml', 'none', 'cpmtg-anti-epilepsy-drugs'],
  ['Synapryn 10mg/1ml oral suspension 500ml', 'none', ACUTE_OPIOID],
  ['Cyclobenzaprine 7.5 mg kit', 'none', 'cpmtg-muscle-relaxants'],
]);

const PPI: Kind = { kind: 'ppi/h2 blocker', category: 'ppi-h2-blocker' };
listed(PPI, [
  ['Omeprazole 20mg #60', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Prilosec 20mg #30', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Pantoprazole 20mg #60', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Protonix 40mg #30', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Ranitidine 150mg #60', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Famotidine 20mg #60', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Nexium 40mg #30', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Lansoprazole DR 30mg #30', 'none', 'cpmtg-nsaids-gi-risk'],
  ['Dexilant 60mg #30', 'none', 'cpmtg-nsaids-gi-risk'],
]);

const LAB: Kind = { kind: 'lab test', category: 'lab-test' };
listed(LAB, [
  ['Pre-operative labs: CBC, BMP, PT/PTT', 'none', 'odg-preoperative-lab-testing'],
  ['Pre-op lab work', 'none', 'odg-preoperative-lab-testing'],
  ['Preoperative PT/INR', 'none', 'odg-preoperative-lab-testing'],
  ['Pre-operative urinalysis', 'none', 'odg-preoperative-lab-testing'],
  ['CBC and comprehensive metabolic panel', 'none', 'cpmtg-nsaid-lab-monitoring'],
  ['Liver function tests', 'none', 'cpmtg-nsaid-lab-monitoring'],
  ['Renal function panel', 'none', 'cpmtg-nsaid-lab-monitoring'],
  ['Lab work: CBC, CMP', 'none', 'cpmtg-nsaid-lab-monitoring'],
  ['Hemoglobin A1c', 'none', 'unjudged: no entry for treatment'],
  ['Vitamin D level', 'none', 'unjudged: no treatment'],
]);

const EKG: Kind = { kind: 'ekg', category: 'ekg-cardiac-test' };
listed(EKG, [
  ['Pre-operative EKG', 'none', 'odg-preoperative-ecg'],
  // Alone in a letter that plans no operation, a plain ECG is no pre-operative test.
  ['Electrocardiogram (ECG)', 'none', 'unjudged: no entry for treatment'],
  ['12-lead EKG prior to surgery', 'none', 'odg-preoperative-ecg'],
]);

const CLEARANCE: Kind = { kind: 'pre-op clearance', category: 'preop-clearance' };
listed(CLEARANCE, [
  ['Pre-operative medical clearance', 'none', 'odg-preoperative-testing-general'],
  ['Preoperative clearance with internist', 'none', 'odg-preoperative-testing-general'],
  ['Medical clearance for surgery', 'none', 'odg-preoperative-testing-general'],
  ['Pre-op history and physical', 'none', 'odg-preoperative-testing-general'],
  ['Pre-operative evaluation', 'none', 'odg-preoperative-testing-general'],
]);

const SURGERY: Kind = { kind: 'surgery', category: 'surgery' };
listed(SURGERY, [
  ['Right shoulder arthroscopy with subacromial decompression', 'shoulder', 'acoem-surgical-considerations'],
  ['L4-5 microdiscectomy', 'low-back', 'acoem-surgical-considerations'],
  ['Left knee arthroscopy with partial medial meniscectomy', 'knee', 'acoem-surgical-considerations'],
  ['Right carpal tunnel release', 'wrist-hand', 'acoem-surgical-considerations'],
  ['Anterior cervical discectomy and fusion C5-6', 'neck', 'acoem-surgical-considerations'],
  ['Right total knee arthroplasty', 'knee', 'acoem-surgical-considerations'],
  ['Right trigger thumb release', 'wrist-hand', 'acoem-surgical-considerations'],
  ['Lumbar fusion L4-S1', 'low-back', 'acoem-surgical-considerations'],
  ["Right first dorsal compartment release (de Quervain's release)", 'wrist-hand', 'acoem-surgical-considerations'],
]);

const ASSISTANT: Kind = { kind: 'surgical assistant', category: 'surgical-assistant' };
listed(ASSISTANT, [
  ['Assistant surgeon', 'none', 'odg-surgical-assistant'],
  ['Associated surgical service: assistant surgeon', 'none', 'odg-surgical-assistant'],
  ['Surgical assistant (PA-C)', 'none', 'odg-surgical-assistant'],
]);

const BRACE: Kind = { kind: 'brace/orthosis', category: 'orthosis-brace' };
listed(BRACE, [
  ['Lumbar brace', 'low-back', 'acoem-lumbar-supports'],
  ['LSO back brace', 'low-back', 'acoem-lumbar-supports'],
  ['Hinged knee brace for the left knee', 'knee', 'acoem-knee-brace'],
  ['Right wrist splint', 'wrist-hand', 'acoem-wrist-splint'],
  ['Cock-up wrist splint, bilateral', 'wrist-hand', 'acoem-wrist-splint'],
  ['Shoulder sling', 'shoulder', 'acoem-shoulder-sling'],
  ['Post-op abduction pillow sling, right shoulder', 'shoulder', 'odg-shoulder-sling', 'post-operative'],
  ['Cervical collar', 'neck', 'acoem-cervical-collar'],
  ['Walking boot for the left ankle', 'ankle-foot', 'acoem-ankle-foot-immobilization'],
  ['Thumb spica splint', 'wrist-hand', 'acoem-wrist-splint'],
  ['Post-operative lumbar brace', 'low-back', 'odg-back-brace-postoperative', 'post-operative'],
  ['DME: knee brace purchase', 'knee', 'acoem-knee-brace'],
  ['Elbow brace', 'elbow', 'unjudged: no entry for region'],
  [
    'Custom orthotics, bilateral',
    'ankle-foot',
    'acoem-ankle-foot-immobilization',
    'acute',
    'Rigid orthotics are an option for plantar fasciitis.',
  ],
  [
    'Post-op sling',
    'shoulder',
    'odg-shoulder-sling',
    'post-operative',
    'He had an open repair of a large rotator cuff tear.',
  ],
]);

const HOME: Kind = { kind: 'home equipment', category: 'dme-home' };
listed(HOME, [
  ['Shower chair', 'none', 'odg-dme-home'],
  ['Bedside commode', 'none', 'odg-dme-home'],
  ['Raised toilet seat', 'none', 'odg-dme-home'],
  ['3-in-1 commode purchase', 'none', 'odg-dme-home'],
  ['Tub transfer bench', 'none', 'odg-dme-home'],
  ['Hospital bed rental', 'none', 'odg-dme-home'],
  ['DME: shower chair', 'none', 'odg-dme-home'],
  ['Grab bars for the bathroom', 'none', 'odg-dme-home'],
  ['Home cervical traction unit', 'neck', 'acoem-neck-traction'],
  ['Cervical traction unit for home use', 'neck', 'unjudged: no entry for setting', 'chronic'],
  ['Home lumbar traction unit', 'low-back', 'unjudged: no entry for region'],
  // The ODG's knee CPM topic is written for the weeks after an operation.
  ['CPM machine rental for the right knee, 21 days', 'knee', 'unjudged: no entry for setting'],
  ['Post-op CPM machine rental, right knee, 21 days', 'knee', 'odg-continuous-passive-motion-knee', 'post-operative'],
  [
    'Continuous passive motion device for home use after left total knee arthroplasty',
    'knee',
    'odg-continuous-passive-motion-knee',
    'post-operative',
  ],
  [
    'Associated surgical service: CPM unit, 14 days',
    'shoulder',
    'odg-continuous-passive-motion-shoulder',
    'post-operative',
    'The right shoulder arthroscopic rotator cuff repair is certified.',
  ],
  ['Cervical pillow', 'neck', 'odg-neck-pillow'],
  ['Orthopedic neck pillow purchase', 'neck', 'odg-neck-pillow'],
  ['Contour pillow for the cervical spine', 'neck', 'odg-neck-pillow'],
  ['Sit-stand desk, home', 'none', 'unjudged: no entry for treatment'],
  ['Home exercise kit', 'none', 'unjudged: no entry for treatment'],
]);

const MOBILITY: Kind = { kind: 'mobility dme', category: 'dme-mobility' };
listed(MOBILITY, [
  ['Front-wheeled walker', 'none', 'odg-walking-aids'],
  ['DME: front wheeled walker', 'none', 'odg-walking-aids'],
  ['Crutches', 'none', 'odg-walking-aids'],
  ['Wheelchair rental', 'none', 'odg-walking-aids'],
  ['Knee scooter rental x 4 weeks', 'none', 'odg-walking-aids'],
  ['Knee walker for the right ankle', 'ankle-foot', 'odg-walking-aids'],
  ['Cane purchase', 'none', 'odg-walking-aids'],
]);

const COLD: Kind = { kind: 'cold therapy unit', category: 'cold-therapy-unit', setting: 'post-operative' };
listed(COLD, [
  ['Post-op cold therapy unit (purchase)', 'none', 'odg-cold-therapy-unit'],
  ['Associated surgical service: polar care unit, 7-day rental', 'none', 'odg-cold-therapy-unit'],
  ['Post-operative Game Ready cold compression unit x 14 days rental', 'none', 'odg-cold-therapy-unit'],
  ['Post-op cryotherapy unit', 'none', 'odg-cold-therapy-unit'],
  ['Cold therapy unit for the lumbar spine', 'low-back', 'unjudged: no entry for setting', 'acute'],
]);

const ESTIM: Kind = { kind: 'e-stim other than tens', category: 'e-stim-other' };
listed(ESTIM, [
  ['Interferential unit (rental)', 'none', 'cpmtg*-interferential'],
  ['IF unit 30-day trial', 'none', 'cpmtg*-interferential'],
  ['NMES unit', 'none', 'cpmtg-nmes'],
  ['EMS unit purchase', 'none', 'cpmtg-nmes'],
  ['H-wave unit for home use', 'none', 'cpmtg*-h-wave'],
  ['Electrical muscle stimulator', 'none', 'cpmtg-nmes'],
  ['Neuromuscular electrical stimulation (NMES) device', 'none', 'cpmtg-nmes'],
]);

const TENS: Kind = { kind: 'tens', category: 'tens' };
listed(TENS, [
  ['TENS unit (purchase)', 'none', 'cpmtg*-tens'],
  ['TENS unit 30-day trial', 'none', 'cpmtg*-tens'],
  ['TENS unit supplies: electrodes and batteries', 'none', 'cpmtg*-tens'],
  ['Transcutaneous electrical nerve stimulation (TENS) unit rental', 'none', 'cpmtg*-tens'],
]);

const HEAT: Kind = { kind: 'heat/cold/infrared', category: 'heat-cold-therapy' };
listed(HEAT, [
  ['Hot/cold packs', 'none', 'acoem-heat-cold'],
  ['Infrared heat therapy', 'none', 'odg-infrared-therapy'],
  ['Heating pad', 'none', 'acoem-heat-cold'],
  ['Hot and cold wrap', 'none', 'acoem-heat-cold'],
  ['Paraffin bath unit', 'none', 'acoem-heat-cold'],
]);

const ULTRASOUND: Kind = { kind: 'ultrasound therapy', category: 'ultrasound-therapy' };
listed(ULTRASOUND, [
  ['Therapeutic ultrasound 6 sessions', 'none', 'cpmtg-therapeutic-ultrasound'],
  ['Ultrasound therapy for the right shoulder', 'shoulder', 'cpmtg-therapeutic-ultrasound'],
]);

const OTHER_DIAGNOSTIC: Kind = { kind: 'other diagnostic', category: 'other-diagnostic' };
listed(OTHER_DIAGNOSTIC, [
  ['Diagnostic ultrasound of the right shoulder', 'shoulder', 'odg-diagnostic-ultrasound-shoulder'],
  ['Musculoskeletal ultrasound, left shoulder', 'shoulder', 'odg-diagnostic-ultrasound-shoulder'],
  // Only the ODG's shoulder topic on diagnostic ultrasound is known to us.
  ['Diagnostic ultrasound of the right knee', 'knee', 'unjudged: no entry for region'],
  ['Neuropsychological evaluation', 'none', 'odg-neuropsychological-testing'],
  ['Neurocognitive testing after a concussion', 'none', 'odg-neuropsychological-testing'],
  ['Sleep study', 'none', 'odg-polysomnography'],
  ['Polysomnography (overnight sleep study)', 'none', 'odg-polysomnography'],
  ['Discogram L3-S1', 'low-back', 'unjudged: no treatment'],
  ['DEXA scan', 'none', 'unjudged: no treatment'],
  ['Doppler ultrasound of the lower extremities', 'lower-limb', 'unjudged: no treatment'],
]);

const CONSULT: Kind = { kind: 'consult/referral', category: 'consult-referral' };
listed(CONSULT, [
  ['Orthopedic surgeon consultation', 'none', 'acoem-consultation'],
  ['Referral to pain management', 'none', 'acoem-consultation'],
  ['Consultation with a spine surgeon', 'none', 'acoem-consultation'],
  ['Neurology consult', 'none', 'acoem-consultation'],
  ['Pain management evaluation', 'none', 'acoem-consultation'],
  ['Consult with a hip replacement specialist', 'hip', 'acoem-consultation'],
  ['Second opinion orthopedic consult for the right knee', 'knee', 'acoem-consultation'],
  ['Referral to orthopedic hand surgeon', 'none', 'acoem-consultation'],
  ['Consult with a foot and ankle specialist', 'none', 'acoem-consultation'],
  [
    'Consultation with a hand surgeon',
    'wrist-hand',
    'acoem-consultation',
    'acute',
    'Nerve conduction studies show carpal tunnel syndrome.',
  ],
]);

const VISIT: Kind = { kind: 'office visit', category: 'office-visit' };
listed(VISIT, [
  ['Follow-up visit', 'none', 'odg-office-visits'],
  ['Follow-up office visits x6', 'none', 'odg-office-visits'],
  ['Monthly follow-up visits', 'none', 'odg-office-visits'],
  ['Return visit in 4 weeks', 'none', 'odg-office-visits'],
]);

const DRUG_KINDS: Array<[Kind, Array<[string, Expected]>]> = [
  [
    { kind: 'antidepressant', category: 'antidepressant' },
    [
      ['Cymbalta 60mg #30', 'cpmtg-antidepressants'],
      ['Amitriptyline 25mg #30', 'cpmtg-antidepressants'],
      ['Nortriptyline 25mg #30', 'cpmtg-antidepressants'],
      ['Trazodone 50mg #30', 'cpmtg-antidepressants'],
    ],
  ],
  [
    { kind: 'benzodiazepine', category: 'benzodiazepine' },
    [
      ['Xanax 0.5mg #60', 'cpmtg-benzodiazepines'],
      ['Diazepam 5mg #30', 'cpmtg-benzodiazepines'],
      ['Klonopin 1mg #60', 'cpmtg-benzodiazepines'],
      ['Restoril 30mg #30', 'cpmtg-benzodiazepines'],
    ],
  ],
  [
    { kind: 'antiemetic', category: 'antiemetic' },
    [
      ['Ondansetron 8mg ODT #20', 'odg-antiemetics'],
      ['Zofran 4mg #30', 'odg-antiemetics'],
      ['Promethazine 25mg #30', 'odg-antiemetics'],
    ],
  ],
  [
    { kind: 'laxative', category: 'laxative' },
    [
      ['Colace 100mg #60', 'cpmtg-opioid-constipation'],
      ['Docusate sodium 100 mg #60', 'cpmtg-opioid-constipation'],
      ['Senokot-S #60', 'cpmtg-opioid-constipation'],
      ['Movantik 25mg #30', 'cpmtg-opioid-constipation'],
    ],
  ],
  [
    { kind: 'other drug', category: 'other-drug' },
    [
      ['Ambien 10mg #30', 'odg-insomnia-treatment'],
      ['Zolpidem 10mg #30', 'odg-insomnia-treatment'],
      ['Lunesta 3mg #30', 'odg-insomnia-treatment'],
      ['Gabapentin 600mg #90', 'cpmtg-anti-epilepsy-drugs'],
      ['Lyrica 75mg #60', 'cpmtg-anti-epilepsy-drugs'],
      ['Medrol dosepak', 'unjudged: no treatment'],
      ['Theramine #90', 'odg-medical-food'],
      ['Sentra PM #60', 'odg-medical-food'],
      ['Glucosamine sulfate 500mg #90', 'cpmtg-glucosamine'],
      ['Glucosamine/chondroitin 1500mg #90', 'cpmtg-glucosamine'],
    ],
  ],
];
for (const [kind, rows] of DRUG_KINDS)
  listed(
    kind,
    rows.map(([title, expect]) => [title, 'none', expect]),
  );

const PROGRAMS: Array<[Kind, Array<[string, string, Expected]>]> = [
  [
    { kind: 'fce', category: 'fce' },
    [
      ['Functional capacity evaluation', 'none', 'acoem-fce'],
      ['FCE', 'none', 'acoem-fce'],
      ['Functional capacity evaluation (FCE) prior to return to work', 'none', 'acoem-fce'],
    ],
  ],
  [
    { kind: 'home health', category: 'home-health' },
    [
      ['Home health aide 4 hours/day 5 days/week', 'none', 'cpmtg*-home-health'],
      ['Home health care 3x/week for 4 weeks', 'none', 'cpmtg*-home-health'],
      ['Home health nursing visits x6', 'none', 'cpmtg*-home-health'],
      ['In-home care services 8 hours a day', 'none', 'cpmtg*-home-health'],
    ],
  ],
  [
    { kind: 'prp', category: 'prp-injection' },
    [
      ['Platelet rich plasma (PRP) injection right elbow', 'elbow', 'odg-platelet-rich-plasma'],
      ['PRP injection to the left knee', 'knee', 'odg-platelet-rich-plasma'],
    ],
  ],
  [
    { kind: 'inpatient rehab', category: 'inpatient-rehab' },
    [
      ['Inpatient rehabilitation stay x 7 days', 'none', 'odg-inpatient-rehabilitation'],
      ['Skilled nursing facility stay, 14 days', 'none', 'odg-inpatient-rehabilitation'],
      ['Acute inpatient rehab', 'none', 'odg-inpatient-rehabilitation'],
    ],
  ],
  [
    { kind: 'urine drug test', category: 'urine-drug-test' },
    [
      ['Urine drug screen', 'none', 'cpmtg-urine-drug-testing'],
      ['Urine toxicology screening', 'none', 'cpmtg-urine-drug-testing'],
      ['Retrospective urine drug test (DOS 02/15/2017)', 'none', 'cpmtg-urine-drug-testing'],
      ['Random urine drug testing x4 per year', 'none', 'cpmtg-urine-drug-testing'],
    ],
  ],
  [
    { kind: 'biofeedback', category: 'biofeedback' },
    [
      ['Biofeedback 6 sessions', 'none', 'cpmtg*-biofeedback'],
      ['Biofeedback therapy', 'none', 'cpmtg*-biofeedback'],
    ],
  ],
  [
    { kind: 'facet injection', category: 'facet-injection' },
    [
      ['Bilateral L4-5, L5-S1 lumbar facet injections', 'low-back', 'odg-facet-joint-injections'],
      ['Medial branch block L3-L5', 'low-back', 'odg-facet-joint-injections'],
      ['Cervical facet block C5-6', 'neck', 'odg-facet-joint-injections'],
      ['Right L5-S1 intra-articular facet injection', 'low-back', 'odg-facet-joint-injections'],
    ],
  ],
  [
    { kind: 'joint injection', category: 'joint-injection' },
    [
      ['Cortisone injection to the right shoulder', 'shoulder', 'acoem-shoulder-injections'],
      ['Synvisc-One injection left knee', 'knee', 'odg-hyaluronic-acid-injections'],
      ['Corticosteroid injection right knee', 'knee', 'odg-knee-corticosteroid-injections'],
      ['Orthovisc injections x3 right knee', 'knee', 'odg-hyaluronic-acid-injections'],
      ['Intra-articular hip injection', 'hip', 'unjudged: no entry for region'],
      ['Intra-articular injection of the left knee with Kenalog', 'knee', 'odg-knee-corticosteroid-injections'],
    ],
  ],
  [
    { kind: 'gym membership', category: 'gym-membership' },
    [
      ['Gym membership x 6 months', 'none', 'odg-gym-memberships'],
      ['12-month gym membership with pool access', 'none', 'odg-gym-memberships'],
      ['YMCA membership', 'none', 'odg-gym-memberships'],
    ],
  ],
  [
    { kind: 'psychotherapy', category: 'psychotherapy' },
    [
      ['Psychotherapy 6 sessions', 'none', 'cpmtg*-cbt'],
      ['Cognitive behavioral therapy x 6', 'none', 'cpmtg*-cbt'],
      ['Psychological counseling, 4 sessions', 'none', 'cpmtg*-cbt'],
    ],
  ],
  [
    { kind: 'transportation', category: 'transportation' },
    [
      ['Transportation to and from medical appointments', 'none', 'odg-transportation'],
      ['Round trip transportation to physical therapy', 'none', 'odg-transportation'],
      ['Medical transportation', 'none', 'odg-transportation'],
    ],
  ],
  [
    { kind: 'epidural injection', category: 'epidural-steroid-injection' },
    [
      ['Lumbar epidural steroid injection L4-5', 'low-back', 'cpmtg*-esi'],
      ['Transforaminal ESI L5-S1 left', 'low-back', 'cpmtg*-esi'],
      ['Cervical epidural steroid injection C6-7', 'neck', 'cpmtg*-esi'],
    ],
  ],
  [
    { kind: 'other injection', category: 'other-injection' },
    [
      ['Toradol 60mg IM injection', 'none', 'cpmtg-ketorolac'],
      ['Vitamin B12 injection', 'none', 'unjudged: no region'],
      ['Extracorporeal shockwave therapy x3, left heel', 'ankle-foot', 'unjudged: no entry for treatment'],
    ],
  ],
  [
    { kind: 'trigger point injection', category: 'trigger-point-injection' },
    [
      ['Trigger point injections x4 to the trapezius', 'none', 'cpmtg*-trigger-point'],
      ['TPI lumbar paraspinals', 'low-back', 'cpmtg*-trigger-point'],
    ],
  ],
];
for (const [kind, rows] of PROGRAMS) listed(kind, rows);

/**
 * The forms an IMR title wraps a request in, applied in turn to every item above, so each kind is
 * also written the long way ("Prospective request for 1 …", "1 prescription of …").
 */
const DRUG_WRAPPERS = [
  '1 prescription of {T}',
  'Prospective request for {T}',
  'Unknown prescription of {T}',
  'Retrospective request for {T} (DOS 03/03/2015)',
];
const WRAPPERS = [
  'Prospective request for 1 {T}',
  'Retrospective request for {T} (DOS 03/03/2015)',
  'Request for {T}',
  '{T} between 03/01/2015 and 04/15/2015',
];
const DRUG_CATEGORIES = new Set([
  'opioid',
  'muscle-relaxant',
  'nsaid',
  'topical-single-drug',
  'topical-compound',
  'oral-compound-kit',
  'ppi-h2-blocker',
  'antidepressant',
  'benzodiazepine',
  'antiemetic',
  'laxative',
  'other-drug',
]);
const wrapped = items.map((item, index) => {
  const forms = DRUG_CATEGORIES.has(item.category) ? DRUG_WRAPPERS : WRAPPERS;
  return { ...item, title: forms[index % forms.length].replace('{T}', item.title) };
});

/**
 * Items of letters of the ACOEM-based MTUS, each `[title, region, expect, setting?, rationale?]`: spine
 * imaging and tests judged by the 2016 Low Back and Cervical and Thoracic Spine editions in 2018,
 * what those editions do not hold (a shoulder MRI) and a letter of today left unjudged.
 */
function acoemEra(kind: Kind, year: AcoemYear, rows: Array<[string, string, string, Setting?, string?]>): CorpusItem[] {
  return rows.map(([title, region, expect, setting, rationale]) => ({
    kind: kind.kind,
    category: kind.category,
    title,
    region,
    setting: setting ?? 'acute',
    expect,
    year,
    ...(rationale ? { rationale } : {}),
  }));
}
const LOW_BACK_TESTS = 'mtus-acoem-low-back-diagnostic-testing';
const NECK_TESTS = 'mtus-acoem-cervical-thoracic-diagnostic-testing';
const NOT_KNOWN = 'unjudged: no entry in force';
const ACOEM_ERA: CorpusItem[] = [
  ...acoemEra(MRI, '2018', [
    ['MRI of the lumbar spine', 'low-back', LOW_BACK_TESTS],
    ['Lumbar MRI without contrast', 'low-back', LOW_BACK_TESTS, 'chronic'],
    ['MRI of the cervical spine', 'neck', NECK_TESTS],
    ['Thoracic spine MRI', 'upper-back', NECK_TESTS],
    ['MRI of the right shoulder', 'shoulder', NOT_KNOWN],
    ['MRI of the left knee', 'knee', NOT_KNOWN],
  ]),
  ...acoemEra(XRAY, '2018', [
    ['X-rays of the lumbar spine', 'low-back', LOW_BACK_TESTS],
    ['Cervical spine x-rays, 3 views', 'neck', NECK_TESTS],
  ]),
  ...acoemEra(CT, '2018', [['CT scan of the lumbar spine', 'low-back', LOW_BACK_TESTS]]),
  ...acoemEra(EMG, '2018', [
    ['EMG/NCV of the bilateral lower extremities', 'low-back', LOW_BACK_TESTS, 'acute', LUMBAR_RADICULAR],
    ['EMG/NCS of the bilateral upper extremities', 'neck', NECK_TESTS, 'acute', CERVICAL_RADICULAR],
  ]),
  ...acoemEra(MRI, '2026', [
    ['MRI of the lumbar spine', 'low-back', NOT_KNOWN],
    ['MRI of the cervical spine', 'neck', NOT_KNOWN],
  ]),
];

export const CORPUS_ITEMS: readonly CorpusItem[] = [...items, ...wrapped, ...ACOEM_ERA];
