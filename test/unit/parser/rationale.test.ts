import * as assert from 'assert';
import { parseDetermination } from '../../../server/core/parser';
import { testVocabulary } from './vocabulary';
import { MARKDOWN, PUBLISHED, at, parse } from './letters';
import { sentencesOf } from '../../../server/core/parser/rationale';

/** The visit counts a rationale attributes to a guideline, as "family a-b". */
function claimsIn(rationale: string): string[] {
  const text = [
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'Physical therapy 6 sessions for the neck: Upheld',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical',
    'medicine treatment.',
    `Decision rationale: ${rationale}`,
  ].join('\n');
  const [item] = parseDetermination(text, testVocabulary).items;
  return (item.rationale?.limitClaims ?? []).map(
    (claim) => `${claim.guideline} ${claim.visits.min}-${claim.visits.max}`,
  );
}

/** [rationale, claims]: what is the guideline speaking and what is the reviewer's own. */
const SENTENCES: Array<[string, string[]]> = [
  ['The MTUS allows 9-10 visits over 8 weeks for myalgia.', ['MTUS 9-10']],
  ['The ODG recommends "8-10 visits over 4 weeks" for neuralgia.', ['ODG 8-10']],
  // The reviewer's arithmetic: visits still to come, or numbers after the attribution's clause.
  ['The MTUS allows 10 visits; 6 were given, so only 3-4 more visits remain.', ['MTUS 10-10']],
  ['The MTUS allows 9-10 visits, and the patient has had 12 visits so far.', ['MTUS 9-10']],
  ['The MTUS allows up to 10 visits, leaving 4 visits after the 6 already given.', ['MTUS 10-10']],
  ['The MTUS supports 9-10 visits, but 14 sessions have been completed.', ['MTUS 9-10']],
  ['The MTUS allows 3-4 additional sessions after a trial.', []],
  // In a sentence that quotes, the guideline speaks inside the quotation marks only.
  ['The MTUS states "9-10 visits over 8 weeks" for myalgia, and 14 sessions have been completed.', ['MTUS 9-10']],
  ['The MTUS states “up to 10 visits” and 14 sessions were done.', ['MTUS 10-10']],
  // Numbers before the guideline's name are the reviewer's.
  ['Six sessions were completed with benefit, which the MTUS allows.', []],
  // A number is the nearest guideline's named before it in the sentence, not the first one's.
  ['The MTUS gives no visit number for the neck, and ODG allows 9 visits over 8 weeks.', ['ODG 9-9']],
  [
    'The MTUS allows 9-10 visits over 8 weeks for myalgia, and ODG allows 10-12 visits for radiculitis.',
    ['MTUS 9-10', 'ODG 10-12'],
  ],
  ['Unlike the MTUS, which gives no number for this diagnosis, ODG allows 10-12 visits.', ['ODG 10-12']],
  // A count in a clause of its own, with a verb before it since the guideline's or in its own phrase, is the
  // reviewer's, and so is every count after it until a guideline is named again.
  ['The MTUS allows 9-10 visits over 8 weeks, and 14 visits were requested.', ['MTUS 9-10']],
  ['The MTUS allows 9-10 visits over 8 weeks, and the records show 14 visits since May.', ['MTUS 9-10']],
  ['The MTUS allows 9-10 visits over 8 weeks, compared with the 14 visits completed.', ['MTUS 9-10']],
  ['The MTUS allows 9-10 visits over 8 weeks, which the 14 visits already completed exceed.', ['MTUS 9-10']],
  ['The MTUS allows 9-10 visits, and 7 visits plus the 7 visits requested would total 14 visits.', ['MTUS 9-10']],
  ['The MTUS recommends 9-10 visits over 8 weeks (7 visits were completed).', ['MTUS 9-10']],
  ['The MTUS allows 9-10 visits over 8 weeks, and the provider requested 14 visits and 7 visits.', ['MTUS 9-10']],
  ['The MTUS allows 14 visits, and 7 visits have been completed.', ['MTUS 14-14']],
  // The guideline's own clause: its passive, its that-clause, its list of figures, its relative clause.
  ['Per MTUS, 9-10 visits are recommended.', ['MTUS 9-10']],
  ['According to the MTUS, 14 to 16 visits over 8 weeks are allowed.', ['MTUS 14-16']],
  ['The MTUS states that 14 visits are the maximum for myalgia.', ['MTUS 14-14']],
  ['The MTUS allows no more than 10 visits.', ['MTUS 10-10']],
  [
    'The MTUS allows 9-10 visits for myalgia, 8-10 visits for neuralgia and 24 visits for CRPS.',
    ['MTUS 9-10', 'MTUS 8-10', 'MTUS 24-24'],
  ],
  ['The MTUS adopts the ODG figures, which allow 8-10 visits over 4 weeks for neuralgia.', ['ODG 8-10']],
  [
    'The MTUS allows a trial of 6 visits over 2 weeks, with evidence of objective functional improvement, total of up ' +
      'to 18 visits over 6-8 weeks, and the patient has had 22 visits.',
    ['MTUS 6-6', 'MTUS 18-18'],
  ],
];

/** The sentences of a text, as their text. */
function split(text: string): string[] {
  return sentencesOf(text).map(({ from, to }) => text.slice(from, to));
}

