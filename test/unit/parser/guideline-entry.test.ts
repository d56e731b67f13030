import * as assert from 'assert';
import { MARKDOWN, PUBLISHED, SEED_STYLE, at, parse } from './letters';

/** A one-item letter whose MAXIMUS entry is "Decision based on" the citation. */
function maximusCiting(citation: string) {
  return parse(
    [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'Physical therapy 6 sessions: Upheld',
      `MAXIMUS guideline: Decision based on ${citation}`,
      'Decision rationale: The request is not medically necessary.',
    ].join('\n'),
  );
}

describe('parser: guideline entries', () => {
  it('reads 2016 "Section(s):" citations joined with ", and", section names with commas included', () => {
    const letter = parse(PUBLISHED);
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

  it('reads statements instead of citations', () => {
    const letter = parse(PUBLISHED);
    const item = letter.items[1];
    assert.deepStrictEqual(
      item.claimsAdministratorGuideline?.statements.map((s) => s.kind),
      ['outside-mtus'],
    );
    assert.deepStrictEqual(
      item.maximusGuideline?.statements.map((s) => s.kind),
      ['no-evidence'],
    );
  });

  it('reads 2009 "Page(s):" citations and Non-MTUS citations', () => {
    const letter = parse(SEED_STYLE);
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

  it('reads a Non-MTUS citation joined to an MTUS one (", and" or ";") apart, in each grammar, neither taking the other\'s words', () => {
    const odg = 'Non-MTUS Citation Official Disability Guidelines (ODG) Shoulder, Continuous-flow cryotherapy';
    const cases: Array<[string, Array<[boolean, string, string | undefined, string[]]>]> = [
      [
        `MTUS ACOEM Shoulder Disorders Guideline, and ${odg}.`,
        [
          [true, 'ACOEM Shoulder Disorders Guideline', undefined, []],
          [false, 'Official Disability Guidelines (ODG)', 'Shoulder, Continuous-flow cryotherapy', []],
        ],
      ],
      [
        `MTUS Shoulder Complaints 2004, Section(s): Special Studies, Diagnostic Criteria; and ${odg}.`,
        [
          [true, 'Shoulder Complaints', undefined, ['Special Studies', 'Diagnostic Criteria']],
          [false, 'Official Disability Guidelines (ODG)', 'Shoulder, Continuous-flow cryotherapy', []],
        ],
      ],
      [
        `MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, Page(s): 98-99; and ${odg}.`,
        [
          [true, 'Chronic Pain Medical Treatment Guidelines', 'Physical Medicine', []],
          [false, 'Official Disability Guidelines (ODG)', 'Shoulder, Continuous-flow cryotherapy', []],
        ],
      ],
      [
        'the Medical Evidence Search Sequence (8 CCR 9792.21.1); Non-MTUS Citation American College of Surgeons.',
        [
          [true, 'Medical Evidence Search Sequence (8 CCR 9792.21.1)', undefined, []],
          [false, 'American College of Surgeons', undefined, []],
        ],
      ],
    ];
    for (const [citation, expected] of cases) {
      const letter = maximusCiting(citation);
      const read = letter.items[0].maximusGuideline!.citations;
      assert.deepStrictEqual(
        read.map((c) => [c.mtus, c.name.value, c.topic?.value, c.sections.map((section) => section.value)]),
        expected,
        citation,
      );
      assert.ok(at(letter, read[1]?.span)?.startsWith('Non-MTUS Citation'), citation);
    }
  });

  it('reads a bold label and its citation', () => {
    const letter = parse(MARKDOWN);
    const [first] = letter.items;
    assert.strictEqual(at(letter, first.maximusGuideline?.label), 'MAXIMUS guideline');
    assert.strictEqual(first.maximusGuideline?.citations[0].name.value, 'Acupuncture Medical Treatment Guidelines');
  });

  it('reads the year wherever the citation writes it: after the name, before "Guidelines", in parentheses, before the name', () => {
    const cases: Array<[string, string, number | undefined]> = [
      ['MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine.', 'sections-2016', 2016],
      ['MTUS Chronic Pain Medical Treatment 2009\nGuidelines, Section(s): Physical medicine.', 'sections-2016', 2009],
      ['MTUS Chronic Pain Medical Treatment Guidelines (2009), Section(s): Physical medicine.', 'sections-2016', 2009],
      ['MTUS 2009 Chronic Pain Medical Treatment Guidelines, Section(s): Physical medicine.', 'sections-2016', 2009],
      [
        'MTUS Chronic Pain Medical Treatment Guidelines, Section(s): 9792.24.2 Physical medicine.',
        'sections-2016',
        undefined,
      ],
      ['MTUS Chronic Pain Medical Treatment Guidelines (2009).', 'bare', 2009],
      ['MTUS Chronic Pain Medical Treatment Guidelines.', 'bare', undefined],
      ['MTUS Chronic Pain Treatment Guidelines (2009) Physical medicine Page(s): 98-99.', 'pages-2009', 2009],
    ];
    for (const [citation, format, year] of cases) {
      const letter = maximusCiting(citation);
      const [read] = letter.items[0].maximusGuideline!.citations;
      assert.deepStrictEqual([read.format, read.year?.value], [format, year], citation);
      if (year !== undefined) assert.strictEqual(at(letter, read.year?.span), String(year), citation);
    }
  });

  it("reads a guideline name a line end hyphenated, in each grammar, its spans on the letter's lines", () => {
    // "treat" is a word of the letter on its own: the hyphen still folds away, since "treatment" is one too.
    const cases: Array<[string, string, string]> = [
      [
        'MTUS Chronic Pain Medical Treat-\nment 2016, Section(s): Physical medicine treatment.',
        'Chronic Pain Medical Treatment',
        'Chronic Pain Medical Treat-\nment',
      ],
      [
        'MTUS Chronic Pain Treat-\nment Guidelines Manual therapy & manipulation Page(s): 58-60.',
        'Chronic Pain Treatment Guidelines',
        'Chronic Pain Treat-\nment Guidelines',
      ],
      ['MTUS Acupuncture Treat-\nment 2007.', 'Acupuncture Treatment 2007', 'Acupuncture Treat-\nment 2007'],
    ];
    for (const [citation, name, written] of cases) {
      const letter = parse(
        [
          'IMR ISSUES, DECISIONS AND RATIONALES',
          'Physical therapy 6 sessions: Upheld',
          `MAXIMUS guideline: Decision based on ${citation}`,
          'Decision rationale: The guidelines treat it with care. The treatment is not medically necessary.',
        ].join('\n'),
      );
      const [read] = letter.items[0].maximusGuideline!.citations;
      assert.strictEqual(read.name.value, name, citation);
      assert.strictEqual(letter.text.slice(read.name.span.start, read.name.span.end), written, citation);
    }
  });
});
