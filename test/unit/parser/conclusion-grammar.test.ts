import * as assert from 'assert';
import { misreadings, type Reading } from './readings';
import { parse } from './letters';

/**
 * The conclusion reader against a generated grammar of conclusions: subjects × verb groups
 * (negated and not) × words between the verb and its predicate × predicates × what follows the
 * conclusion, then the shapes that are not conclusions or that look negated and are not:
 * hedges, pseudo-negations, the guideline's voice, the request's history and rebuttals of it.
 * Each row is a rationale and the reading it must get; `undefined` is "no conclusion read".
 */

const TITLE = 'MRI of the lumbar spine without contrast';
const SUBJECTS = ['The request for a lumbar MRI', 'The requested MRI', 'This study', 'It', 'The lumbar MRI'];

/** Verb groups before the predicate: [words, whether they negate it]. */
const VERB_GROUPS: Array<[string, boolean]> = [
  ['is not', true],
  ['is therefore not', true],
  ['is not currently', true],
  ["isn't", true],
  ['is no longer', true],
  ['cannot be', true],
  ['would not be', true],
  ['could not be', true],
  ['will not be', true],
  ['has not been', true],
  ['has never been', true],
  ['does not appear to be', true],
  ['does not seem to be', true],
  ['is, at this time, not', true],
  ['is', false],
  ['is therefore', false],
  ['is currently', false],
  ['has been', false],
  ['appears to be', false],
  ['remains', false],
];

/** Words reviewers put between the verb group and the predicate. */
const BETWEEN = [
  '',
  'regarded as ',
  'felt to be ',
  'considered ',
  'deemed ',
  'found to be ',
  'shown to be ',
  'supported by the records as being ',
  'established as ',
  'judged to be ',
  'viewed as ',
];

/** Predicates: [words, whether they state necessity itself or only imply it]. */
const PREDICATES: Array<[string, 'explicit' | 'implied']> = [
  ['medically necessary', 'explicit'],
  ['medically warranted', 'explicit'],
  ['medically indicated', 'explicit'],
  ['medically reasonable', 'explicit'],
  ['medically appropriate', 'explicit'],
  ['necessary', 'explicit'],
  ['warranted', 'explicit'],
  ['indicated', 'explicit'],
  ['reasonable', 'explicit'],
  ['appropriate', 'explicit'],
  ['reasonable and necessary', 'explicit'],
  ['certified', 'implied'],
];

/** What may follow the conclusion in the same sentence or after it; none of it changes the reading. */
const TAILS: Array<(sentence: string) => string> = [
  (sentence) => `${sentence}.`,
  (sentence) => `${sentence} at this time.`,
  (sentence) => `${sentence} based on the records reviewed.`,
  (sentence) => `${sentence}. If new deficits appear, a repeat request could then be considered.`,
  (sentence) => `${sentence}. A new request would be appropriate once red flags are documented.`,
  (sentence) =>
    `${sentence}. This decision addresses the medical necessity of the request as it was made, and it should not ` +
    'be read as a recommendation about other care.',
  (sentence) => `${sentence.replace(/ (\S+)$/, '\n$1')}.`,
  (sentence) => `${sentence.replace(/ (\S+ \S+)$/, '\n\n\fPage 3 of 4\n\n$1')}.`,
];

const rows: Array<[string, Reading]> = [];
let n = 0;
for (const [predicate, strength] of PREDICATES) {
  for (const [verbGroup, negated] of VERB_GROUPS) {
    for (const between of BETWEEN) {
      // "has been regarded as" reads, "remains felt to be" does not: only the verbs that take these words.
      if (between && (verbGroup === 'remains' || verbGroup.endsWith('no longer'))) continue;
      const subject = SUBJECTS[n % SUBJECTS.length];
      const tail = TAILS[n % TAILS.length];
      n++;
      // "supported by the records as being certified" states its finding with "supported" itself.
      const read = between.includes('supported') ? 'explicit' : strength;
      rows.push([tail(`${subject} ${verbGroup} ${between}${predicate}`), [!negated, read]]);
    }
  }
}

