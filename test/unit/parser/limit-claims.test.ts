import * as assert from 'assert';
import { parseDetermination } from '../../../server/core/parser';
import { testVocabulary } from './vocabulary';

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
];

describe('parser: limit claims', () => {
  for (const [rationale, claims] of SENTENCES) {
    it(`reads ${JSON.stringify(rationale)}`, () => {
      assert.deepStrictEqual(claimsIn(rationale), claims);
    });
  }
});
