import * as assert from 'assert';
import { parseDetermination } from '../../../server/core/parser';
import { testVocabulary } from './vocabulary';
import { MARKDOWN, PUBLISHED, SEED_STYLE, at, parse } from './letters';

/** A how-made section holding one credentials sentence, in the published plain-text shape. */
function credentialsOf(sentence: string) {
  const text = [
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no',
    'affiliation with the employer, employee, providers or the claims administrator.',
    sentence,
    'He/she has been in active clinical practice for more than five years and is currently working at',
    'least 24 hours a week in active practice, with expertise in the same or similar specialties.',
    '',
    'CLINICAL CASE SUMMARY',
    'The patient is a 40 year old man.',
  ].join('\n');
  const { credentials } = parseDetermination(text, testVocabulary);
  const shown = (span: { start: number; end: number }) => text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return {
    states: credentials.states.map((state) => shown(state.span)),
    specialties: credentials.specialties.map((specialty) => shown(specialty.span)),
  };
}

/** [sentence, states, specialties]: the forms reviewers write credentials in prose. */
const FORMS: Array<[string, string[], string[]]> = [
  ['The expert reviewer is licensed in Podiatry and is licensed to practice in Nevada.', ['Nevada'], ['Podiatry']],
  [
    'The expert reviewer holds a license in Chiropractic and is licensed to practice in Oregon.',
    ['Oregon'],
    ['Chiropractic'],
  ],
  [
    'The expert reviewer is Board Certified in Internal Medicine and holds a license to practice in Texas.',
    ['Texas'],
    ['Internal Medicine'],
  ],
  [
    'The expert reviewer is board certified in Physical Medicine and Rehabilitation and maintains a license to\npractice in California.',
    ['California'],
    ['Physical Medicine and Rehabilitation'],
  ],
  [
    'The expert reviewer is Board Certified in Neurology and holds an active license to practice in\nCalifornia.',
    ['California'],
    ['Neurology'],
  ],
  [
    'The expert reviewer is licensed in California and board certified in Family Practice.',
    ['California'],
    ['Family Practice'],
  ],
  [
    'The expert reviewer is licensed in the State of Arizona and board-certified in Psychiatry.',
    ['Arizona'],
    ['Psychiatry'],
  ],
  [
    'The expert reviewer is Board Certified in Anesthesiology with a subspecialty in Pain Medicine and is\nlicensed to practice in California.',
    ['California'],
    ['Anesthesiology', 'Pain Medicine'],
  ],
  [
    'The expert reviewer is a board-certified orthopedic surgeon licensed to practice medicine in California and\nNorth Carolina.',
    ['California', 'North Carolina'],
    ['orthopedic surgeon'],
  ],
  [
    'The expert reviewer holds a current license to practice in Washington, Idaho and Montana, and specializes in\nSports Medicine.',
    ['Washington', 'Idaho', 'Montana'],
    ['Sports Medicine'],
  ],
  [
    'The expert reviewer is a Doctor of Chiropractic licensed in California.',
    ['California'],
    ['Doctor of Chiropractic'],
  ],
  ['The expert reviewer is a licensed acupuncturist in the State of California.', ['California'], ['acupuncturist']],
  // The profession's letters in brackets between its name and the state.
  ['The expert reviewer is a Licensed Acupuncturist (L.Ac.) in California.', ['California'], ['Acupuncturist']],
  ['The expert reviewer is a licensed Doctor of Chiropractic (DC) in Nevada.', ['Nevada'], ['Doctor of Chiropractic']],
  // A profession after "and" ends the states before it.
  [
    'The expert reviewer is licensed in California and Nevada and a Doctor of Chiropractic.',
    ['California', 'Nevada'],
    ['Doctor of Chiropractic'],
  ],
  [
    'The expert reviewer holds a license to practice medicine in California and is board certified in Psychiatry\nand Neurology.',
    ['California'],
    ['Psychiatry and Neurology'],
  ],
  // The state before the license, and a specialty board's name holding the specialty.
  ['The expert reviewer is a Nevada-licensed physician, board certified in Dermatology.', ['Nevada'], ['Dermatology']],
  [
    'The expert reviewer holds an active New Mexico license and is board certified in Urology.',
    ['New Mexico'],
    ['Urology'],
  ],
  [
    'The expert reviewer is certified by the American Board of Anesthesiology and is licensed in Oregon.',
    ['Oregon'],
    ['Anesthesiology'],
  ],
  [
    'The expert reviewer is a Diplomate of the American Osteopathic Board of Surgery, licensed to practice in Utah.',
    ['Utah'],
    ['Surgery'],
  ],
  // Qualifiers that stack, plural licenses, certification as a noun.
  [
    'The reviewer is board certified in Neurology and holds a current, unrestricted license to practice medicine in Oregon.',
    ['Oregon'],
    ['Neurology'],
  ],
  ['The reviewer holds a valid and active license to practice in Idaho.', ['Idaho'], []],
  [
    'The expert reviewer, a surgeon board certified in Orthopaedic Surgery, holds licenses in Nevada and Utah.',
    ['Nevada', 'Utah'],
    ['Orthopaedic Surgery', 'surgeon'],
  ],
  [
    'The reviewer is licensed in Texas and holds board certification in Psychiatry, with added certification in Addiction Medicine.',
    ['Texas'],
    ['Psychiatry', 'Addiction Medicine'],
  ],
  [
    'The reviewer is a board-certified hand surgeon (American Board of Plastic Surgery) who is licensed to practice in Ohio.',
    ['Ohio'],
    ['hand surgeon', 'Plastic Surgery'],
  ],
  ['The reviewer holds an active Arizona medical license and is board certified in Urology.', ['Arizona'], ['Urology']],
  ['The reviewer is licensed to practise medicine in Oregon.', ['Oregon'], []],
  // The specialty as a noun phrase before "board certified", or ending in a specialist noun.
  [
    'The expert reviewer is an orthopaedic surgeon, board certified, licensed in California.',
    ['California'],
    ['orthopaedic surgeon'],
  ],
  [
    'The expert reviewer is a physiatrist, board-certified, who holds a license in Nevada.',
    ['Nevada'],
    ['physiatrist'],
  ],
  [
    'The expert reviewer is an internist, board certified, with a current California license.',
    ['California'],
    ['internist'],
  ],
  ['The reviewer is a California licensed, board certified neurologist.', ['California'], ['neurologist']],
  ['The expert reviewer is a family physician licensed in Oregon.', ['Oregon'], ['family physician']],
  ['The expert reviewer is a specialist in Pain Medicine licensed in Utah.', ['Utah'], ['Pain Medicine']],
  ["The reviewer's state of licensure is Idaho, and the reviewer's specialty is Urology.", ['Idaho'], ['Urology']],
  // The state in a licensing body's name, or later in the license's clause.
  [
    'The expert reviewer is licensed by the State of California and is board certified in Internal Medicine.',
    ['California'],
    ['Internal Medicine'],
  ],
  ['The expert reviewer is licensed by the Medical Board of California.', ['California'], []],
  [
    'The reviewer is a Doctor of Chiropractic licensed by the California Board of Chiropractic Examiners.',
    ['California'],
    ['Doctor of Chiropractic'],
  ],
  [
    'This reviewer holds a license as a Doctor of Chiropractic in the State of California.',
    ['California'],
    ['Doctor of Chiropractic'],
  ],
  [
    'The expert reviewer holds licensure in Arizona and is a Doctor of Chiropractic.',
    ['Arizona'],
    ['Doctor of Chiropractic'],
  ],
  ['The expert reviewer is a licensed physician and surgeon in Nevada.', ['Nevada'], []],
  ['The expert reviewer holds a license as a physician and surgeon in Utah.', ['Utah'], []],
  [
    'The expert reviewer is board certified in Occupational Medicine and has been licensed in California since 1998.',
    ['California'],
    ['Occupational Medicine'],
  ],
  [
    'The reviewer is board certified in Orthopedic Surgery by the American Board of Orthopaedic Surgery and is licensed in Nevada.',
    ['Nevada'],
    ['Orthopedic Surgery', 'Orthopaedic Surgery'],
  ],
  // Training, post-nominal letters and a signature block.
  [
    'The expert reviewer is Fellowship trained in Spine Surgery and is licensed to practice in Texas.',
    ['Texas'],
    ['Spine Surgery'],
  ],
  [
    'The expert reviewer, M.D., QME, is board certified in Occupational Medicine and licensed in California.',
    ['California'],
    ['QME', 'Occupational Medicine'],
  ],
  [
    'The expert reviewer is an Orthopaedic Surgeon, FAAOS, licensed in Ohio.',
    ['Ohio'],
    ['FAAOS', 'Orthopaedic Surgeon'],
  ],
  [
    'Expert Reviewer, M.D.\nBoard Certified, Orthopaedic Surgery\nLicensed in the State of California',
    ['California'],
    ['Orthopaedic Surgery'],
  ],
  ['Expert Reviewer, D.C.\nDoctor of Chiropractic\nLicensed in Oregon', ['Oregon'], ['Doctor of Chiropractic']],
  // The state and the license as adjectives before the specialist noun.
  ['The expert reviewer is a California licensed orthopedic surgeon.', ['California'], ['orthopedic surgeon']],
  ['The expert reviewer is a licensed California orthopedic surgeon.', ['California'], ['orthopedic surgeon']],
  ['The expert reviewer is a licensed orthopedic surgeon.', [], ['orthopedic surgeon']],
  ['The expert reviewer is a California licensed physician.', ['California'], []],
  [
    'The expert reviewer is a practicing, board-certified pain management specialist licensed in Utah.',
    ['Utah'],
    ['pain management specialist'],
  ],
  // Labels of a reviewer's own block.
  ['Licensure: California\nBoard Certified: Orthopaedic Surgery', ['California'], ['Orthopaedic Surgery']],
  [
    'License: California, Nevada\nSpecialty/Certification: Internal Medicine',
    ['California', 'Nevada'],
    ['Internal Medicine'],
  ],
  // Two labels on one line: with colons and no separator, or without colons, set apart in columns.
  ['Specialty: Orthopedic Surgery License State: California', ['California'], ['Orthopedic Surgery']],
  [
    'State(s) of Licensure: California  Certification(s)/Specialty: Internal Medicine',
    ['California'],
    ['Internal Medicine'],
  ],
  [
    "Expert Reviewer's State of Licensure: California; Expert Reviewer's Specialty: Psychiatry",
    ['California'],
    ['Psychiatry'],
  ],
  ['Reviewer Specialty Orthopedic Surgery   License State California', ['California'], ['Orthopedic Surgery']],
  ['Board Certified Orthopedic Surgery   Licensed in California', ['California'], ['Orthopedic Surgery']],
  // One label without its colon is no row: a sentence may open so.
  ['Reviewer Specialty Orthopedic Surgery', [], []],
  // Silent forms: nothing here is a credential.
  ['The expert reviewer holds certification in the use of the MTUS.', [], []],
  ['The expert reviewer is a licensed physician.', [], []],
  ['The expert reviewer is an osteopathic physician.', [], []],
  ['The expert reviewer is a licensed physician and surgeon.', [], []],
  ['The expert reviewer holds a medical license.', [], []],
  ['The expert reviewer was selected for expertise in the same or similar specialties.', [], []],
  ['The expert reviewer is certified in the use of the MTUS.', [], []],
];