/** Noun and passive forms of the necessity wording, each negated and not. */
const NOUN_FORMS: Array<[string, boolean]> = [
  ['Medical necessity for the lumbar MRI has not been established', false],
  ['Medical necessity for the lumbar MRI has been established', true],
  ['Medical necessity for the request has not been demonstrated', false],
  ['Medical necessity for the request has been demonstrated', true],
  ['The medical necessity of the lumbar MRI is not supported by the records', false],
  ['The medical necessity of the lumbar MRI is supported by the records', true],
  ['The medical necessity of this study has not been shown', false],
  ['The request does not meet medical necessity', false],
  ['The request meets medical necessity', true],
  ['The request does not constitute a medical necessity', false],
  ['The request constitutes a medical necessity', true],
  ['The request lacks medical necessity', false],
  ['There is no medical necessity for the lumbar MRI', false],
  ['No medical necessity has been shown for the lumbar MRI', false],
  ['The requested MRI does not rise to the level of medical necessity', false],
  ['The requested MRI rises to the level of medical necessity', true],
  ['The request fails to establish medical necessity', false],
  ['The request establishes medical necessity', true],
  ['The requested MRI falls short of medical necessity', false],
  ['Medical necessity for the MRI is lacking', false],
  ['Medical necessity is not met for the lumbar MRI', false],
  ['Medical necessity is met for the lumbar MRI', true],
];
NOUN_FORMS.forEach(([sentence, necessary], k) =>
  rows.push([TAILS[k % TAILS.length](sentence), [necessary, 'explicit']]),
);

/** Hedges: possibility or an open question is never an explicit finding. */
const HEDGES: Array<[string, Reading]> = [
  ['The lumbar MRI may not be medically necessary.', [false, 'implied']],
  ['The lumbar MRI might not be medically necessary at this time.', [false, 'implied']],
  ['It is unclear whether the lumbar MRI is medically necessary.', [false, 'implied']],
  ['It is uncertain whether the requested MRI is medically necessary.', [false, 'implied']],
  ['It is questionable whether the lumbar MRI is medically necessary.', [false, 'implied']],
  ['It is not clear that the lumbar MRI is medically necessary.', [false, 'explicit']],
  ['The lumbar MRI could be medically necessary.', undefined],
  ['The lumbar MRI may be medically necessary if red flags appear.', undefined],
  ['The lumbar MRI might be medically necessary later.', undefined],
  ['The lumbar MRI would be medically necessary with a new deficit.', undefined],
];

