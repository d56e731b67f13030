import * as assert from 'assert';
import { parseDetermination } from '../../../server/core/parser';
import type { Determination } from '../../../server/core/model/determination';
import type { Span } from '../../../server/core/model/span';
import { testVocabulary } from './vocabulary';

function parse(text: string): Determination {
  return parseDetermination(text, testVocabulary);
}

/** The letter text a span covers, with white space folded, so assertions read like the letter. */
function at(determination: Determination, span: Span | undefined): string | undefined {
  return span && determination.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

const PUBLISHED = [
  'Case Number:',
  'Date Assigned:',
  'Decision Date:',
  'Priority:',
  'Date of Injury:',
  'UR Denial Date:',
  'Application Received:',
  'CM16-0201234',
  '10/14/2016',
  '11/18/2016',
  'Standard',
  '04/02/2013',
  '10/05/2016',
  '10/12/2016',
  '',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California,North Carolina',
  'Certification(s)/Specialty: Physical Medicine & Rehabilitation, Pain',
  'Management',
  '',
  'CLINICAL CASE SUMMARY',
  'The injured worker is a 52-year-old male who sustained an industrial injury on 04/02/2013. Records were',
  'reviewed from 01/04/2016 to 09/20/2016. He had 12 sessions of physical therapy in 2015. On 10-5-16,',
  'utilization review determined the request was not medically necessary.',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  'Physical therapy 2 times a week for 6 weeks for the lumbar spine was the original request. Physical therapy',
  '2 times a week for 3 weeks was authorized by the Claims Administrator. The remaining IMR eligible',
  'portion of the original request, physical therapy 2 times a week for 3 weeks for the lumbar spine is:',
  'Upheld',
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine',
  'treatment, NSAIDs, GI symptoms & cardiovascular risk, and MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.',
  'Decision rationale: The MTUS recommends 9-10 visits over 8 weeks for myalgia. The request exceeds',
  'that. The request is not medically\f necessary.',
  'Retrospective Norco 10/325 mg #90 (DOS 9/1/16) for the',
  'lumbar spine:',
  'Overturned',
  'Claims Administrator guideline: The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.',
  'MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.',
  'Decision rationale: The patient reports functional improvement with Norco, with increased walking tolerance. The request is medically necessary.',
].join('\r\n');

describe('parser: plain text of a published letter', () => {
  const letter = parse(PUBLISHED);

  it('reads the plain shape and the three sections', () => {
    assert.strictEqual(letter.shape, 'plain');
    assert.deepStrictEqual(
      letter.sections.map((s) => [s.kind, at(letter, s.heading)]),
      [
        ['how-made', 'HOW THE IMR FINAL DETERMINATION WAS MADE'],
        ['case-summary', 'CLINICAL CASE SUMMARY'],
        ['decisions', 'IMR ISSUES, DECISIONS AND RATIONALES'],
      ],
    );
  });

  it('matches header values written as a separate block to their labels', () => {
    assert.deepStrictEqual(
      letter.header.map((f) => [f.key, f.value?.value, f.date?.iso]),
      [
        ['caseNumber', 'CM16-0201234', undefined],
        ['dateAssigned', '10/14/2016', '2016-10-14'],
        ['decisionDate', '11/18/2016', '2016-11-18'],
        ['priority', 'Standard', undefined],
        ['dateOfInjury', '04/02/2013', '2013-04-02'],
        ['urDenialDate', '10/05/2016', '2016-10-05'],
        ['applicationReceived', '10/12/2016', '2016-10-12'],
      ],
    );
    const caseNumber = letter.header[0];
    assert.strictEqual(at(letter, caseNumber.value!.span), 'CM16-0201234');
    assert.strictEqual(at(letter, caseNumber.label.span), 'Case Number');
  });

  it('reads labelled credentials, with several states and a wrapped specialty', () => {
    const { credentials } = letter;
    assert.strictEqual(credentials.form, 'labelled');
    assert.deepStrictEqual(
      credentials.states.map((s) => at(letter, s.span)),
      ['California', 'North Carolina'],
    );
    assert.deepStrictEqual(
      credentials.specialties.map((s) => s.value),
      ['Physical Medicine & Rehabilitation', 'Pain Management'],
    );
    assert.strictEqual(at(letter, credentials.specialties[1].span), 'Pain Management');
  });

  it('reads the case summary facts', () => {
    const summary = letter.caseSummary;
    assert.strictEqual(summary.age?.value, 52);
    assert.strictEqual(summary.sex?.value, 'male');
    assert.strictEqual(summary.injuryDate?.iso, '2013-04-02');
    assert.strictEqual(summary.urDate?.iso, '2016-10-05');
    assert.deepStrictEqual([summary.reportRange?.from.iso, summary.reportRange?.to.iso], ['2016-01-04', '2016-09-20']);
    assert.deepStrictEqual(
      summary.priorTreatments.map((p) => [p.treatment, p.count, at(letter, p.span)]),
      [['physical-therapy', 12, '12 sessions of physical therapy']],
    );
  });

  it('reads a partial approval title whose decision stands alone on the next line', () => {
    const item = letter.items[0];
    assert.strictEqual(letter.items.length, 2);
    assert.strictEqual(item.decision?.value, 'Upheld');
    assert.strictEqual(at(letter, item.decision?.span), 'Upheld');
    assert.ok(item.title.value.startsWith('Physical therapy 2 times a week for 6 weeks'));
    assert.ok(item.title.value.endsWith('for the lumbar spine'));
    assert.strictEqual(
      item.partial?.original.value,
      'Physical therapy 2 times a week for 6 weeks for the lumbar spine',
    );
    assert.strictEqual(item.partial?.authorized.value, 'Physical therapy 2 times a week for 3 weeks');
    assert.strictEqual(
      item.partial?.remaining.value,
      'physical therapy 2 times a week for 3 weeks for the lumbar spine',
    );
    assert.strictEqual(item.treatment?.value, 'physical-therapy');
    assert.strictEqual(item.region?.value, 'low-back');
    assert.deepStrictEqual(
      [item.quantity.perWeek?.value, item.quantity.weeks?.value, item.quantity.visits?.value],
      [2, 3, 6],
    );
  });

  it('reads 2016 "Section(s):" citations joined with ", and", section names with commas included', () => {
    const entry = letter.items[0].maximusGuideline!;
    assert.deepStrictEqual(
      entry.citations.map((c) => [c.format, c.name.value, c.year?.value, c.sections.map((s) => s.value)]),
      [
        [
          'sections-2016',
          'Chronic Pain Medical Treatment',
          2016,
          ['Physical medicine treatment', 'NSAIDs, GI symptoms & cardiovascular risk'],
        ],
        ['sections-2016', 'Forearm, Wrist, and Hand Complaints', 2004, ['Special Studies']],
      ],
    );
    assert.strictEqual(at(letter, entry.citations[0].sections[0].span), 'Physical medicine treatment');
  });

  it('reads a conclusion split by a page break, and the limit the rationale attributes to MTUS', () => {
    const rationale = letter.items[0].rationale!;
    assert.deepStrictEqual([rationale.conclusion?.necessary, rationale.conclusion?.strength], [false, 'explicit']);
    assert.strictEqual(at(letter, rationale.conclusion?.span), 'not medically necessary');
    assert.deepStrictEqual(
      rationale.limitClaims.map((c) => [c.guideline, c.visits, c.weeks, at(letter, c.span)]),
      [['MTUS', { min: 9, max: 10 }, { min: 8, max: 8 }, '9-10']],
    );
  });

  it('reads a wrapped title, statements instead of citations, and documented functional improvement', () => {
    const item = letter.items[1];
    assert.strictEqual(item.title.value, 'Retrospective Norco 10/325 mg #90 (DOS 9/1/16) for the lumbar spine');
    assert.strictEqual(item.decision?.value, 'Overturned');
    assert.strictEqual(item.treatment?.value, 'opioid');
    assert.strictEqual(item.quantity.visits, undefined, 'a pill count is not a visit count');
    assert.deepStrictEqual(
      item.claimsAdministratorGuideline?.statements.map((s) => s.kind),
      ['outside-mtus'],
    );
    assert.deepStrictEqual(
      item.maximusGuideline?.statements.map((s) => s.kind),
      ['no-evidence'],
    );
    assert.strictEqual(item.rationale?.conclusion?.necessary, true);
    assert.strictEqual(item.rationale?.documentsFunctionalImprovement, true);
  });
});

const SEED_STYLE = [
  ' HOW THE IMR FINAL DETERMINATION WAS MADE ',
  '',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert ',
  '',
  'reviewer is licensed in Chiropractic and is licensed to practice in California. ',
  '',
  ' ',
  '',
  'CLINICAL CASE SUMMARY ',
  '',
  'The patient is a 38 year old female with the injury date of 06/11/13. She had 6 sessions of ',
  '',
  'acupuncture. The utilization review determination being challenged is dated on 01/09/15. ',
  '',
  ' ',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES ',
  '',
  'The Final Determination was based on decisions for the disputed items/services set forth below: ',
  '',
  '6 chiropractic treatments for the neck: Overturned ',
  '',
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Manual ',
  '',
  'therapy & manipulation Page(s): 58-59. ',
  '',
  'MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck ',
  '',
  'Pain, Chiropractic ',
  '',
  'Decision rationale: ODG allows 9 visits over 8 weeks for regional neck pain. The requested 6 ',
  '',
  'visits fall within that. The request is medically necessary. ',
  '',
  'Acupuncture x6 for the low back ',
  '',
  'Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment Guidelines. ',
  '',
  'Decision rationale: ',
  '',
].join('\n');

describe('parser: published text with blank lines between every line', () => {
  const letter = parse(SEED_STYLE);

  it('reads prose credentials', () => {
    assert.strictEqual(letter.credentials.form, 'prose');
    assert.deepStrictEqual(
      letter.credentials.states.map((s) => s.value),
      ['California'],
    );
    assert.deepStrictEqual(
      letter.credentials.specialties.map((s) => at(letter, s.span)),
      ['Chiropractic'],
    );
  });

  it('reads the UR date being challenged and counts of prior treatment across lines', () => {
    assert.strictEqual(letter.caseSummary.urDate?.iso, '2015-01-09');
    assert.strictEqual(letter.caseSummary.injuryDate?.iso, '2013-06-11');
    assert.deepStrictEqual(
      letter.caseSummary.priorTreatments.map((p) => [p.treatment, p.count]),
      [['acupuncture', 6]],
    );
  });

  it('reads 2009 "Page(s):" citations and Non-MTUS citations', () => {
    const item = letter.items[0];
    const [citation] = item.claimsAdministratorGuideline!.citations;
    assert.deepStrictEqual(
      [citation.format, citation.name.value, citation.topic?.value],
      ['pages-2009', 'Chronic Pain Treatment Guidelines', 'Manual therapy & manipulation'],
    );
    assert.deepStrictEqual(
      [citation.pages?.from, citation.pages?.to, at(letter, citation.pages?.span)],
      [58, 59, '58-59'],
    );
    const [odg] = item.maximusGuideline!.citations;
    assert.deepStrictEqual(
      [odg.mtus, odg.name.value, odg.topic?.value],
      [false, 'Official Disability Guidelines (ODG)', 'Neck Pain, Chiropractic'],
    );
  });

  it('keeps an item without a decision, and sees its missing entry and empty rationale', () => {
    assert.strictEqual(letter.items.length, 2);
    const item = letter.items[1];
    assert.strictEqual(item.decision, undefined);
    assert.strictEqual(item.title.value, 'Acupuncture x6 for the low back');
    assert.strictEqual(item.quantity.visits?.value, 6);
    assert.strictEqual(item.maximusGuideline, undefined);
    assert.strictEqual(item.rationale?.text, '');
    assert.strictEqual(item.rationale?.conclusion, undefined);
  });
});

const MARKDOWN = `---
case: CM15-0001111
---
# How the IMR Final Determination Was Made

The Expert Reviewer has the following credentials:

- **State(s) of Licensure:** California
- **Certification(s)/Specialty:** Acupuncture

# Clinical Case Summary

The patient is a 47 year old man injured on 3/3/2014.

# IMR Issues, Decisions and Rationales

## 8 acupuncture sessions for the neck, 2x4: Upheld

**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.

**MAXIMUS guideline:** Decision based on MTUS Acupuncture Medical Treatment Guidelines.

**Decision rationale:** MTUS allows 3-6 treatments for an initial trial. Without documented functional improvement, the request is not medically necessary. <!-- expect: none -->

## Physical therapy (8) for the low back
Overturned

Decision rationale: The request is supported.
`;

describe('parser: Markdown-like letters', () => {
  const letter = parse(MARKDOWN);

  it('reads front matter, headings and bold labels', () => {
    assert.strictEqual(letter.shape, 'markdown');
    assert.strictEqual(letter.frontMatter?.fields.case.value, 'CM15-0001111');
    assert.deepStrictEqual(
      letter.sections.map((s) => s.kind),
      ['how-made', 'case-summary', 'decisions'],
    );
    assert.deepStrictEqual(
      letter.credentials.states.map((s) => s.value),
      ['California'],
    );
    assert.deepStrictEqual(
      letter.credentials.specialties.map((s) => s.value),
      ['Acupuncture'],
    );
  });

  it('reads heading items, "2x4" quantities, and a decision on the line under the heading', () => {
    assert.strictEqual(letter.items.length, 2);
    const [first, second] = letter.items;
    assert.strictEqual(first.title.value, '8 acupuncture sessions for the neck, 2x4');
    assert.deepStrictEqual(
      [first.quantity.visits?.value, first.quantity.perWeek?.value, first.quantity.weeks?.value],
      [8, 2, 4],
    );
    assert.strictEqual(at(letter, first.maximusGuideline?.label), 'MAXIMUS guideline');
    assert.strictEqual(first.maximusGuideline?.citations[0].name.value, 'Acupuncture Medical Treatment Guidelines');
    assert.strictEqual(first.rationale?.conclusion?.necessary, false);
    assert.strictEqual(first.rationale?.documentsFunctionalImprovement, false);
    assert.deepStrictEqual(
      first.rationale?.limitClaims.map((c) => [c.visits, c.phase]),
      [[{ min: 3, max: 6 }, undefined]],
    );
    assert.strictEqual(second.title.value, 'Physical therapy (8) for the low back');
    assert.strictEqual(second.decision?.value, 'Overturned');
    assert.strictEqual(second.quantity.visits?.value, 8);
    assert.deepStrictEqual(
      [second.rationale?.conclusion?.necessary, second.rationale?.conclusion?.strength],
      [true, 'explicit'],
    );
  });

  it('keeps HTML comments out of the letter text', () => {
    assert.ok(!letter.items[0].rationale!.text.includes('expect'));
  });
});

describe('parser: conclusions', () => {
  const conclusionOf = (rationale: string) => {
    const letter = parse(`IMR ISSUES, DECISIONS AND RATIONALES\nMassage: Upheld\nDecision rationale: ${rationale}\n`);
    const conclusion = letter.items[0].rationale?.conclusion;
    return conclusion && [conclusion.necessary, conclusion.strength, at(letter, conclusion.span)];
  };

  it('takes the last statement, past an earlier general one', () => {
    assert.deepStrictEqual(
      conclusionOf(
        'Further treatment after a trial is medically necessary based on improvement. Therefore further massage is not medically necessary.',
      ),
      [false, 'explicit', 'not medically necessary'],
    );
  });

  it('reads hyphenated, misspelt and "determined to not be" forms', () => {
    assert.deepStrictEqual(conclusionOf('The request is not-medically necessary.'), [
      false,
      'explicit',
      'not-medically necessary',
    ]);
    assert.deepStrictEqual(conclusionOf('The request is medically neccessary.'), [
      true,
      'explicit',
      'medically neccessary',
    ]);
    assert.deepStrictEqual(conclusionOf('The request was determined to not be medically necessary.'), [
      false,
      'explicit',
      'not be medically necessary',
    ]);
  });

  it('ignores conditions and reads a plain synonym about the request as explicit', () => {
    assert.deepStrictEqual(
      conclusionOf(
        'Massage is medically necessary only if it is an adjunct to exercise. The request is not supported.',
      ),
      [false, 'explicit', 'not supported'],
    );
    assert.deepStrictEqual(
      conclusionOf('Massage is medically necessary only if it is an adjunct to exercise.'),
      undefined,
    );
    assert.strictEqual(conclusionOf('The records are thin.'), undefined);
  });
});

describe('parser: regulation references and inline directives', () => {
  const letter = parse(
    'Functional improvement as defined by labor code 9792.20(e) and 8 CCR 9792.24.1.\n<!-- imr-disable-next-line phi, date-order -->\nText\n<!-- imr-disable -->\n',
  );

  it('reads the code words and the subdivision', () => {
    assert.deepStrictEqual(
      letter.regulationRefs.map((r) => [r.code, r.section, r.subdivision, at(letter, r.codeSpan)]),
      [
        ['labor-code', '9792.20', '(e)', 'labor code'],
        ['ccr', '9792.24.1', undefined, '8 CCR'],
      ],
    );
  });

  it('reads directives with their rules and lines', () => {
    assert.deepStrictEqual(
      letter.directives.map((d) => [d.kind, d.rules, d.line]),
      [
        ['disable-next-line', ['phi', 'date-order'], 1],
        ['disable', [], 3],
      ],
    );
  });
});

describe('parser: bad input', () => {
  for (const [name, text] of [
    ['empty', ''],
    ['only line breaks', '\r\n\r\n\n\r'],
    ['a lone label', 'Decision rationale:'],
    [
      'odd Unicode',
      '\u0130\u0130 IMR ISSUES, DECISIONS AND RATIONALES\n\ud83d\ude00: Upheld\n\u202eMAXIMUS guideline: \ud800',
    ],
    ['unclosed front matter', '---\na: b\n'],
    [
      'a label followed by a long run of spaces',
      `IMR ISSUES, DECISIONS AND RATIONALES\nMAXIMUS guideline${' '.repeat(100000)}x`,
    ],
  ]) {
    it(`never throws and keeps spans inside the text: ${name}`, () => {
      const letter = parse(text);
      for (const item of letter.items) {
        assert.ok(item.span.start >= 0 && item.span.end <= text.length);
        assert.ok(item.title.span.start <= item.title.span.end);
      }
    });
  }
});

describe('parser: regressions', () => {
  it('starts a section body at the next line in a CRLF letter', () => {
    const letter = parse('HOW THE IMR FINAL DETERMINATION WAS MADE\r\nText\r\n');
    assert.deepStrictEqual(letter.lines.rangeOf(letter.sections[0].body).start, { line: 1, character: 0 });
  });

  it('reads no regulation reference inside an HTML comment', () => {
    const letter = parse(
      'as defined in\n<!-- expect: citation-mislabel:+1 "Labor Code 9792.20(f)" -->\nLabor Code 9792.20(f).\n',
    );
    assert.deepStrictEqual(
      letter.regulationRefs.map((r) => letter.lines.positionAt(r.span.start).line),
      [2],
    );
  });

  it('reads no explicit conclusion from a synonym whose sentence does not name the request', () => {
    const letter = parse(
      'IMR ISSUES, DECISIONS AND RATIONALES\nAcupuncture: Upheld\nDecision rationale: The worker has not had acupuncture. An initial trial is supported, but\nthe request for 8 visits exceeds the trial.\n',
    );
    assert.strictEqual(letter.items[0].rationale?.conclusion?.strength, 'implied');
  });

  it('reads no front matter when its closing line never comes before the letter', () => {
    const letter = parse('---\ncase: CM17-0052190\n# HOW THE IMR FINAL DETERMINATION WAS MADE\nText\n\n---\n');
    assert.strictEqual(letter.frontMatter, undefined);
    assert.deepStrictEqual(
      letter.sections.map((s) => s.kind),
      ['how-made'],
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