describe('parser: prose credentials', () => {
  for (const [sentence, states, specialties] of FORMS) {
    it(`reads "${sentence.replace(/\s+/g, ' ')}"`, () => {
      assert.deepStrictEqual(credentialsOf(sentence), { states, specialties });
    });
  }
});

/** The credentials a whole letter is read with: their form, and the letter's text at each value's span. */
function credentialsRead(text: string) {
  const letter = parse(text);
  const { form, states, specialties } = letter.credentials;
  return {
    form,
    states: states.map((state) => at(letter, state.span)),
    specialties: specialties.map((specialty) => at(letter, specialty.span)),
  };
}

const PUBLISHED_READ = {
  form: 'labelled',
  states: ['California', 'North Carolina'],
  specialties: ['Physical Medicine & Rehabilitation', 'Pain Management'],
};
const MARKDOWN_READ = { form: 'labelled', states: ['California'], specialties: ['Acupuncture'] };

/** A letter's text with `pattern` replaced, checked to hold `changed` so a test cannot pass on the unchanged text. */
function rewritten(text: string, pattern: RegExp | string, replacement: string, changed: string): string {
  const result = text.replace(pattern, replacement);
  assert.ok(result.includes(changed), `the rewrite did not apply: ${changed}`);
  return result;
}

describe('parser: credentials in whole letters', () => {
  it('reads labelled credentials, with several states and a specialty wrapped to the next line', () => {
    assert.deepStrictEqual(credentialsRead(PUBLISHED), PUBLISHED_READ);
  });

  it('reads labelled credentials whose values stand on the line below each label', () => {
    const below = rewritten(
      PUBLISHED,
      /State\(s\) of Licensure: */,
      'State(s) of Licensure:\n',
      'Licensure:\nCalifornia',
    );
    const text = rewritten(
      below,
      /Certification\(s\)\/Specialty: */,
      'Certification(s)/Specialty:\n',
      'Specialty:\nPhysical',
    );
    assert.deepStrictEqual(credentialsRead(text), PUBLISHED_READ);
  });

  it('reads a specialty label whose "fi" PDF extraction left as a ligature', () => {
    const text = rewritten(PUBLISHED, 'Certification(s)', 'Certi\ufb01cation(s)', 'Certi\ufb01cation(s)');
    assert.deepStrictEqual(credentialsRead(text), PUBLISHED_READ);
  });

  it('reads labels run together on one line, each value ending at the next label', () => {
    const text = rewritten(
      PUBLISHED,
      /credentials:\r?\nState\(s\) of Licensure: *([^\r\n]*)\r?\nCertification\(s\)\/Specialty: */,
      'credentials: State(s) of Licensure: $1; Certification(s)/Specialty: ',
      'credentials: State(s) of Licensure: California,North Carolina; Certification(s)',
    );
    assert.deepStrictEqual(credentialsRead(text), PUBLISHED_READ);
  });

  it('reads bold labelled credentials in a Markdown-like letter', () => {
    assert.deepStrictEqual(credentialsRead(MARKDOWN), MARKDOWN_READ);
  });

  it('reads bold labels closed before their colons', () => {
    const text = rewritten(
      rewritten(MARKDOWN, '**State(s) of Licensure:**', '**State(s) of Licensure**:', 'Licensure**:'),
      '**Certification(s)/Specialty:**',
      '__Certification(s)/Specialty__ :',
      'Specialty__ :',
    );
    assert.deepStrictEqual(credentialsRead(text), MARKDOWN_READ);
  });

  it('reads bold labels whose values stand on the line below', () => {
    const below = rewritten(
      MARKDOWN,
      '- **State(s) of Licensure:** ',
      '**State(s) of Licensure:**\n',
      ':**\nCalifornia',
    );
    const text = rewritten(
      below,
      '- **Certification(s)/Specialty:** ',
      '\n**Certification(s)/Specialty:**\n',
      ':**\nAcupuncture',
    );
    assert.deepStrictEqual(credentialsRead(text), MARKDOWN_READ);
  });

  it('reads prose credentials', () => {
    assert.deepStrictEqual(credentialsRead(SEED_STYLE), {
      form: 'prose',
      states: ['California'],
      specialties: ['Chiropractic'],
    });
  });
});
