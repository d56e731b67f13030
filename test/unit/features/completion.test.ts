import * as assert from 'assert';
import { builtInKnowledge } from '../../../server/core';
import { getCompletions, letterTemplate } from '../../../server/core/features';
import { CURSOR, analyze, atCursor, expandSnippet, letter } from './helpers';

describe('features: completion', () => {
  it('offers the missing section headings first at top level, as skeletons with their lead paragraph', () => {
    const text = letter('').replace(/# CLINICAL CASE SUMMARY[\s\S]*?(?=# IMR ISSUES)/, () => `${CURSOR}\n\n`);
    const { analysis, position } = atCursor(text);
    const items = getCompletions(analysis, position).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepStrictEqual(
      items.map((item) => [item.label, item.detail]),
      [
        ['CLINICAL CASE SUMMARY', 'missing section'],
        ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'section (already in the letter)'],
        ['IMR ISSUES, DECISIONS AND RATIONALES', 'section (already in the letter)'],
      ],
    );
    assert.strictEqual(
      items[0].textEdit?.newText,
      '# CLINICAL CASE SUMMARY\n\nThe expert reviewer developed the following clinical case summary based on a review of the ' +
        'case file, including all medical records:\n$0',
    );
  });

  it('matches headings already begun with "# "', () => {
    const { analysis, position } = atCursor(letter('').replace('# CLINICAL CASE SUMMARY', () => `# CLI${CURSOR}`));
    const item = getCompletions(analysis, position).find((candidate) => candidate.label === 'CLINICAL CASE SUMMARY');
    assert.strictEqual(item?.filterText, '# CLINICAL CASE SUMMARY');
    assert.deepStrictEqual(item?.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined, {
      start: { line: position.line, character: 0 },
      end: position,
    });
  });

  it('offers the missing label lines of an item first, bold when the letter bolds its labels', () => {
    const item = [
      '## 6 acupuncture sessions for the neck: Upheld',
      '',
      '**MAXIMUS guideline:** Decision based on MTUS Acupuncture Medical Treatment Guidelines.',
      '',
      '$$CURSOR$$',
    ].join('\n');
    const { analysis, position } = atCursor(letter(item));
    const items = getCompletions(analysis, position);
    assert.deepStrictEqual(
      items.map((candidate) => [candidate.label, candidate.sortText, candidate.textEdit?.newText]),
      [
        ['Claims Administrator guideline:', '00', '**Claims Administrator guideline:** $0'],
        ['MAXIMUS guideline:', '11', '**MAXIMUS guideline:** $0'],
        ['Decision rationale:', '02', '**Decision rationale:** $0'],
      ],
    );
  });

  for (const [era, urDate] of [
    ['2009', '02/10/2015'],
    ['2016', '10/10/2016'],
  ]) {
    it(`offers citations that the checker reads back as known guidelines (${era} grammar)`, () => {
      const item = (citation: string) =>
        [
          '## 12 chiropractic treatments for the low back: Upheld',
          '',
          `**Claims Administrator guideline:** ${citation}`,
          '',
          `**MAXIMUS guideline:** ${citation}`,
          '',
          '**Decision rationale:** The request is not medically necessary.',
        ].join('\n');
      const { analysis, position } = atCursor(letter(item('$$CURSOR$$'), { urDate }));
      const citations = getCompletions(analysis, position).map((candidate) => candidate.label);
      assert.ok(citations.length > 0);
      for (const citation of citations) {
        const checked = analyze(letter(item(citation), { urDate }));
        const citationRules = checked.findings.filter(
          (finding) => finding.rule.startsWith('citation-') || finding.rule === 'unknown-guideline',
        );
        assert.deepStrictEqual(
          citationRules.map((finding) => `${finding.rule}: ${finding.message}`),
          [],
          citation,
        );
      }
    });
  }

  it('offers the criteria sentence in the rationale of a criteria-governed item, the text the criteria-not-shown fix inserts', () => {
    const item = `## MRI of the lumbar spine: Overturned\n\n**Decision rationale:** ${CURSOR}The request is medically necessary.`;
    const { analysis, position } = atCursor(letter(item));
    const mri = builtInKnowledge().criteria.find((entry) => entry.id === 'acoem-mri-lumbar')!;
    const offered = getCompletions(analysis, position);
    assert.deepStrictEqual(
      offered.map((candidate) => [candidate.label, candidate.detail]),
      [
        [
          mri.criteriaSentence,
          `MTUS ACOEM Low Back Complaints (2004), Chapter 12: ${mri.source.section}, pages ${mri.source.pages} (seen in published letters)`,
        ],
      ],
    );
    const fix = analysis.findings.find((finding) => finding.rule === 'criteria-not-shown')?.fixes[0];
    assert.strictEqual(fix?.changes[0].newText, `${expandSnippet(offered[0].insertText ?? '')} `);
  });

  it('offers no completion in the middle of a sentence outside items', () => {
    const { analysis, position } = atCursor(
      letter('').replace('injured his neck', () => `injured 42 his${CURSOR} neck`),
    );
    assert.deepStrictEqual(getCompletions(analysis, position), []);
  });
});

describe('features: letter template', () => {
  it('fills the reviewer’s credentials from the settings and draws no finding with its defaults', () => {
    const template = letterTemplate(builtInKnowledge(), {
      licensure: ['California', 'Nevada'],
      specialty: 'Chiropractor',
    });
    const text = expandSnippet(template);
    assert.ok(
      text.includes('- State(s) of Licensure: California,Nevada\n- Certification(s)/Specialty: Chiropractor\n'),
    );
    assert.deepStrictEqual(
      analyze(text).findings.map((finding) => finding.rule),
      [],
    );
  });
});