describe('parser: rationale sentences', () => {
  it('ends a sentence at a question mark before a lower-case word, as OCR leaves it', () => {
    assert.deepStrictEqual(split('Is it medically necessary? the records show no deficit.'), [
      'Is it medically necessary?',
      'the records show no deficit.',
    ]);
    assert.deepStrictEqual(split('Is it needed? no. The records show none.'), [
      'Is it needed?',
      'no.',
      'The records show none.',
    ]);
  });

  it('keeps a question mark inside brackets or quotation marks in its sentence', () => {
    const bracketed = 'The MRI (is it needed? the notes do not say) was requested. It is not necessary.';
    assert.deepStrictEqual(split(bracketed), [
      'The MRI (is it needed? the notes do not say) was requested.',
      'It is not necessary.',
    ]);
    assert.deepStrictEqual(split('He asked "is it needed? the pain is worse" at the visit.'), [
      'He asked "is it needed? the pain is worse" at the visit.',
    ]);
    assert.deepStrictEqual(split('He asked “is it needed? the pain is worse” at the visit.'), [
      'He asked “is it needed? the pain is worse” at the visit.',
    ]);
    assert.deepStrictEqual(split('The records ended in 2019. the MRI is not needed.'), [
      'The records ended in 2019. the MRI is not needed.',
    ]);
  });
});

describe('parser: quoted sentences', () => {
  it('ends a quoted sentence after its closing quotation mark', () => {
    assert.deepStrictEqual(split('He wrote, "It is needed." The MRI is not.'), [
      'He wrote, "It is needed."',
      'The MRI is not.',
    ]);
    assert.deepStrictEqual(split('He wrote, “It is needed!” The MRI is not.'), [
      'He wrote, “It is needed!”',
      'The MRI is not.',
    ]);
    assert.deepStrictEqual(split('He asked, "Is it needed?" It is not.'), ['He asked, "Is it needed?"', 'It is not.']);
  });

  it('keeps a quotation going on, or a sentence going on after it, whole', () => {
    assert.deepStrictEqual(split('"It is needed." he wrote.'), ['"It is needed." he wrote.']);
    assert.deepStrictEqual(split('He wrote, "It is needed. It helps." The MRI is not.'), [
      'He wrote, "It is needed.',
      'It helps."',
      'The MRI is not.',
    ]);
  });
});

describe('parser: limit claims', () => {
  for (const [rationale, claims] of SENTENCES) {
    it(`reads ${JSON.stringify(rationale)}`, () => {
      assert.deepStrictEqual(claimsIn(rationale), claims);
    });
  }
});

describe('parser: rationales of whole letters', () => {
  it('reads the limit the rationale attributes to MTUS', () => {
    const letter = parse(PUBLISHED);
    const rationale = letter.items[0].rationale!;
    assert.deepStrictEqual(
      rationale.limitClaims.map((c) => [c.guideline, c.visits, c.weeks, at(letter, c.span)]),
      [['MTUS', { min: 9, max: 10 }, { min: 8, max: 8 }, '9-10']],
    );
  });

  it('reads documented functional improvement', () => {
    const letter = parse(PUBLISHED);
    const item = letter.items[1];
    assert.strictEqual(item.rationale?.documentsFunctionalImprovement, true);
  });

  it('reads a claimed limit without a phase, and no functional improvement', () => {
    const letter = parse(MARKDOWN);
    const [first] = letter.items;
    assert.strictEqual(first.rationale?.documentsFunctionalImprovement, false);
    assert.deepStrictEqual(
      first.rationale?.limitClaims.map((c) => [c.visits, c.phase]),
      [[{ min: 3, max: 6 }, undefined]],
    );
  });

  it('does not read "3 visits per week" as a visit count the guideline allows', () => {
    const letter = parse(
      'IMR ISSUES, DECISIONS AND RATIONALES\nPT: Upheld\nDecision rationale: The MTUS guidelines allow for fading of treatment frequency from up to 3 visits per week to 1 or less. The request is not medically necessary.\n',
    );
    assert.deepStrictEqual(letter.items[0].rationale?.limitClaims, []);
  });
});

describe('parser: functional improvement', () => {
  const documents = (rationale: string) =>
    parse(`IMR ISSUES, DECISIONS AND RATIONALES\nAcupuncture: Overturned\nDecision rationale: ${rationale}\n`).items[0]
      .rationale?.documentsFunctionalImprovement;

  it('is not documented by quoting or defining it', () => {
    assert.strictEqual(
      documents('The time to produce functional improvement is 3 to 6 treatments. The request is medically necessary.'),
      false,
    );
    assert.strictEqual(
      documents(
        'Functional improvement is defined as a reduction in work restrictions. The request is medically necessary.',
      ),
      false,
    );
    assert.strictEqual(
      documents('The patient has not shown functional improvement. The request is not medically necessary.'),
      false,
    );
  });

  it("is documented by a statement of the patient's improvement", () => {
    assert.strictEqual(
      documents(
        'After 6 visits the patient reports increased walking tolerance and reduced pain medication. The request is medically necessary.',
      ),
      true,
    );
    assert.strictEqual(
      documents('She returned to modified duty after the trial. The request is medically necessary.'),
      true,
    );
  });
});