/** Negation words that negate something else: the finding is positive. */
const PSEUDO_NEGATIONS: Array<[string, Reading]> = [
  ['The lumbar MRI is not only medically necessary but overdue.', [true, 'explicit']],
  ['Not only has conservative care failed, but the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['There is no evidence of red flags; however, the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['No red flags are present, but the lumbar MRI is medically necessary given the deficit.', [true, 'explicit']],
  ['There is no doubt that the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['There is no question that the lumbar MRI is medically necessary.', [true, 'explicit']],
  [
    'The patient has not improved with six weeks of therapy, so the lumbar MRI is medically necessary.',
    [true, 'explicit'],
  ],
  ['The patient did not respond to therapy and the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['Since therapy did not help, the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['He cannot work; the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['No more than one study is requested, and the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['A tear cannot be ruled out, and the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['The lumbar MRI is not unreasonable.', [true, 'explicit']],
  ['The lumbar MRI is not medically unnecessary.', [true, 'explicit']],
];

/** The guideline speaking: a rule about the treatment, not the reviewer's finding about this request. */
const GUIDELINE_VOICE: Array<[string, Reading]> = [
  ['Guidelines do not recommend repeat MRI unless there is a significant change in symptoms.', undefined],
  ['The MTUS does not recommend imaging in the absence of red flags.', undefined],
  ['ODG states that an MRI is medically necessary when red flags are present.', undefined],
  ['ODG states that an MRI is not medically necessary without red flags.', undefined],
  ['The guidelines do not support the lumbar MRI as medically necessary.', undefined],
  ['According to the ACOEM guideline, "imaging is not indicated" for nonspecific back pain.', undefined],
  ['Per ODG, "MRI is not recommended" without red flags.', undefined],
  ['Imaging is indicated when the examination shows a compromised nerve root.', undefined],
  [
    'Guidelines do not recommend repeat MRI unless there is a significant change in symptoms. No change is ' +
      'documented. The lumbar MRI is not medically necessary.',
    [false, 'explicit'],
  ],
  [
    'ODG states that an MRI is not medically necessary without red flags. Here a progressive deficit is ' +
      'documented, so the lumbar MRI is medically necessary.',
    [true, 'explicit'],
  ],
];

/** The request's history: utilization review's and earlier reviewers' findings are reported, not concluded. */
const HISTORY: Array<[string, Reading]> = [
  ['Utilization review non-certified the lumbar MRI as not medically necessary.', undefined],
  ['The request was previously non-certified by utilization review as not medically necessary.', undefined],
  ['The prior reviewer found it not medically necessary.', undefined],
  ['The utilization reviewer determined that the lumbar MRI was not medically necessary.', undefined],
  ['The treating physician states the lumbar MRI is medically necessary.', undefined],
  ['The requesting provider felt the lumbar MRI was medically necessary.', undefined],
  [
    'Utilization review non-certified the lumbar MRI as not medically necessary. The lumbar MRI is medically necessary.',
    [true, 'explicit'],
  ],
  [
    'The treating physician states the MRI is medically necessary. The lumbar MRI is not medically necessary.',
    [false, 'explicit'],
  ],
];

/** Rebuttals of utilization review: the reviewer's own finding, whatever the earlier one was. */
const REBUTTALS: Array<[string, Reading]> = [
  ['Contrary to the utilization review, the request is medically necessary.', [true, 'explicit']],
  ['Contrary to the UR determination, the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['I disagree with the prior reviewer; the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['I disagree with utilization review, and the lumbar MRI is not medically necessary.', [false, 'explicit']],
  [
    'Although utilization review found it not medically necessary, the lumbar MRI is medically necessary.',
    [true, 'explicit'],
  ],
  [
    'While the treating physician feels it is medically necessary, the lumbar MRI is not medically necessary.',
    [false, 'explicit'],
  ],
  ['I concur with the utilization reviewer that the lumbar MRI was not medically necessary.', [false, 'explicit']],
  ['The prior non-certification is overturned; the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['The non-certification is upheld, as the lumbar MRI is not medically necessary.', [false, 'explicit']],
];

/** Other shapes: coordinated and negated subjects, noun predicates, asides, evidence too thin, partial findings. */
const OTHER_SHAPES: Array<[string, Reading]> = [
  ['The request is not medically necessary and appropriate.', [false, 'explicit']],
  ['Neither the MRI nor the EMG is medically necessary.', [false, 'explicit']],
  ['I am not able to recommend the MRI as medically necessary.', [false, 'explicit']],
  ['This reviewer cannot find the MRI medically necessary.', [false, 'explicit']],
  [
    'The request does not meet guideline criteria and is therefore deemed not medically necessary.',
    [false, 'explicit'],
  ],
  ['Based on the above, the request is not found to be medically necessary.', [false, 'explicit']],
  ['There is insufficient evidence to support the medical necessity of the MRI.', [false, 'explicit']],
  ['The medical necessity of the MRI has not been substantiated.', [false, 'explicit']],
  ['The MRI is not considered to be medically necessary or appropriate at this time.', [false, 'explicit']],
  ['The MRI is considered not medically necessary.', [false, 'explicit']],
  ['It is the opinion of this reviewer that the MRI is not medically necessary.', [false, 'explicit']],
  ['It is the opinion of this reviewer that the MRI is medically necessary.', [true, 'explicit']],
  ['The request is, therefore, medically necessary.', [true, 'explicit']],
  ['As such, the request is medically necessary.', [true, 'explicit']],
  ['As a result, medical necessity has been established.', [true, 'explicit']],
  ['The documentation does not support the medical necessity of the MRI.', [false, 'explicit']],
  ['The records do not establish the medical necessity of the requested MRI.', [false, 'explicit']],
  ['The records establish the medical necessity of the requested MRI.', [true, 'explicit']],
  ['The clinical documentation fails to support the request; it is not medically necessary.', [false, 'explicit']],
  ['The requested MRI is not medically necessary, as there are no red flags.', [false, 'explicit']],
  ['The request for MRI is not medically necessary and is non-certified.', [false, 'explicit']],
  ['The request is non-certified.', [false, 'implied']],
  [
    'The MRI is not medically necessary at this time; however, it may be reconsidered if the deficit progresses.',
    [false, 'explicit'],
  ],
  [
    'Medical necessity has not been established; therefore the request is not medically necessary.',
    [false, 'explicit'],
  ],
  ['Therefore, the request for an MRI is not medically necessary or reasonable.', [false, 'explicit']],
  ['In the absence of red flags, the MRI is not medically necessary.', [false, 'explicit']],
  ['Without documented improvement, continued use is not medically necessary.', [false, 'explicit']],
  ['Without a doubt, the MRI is medically necessary.', [true, 'explicit']],
  ['The MRI is not, in my opinion, medically necessary.', [false, 'explicit']],
  ['The request cannot be recommended as medically necessary.', [false, 'explicit']],
  ['The request is not recommended and is not medically necessary.', [false, 'explicit']],
  ['The request is recommended and is medically necessary.', [true, 'explicit']],
  ['The patient is not a surgical candidate; the MRI is medically necessary.', [true, 'explicit']],
  ['Not medically necessary.', [false, 'explicit']],
  ['The request is therefore upheld as not medically necessary.', [false, 'explicit']],
  ['The UR decision is overturned and the request is medically necessary.', [true, 'explicit']],
  ['The request is medically necessary per MTUS guidelines.', [true, 'explicit']],
  ['The request is medically necessary according to ODG.', [true, 'explicit']],
  ['The request is not medically necessary per the guidelines.', [false, 'explicit']],
  ['The request as written is not medically necessary.', [false, 'explicit']],
  ['The request is not medically necessary as submitted.', [false, 'explicit']],
  ['The MRI is deemed medically necessary and appropriate.', [true, 'explicit']],
  ['The MRI is medically necessary, and it should be performed promptly.', [true, 'explicit']],
  ['The MRI is not medically necessary, and no further imaging is needed.', [false, 'explicit']],
  ['The MRI is medically necessary, although no red flags are present.', [true, 'explicit']],
  ['Although no red flags are present, the MRI is medically necessary.', [true, 'explicit']],
  ['Even though the MRI is not urgent, it is medically necessary.', [true, 'explicit']],
  ['The MRI is not urgent but is medically necessary.', [true, 'explicit']],
  ['The MRI is not medically necessary at this point in time.', [false, 'explicit']],
  ['Continued use of the MRI cannot be supported as medically necessary.', [false, 'explicit']],
  ['This request does not appear medically necessary.', [false, 'explicit']],
  ['This request appears medically necessary.', [true, 'explicit']],
  ['The request does not meet the MTUS criteria and therefore is not medically necessary.', [false, 'explicit']],
  ['The request meets the MTUS criteria and therefore is medically necessary.', [true, 'explicit']],
  ['A lumbar MRI is not medically necessary for this patient.', [false, 'explicit']],
  ['The lumbar MRI is supported as medically necessary.', [true, 'explicit']],
  ['The lumbar MRI is not supported as medically necessary.', [false, 'explicit']],
  ['The lumbar MRI is not shown to be medically necessary by the submitted records.', [false, 'explicit']],
  ['Given the lack of red flags, the lumbar MRI is not medically necessary.', [false, 'explicit']],
  ['Given the progressive deficit, the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['The lumbar MRI is medically necessary to rule out a tumor.', [true, 'explicit']],
  ['The lumbar MRI is not medically necessary to manage this condition.', [false, 'explicit']],
  ['The request is partially medically necessary.', [false, 'implied']],
  ['I would not consider the lumbar MRI medically necessary.', [false, 'explicit']],
  ['I would consider the lumbar MRI medically necessary.', [true, 'explicit']],
  ['I do not find medical necessity for the lumbar MRI.', [false, 'explicit']],
  ['I find medical necessity for the lumbar MRI.', [true, 'explicit']],
  ['Medical necessity for the lumbar MRI has been neither established nor documented.', [false, 'explicit']],
  [
    'The request for the lumbar MRI, which utilization review non-certified, is medically necessary.',
    [true, 'explicit'],
  ],
  [
    'The request for the lumbar MRI, which the treating physician feels is needed, is not medically necessary.',
    [false, 'explicit'],
  ],
  ['Utilization review non-certified the request, but the lumbar MRI is medically necessary.', [true, 'explicit']],
  ['The utilization review determination is reversed: the lumbar MRI is medically necessary.', [true, 'explicit']],
  [
    'The lumbar MRI is medically necessary. The previous reviewer found it not medically necessary.',
    [true, 'explicit'],
  ],
  [
    'The lumbar MRI is not medically necessary. It was previously found medically necessary by utilization review.',
    [false, 'explicit'],
  ],
  ['Medical necessity is therefore not supported for the lumbar MRI.', [false, 'explicit']],
  ['Medical necessity is not supported for the lumbar MRI.', [false, 'explicit']],
  ['Medical necessity is therefore supported for the lumbar MRI.', [true, 'explicit']],
  ['Medical necessity is therefore not established.', [false, 'explicit']],
  ['Medical necessity has therefore not been demonstrated for this request.', [false, 'explicit']],
  ['The lumbar MRI is medically necessary only when red flags are present.', undefined],
  ['An MRI is medically necessary when red flags are present.', undefined],
];

/** Clauses after a finding about this request give its circumstances; a condition inside a clause ends with it. */
const CIRCUMSTANCES: Array<[string, Reading]> = [
  ['The lumbar MRI is not medically necessary when conservative care is still helping.', [false, 'explicit']],
  ['Therefore, the lumbar MRI is not medically necessary when therapy was helping.', [false, 'explicit']],
  ['It is not medically necessary when therapy was helping.', [false, 'explicit']],
  ['The request is medically necessary when the deficit is progressing as it is here.', [true, 'explicit']],
  ['The lumbar MRI is medically necessary only when red flags are present.', undefined],
  ['An MRI is medically necessary when red flags are present.', undefined],
  ['Imaging is not medically necessary when there are no red flags.', undefined],
  ['Repeat imaging is medically necessary when symptoms change.', undefined],
  ['A lumbar MRI is medically necessary whenever a deficit progresses.', undefined],
  [
    'Although an MRI might become medically necessary if radicular signs appear, the request for a lumbar MRI is ' +
      'not medically necessary at this time.',
    [false, 'explicit'],
  ],
  ['If red flags appear, an MRI could become medically necessary.', undefined],
  ['The MRI, if red flags develop, would be medically necessary.', undefined],
  [
    'The MRI is not medically necessary, and if red flags develop, a new MRI could be medically necessary.',
    [false, 'explicit'],
  ],
  ['No further imaging is medically necessary at this time.', [false, 'implied']],
  ['No lumbar MRI is medically necessary at this time.', [false, 'explicit']],
  ['The request is not medi-\ncally necessary.', [false, 'explicit']],
  ['The request is therefore not medically neces-\nsary.', [false, 'explicit']],
  ['The request is medically neces-\n\n\fPage 3 of 4\n\nsary.', [true, 'explicit']],
  ['Pre- and post-operative imaging is not medically necessary for the lumbar MRI request.', [false, 'explicit']],
];

rows.push(
  ...CIRCUMSTANCES,
  ...OTHER_SHAPES,
  ...HEDGES,
  ...PSEUDO_NEGATIONS,
  ...GUIDELINE_VOICE,
  ...HISTORY,
  ...REBUTTALS,
);

/** Read as the parser reads a published letter, so that page furniture inside a sentence is set aside. */
function readingOf(rationale: string): Reading {
  const letter = parse(`IMR ISSUES, DECISIONS AND RATIONALES\n${TITLE}: Upheld\nDecision rationale: ${rationale}\n`);
  const conclusion = letter.items[0]?.rationale?.conclusion;
  return conclusion && [conclusion.necessary, conclusion.strength];
}

describe('conclusion reader: the generated grammar', () => {
  it(`crosses verb groups, intervening words, predicates and tails (${rows.length} rationales)`, () =>
    assert.ok(rows.length >= 2000, String(rows.length)));

  it('reads every rationale as expected', () => assert.deepStrictEqual(misreadings(rows, readingOf), []));
});
