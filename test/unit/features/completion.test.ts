import * as assert from 'assert';
import { builtInKnowledge } from '../../../server/core';
import { getCompletions, getHover, letterTemplate } from '../../../server/core/features';
import { guidelineName } from '../../../server/core/knowledge/item/applicable';
import { entryInForce } from '../../../server/core/knowledge';
import { CURSOR, analyze, atCursor, expandSnippet, letter } from './helpers';
import { TEMPLATE_FILL } from './template-fill';

describe('features: completion', () => {
  it('offers only the missing section headings at top level, as skeletons with their lead paragraph', () => {
    const text = letter('').replace(/# CLINICAL CASE SUMMARY[\s\S]*?(?=# IMR ISSUES)/, () => `${CURSOR}\n\n`);
    const { analysis, position } = atCursor(text);
    const items = getCompletions(analysis, position).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepStrictEqual(
      items.map((item) => [item.label, item.detail]),
      [['CLINICAL CASE SUMMARY', 'missing section']],
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

  it('offers only the label lines an item lacks, bold when the letter bolds its labels', () => {
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
        ['Claims Administrator guideline:', '0', '**Claims Administrator guideline:** $0'],
        ['Decision rationale:', '2', '**Decision rationale:** $0'],
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

  it('offers the criteria sentence, by a short name, in the rationale of a criteria-governed item: the text the criteria-not-shown fix inserts', () => {
    const item = `## MRI of the lumbar spine: Overturned\n\n**Decision rationale:** ${CURSOR}The request is medically necessary.`;
    const { analysis, position } = atCursor(letter(item));
    const mri = builtInKnowledge().criteria.find((entry) => entry.id === 'acoem-mri-lumbar')!;
    const offered = getCompletions(analysis, position);
    assert.deepStrictEqual(
      offered.map((candidate) => [candidate.label, candidate.detail]),
      [
        [
          'ACOEM MRI/CT scan criteria',
          `MTUS ACOEM Low Back Complaints (2004), Chapter 12: ${mri.source.section}, pages ${mri.source.pages} (seen in published letters)`,
        ],
      ],
    );
    assert.deepStrictEqual(offered[0].documentation, { kind: 'markdown', value: `> ${mri.criteriaSentence}` });
    const fix = analysis.findings.find((finding) => finding.rule === 'criteria-not-shown')?.fixes[0];
    assert.strictEqual(fix?.changes[0].newText, `${expandSnippet(offered[0].insertText ?? '')} `);
  });

  it('offers passages in a rationale only when asked for, never on a typed trigger character', () => {
    const item = `## MRI of the lumbar spine: Overturned\n\n**Decision rationale:** The guideline says:${CURSOR}`;
    const { analysis, position } = atCursor(letter(item));
    assert.deepStrictEqual(getCompletions(analysis, position, { triggerKind: 2 }), []);
    assert.deepStrictEqual(
      getCompletions(analysis, position, { triggerKind: 1 }).map((candidate) => candidate.label),
      ['ACOEM MRI/CT scan criteria'],
    );
  });

  it('offers no passage of a superseded edition in a letter of today, even for an item nothing judges', () => {
    const item = `## MRI of the brain: Upheld\n\n**Decision rationale:** ${CURSOR}`;
    const knowledge = builtInKnowledge();
    const { analysis, position } = atCursor(letter(item, { urDate: '12/29/2025' }));
    const offered = getCompletions(analysis, position, { triggerKind: 1 });
    assert.ok(offered.length > 0);
    // Each passage's detail opens with its guideline's name.
    const superseded = new Set(
      knowledge.limits
        .filter((limit) => !entryInForce(knowledge, limit, analysis.era))
        .map((limit) => guidelineName(knowledge, limit.guideline)),
    );
    const guidelineOf = (detail: string | undefined) => detail?.split(': ')[0] ?? '';
    assert.deepStrictEqual(
      offered.filter((candidate) => superseded.has(guidelineOf(candidate.detail))).map((c) => c.detail),
      [],
    );
    assert.ok(
      offered.some((candidate) => candidate.label.startsWith('MTUS acupuncture')),
      'the 2007 acupuncture text is still in force',
    );
  });

  it('offers no completion in the middle of a sentence outside items', () => {
    const { analysis, position } = atCursor(
      letter('').replace('injured his neck', () => `injured 42 his${CURSOR} neck`),
    );
    assert.deepStrictEqual(getCompletions(analysis, position), []);
  });
});

describe('features: letter template', () => {
  it('argues its item from a guideline in force today, in today’s citation grammar', () => {
    const text = expandSnippet(letterTemplate(builtInKnowledge(), {}));
    assert.ok(
      text.includes(
        '**MAXIMUS guideline:** Decision based on MTUS Acupuncture Medical Treatment 2007, Section(s): 9792.24.1 Acupuncture Medical Treatment Guidelines.\n',
      ),
      text,
    );
    assert.ok(!/Page\(s\)/.test(text), 'no 2009-grammar citation');
  });

  it('carries the header block and marks what only the reviewer knows as placeholders, each a finding', () => {
    const text = expandSnippet(letterTemplate(builtInKnowledge(), {}));
    assert.ok(text.startsWith('**Case Number:** [case number]\n**Date Assigned:** MM/DD/YYYY\n'), text);
    assert.ok(text.includes('**Priority:** Standard\n'), text);
    assert.ok(
      text.includes('\n- State(s) of Licensure: \n- Certification(s)/Specialty: \n'),
      'no invented credentials',
    );
    const findings = analyze(text).findings;
    assert.deepStrictEqual(
      findings
        .filter((finding) => finding.rule === 'unfilled-placeholder')
        .map((f) => text.slice(f.span.start, f.span.end)),
      TEMPLATE_FILL.map(([placeholder]) => placeholder),
    );
    assert.deepStrictEqual(
      findings.filter((finding) => finding.rule !== 'unfilled-placeholder').map((finding) => finding.rule),
      ['missing-credentials'],
    );
  });

  it('fills the reviewer’s credentials from the settings and draws no finding once the placeholders are replaced', () => {
    const template = letterTemplate(builtInKnowledge(), {
      licensure: ['California', 'Nevada'],
      specialty: 'Chiropractor',
    });
    const text = TEMPLATE_FILL.reduce(
      (filled, [placeholder, value]) => filled.replace(placeholder, value),
      expandSnippet(template),
    );
    assert.ok(
      text.includes('- State(s) of Licensure: California,Nevada\n- Certification(s)/Specialty: Chiropractor\n'),
    );
    assert.deepStrictEqual(
      analyze(text).findings.map((finding) => finding.rule),
      [],
    );
  });

  it('written today, with a drug item added, draws no era finding and shows the drug’s MTUS Drug List status on hover', () => {
    // Dates relative to the day the test runs: the letter is decided today, its UR denial weeks before.
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
    const us = (date: Date) =>
      `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`;
    // Header order: assigned, decided, injury, UR denial, application received.
    const dates = [day(25), day(0), day(300), day(45), day(30)].map(us);
    const fill = TEMPLATE_FILL.map(([placeholder, value]): readonly [string, string] =>
      placeholder === 'MM/DD/YYYY' ? [placeholder, dates.shift() ?? value] : [placeholder, value],
    );
    const template = letterTemplate(builtInKnowledge(), { licensure: ['California'], specialty: 'Psychiatry' });
    const drugItem = [
      '',
      '## Duloxetine 30 mg #30: Overturned',
      '',
      '**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.',
      '',
      '**MAXIMUS guideline:** The Expert Reviewer did not cite any medical evidence for its decision.',
      '',
      '**Decision rationale:** Depressed mood with neuropathic leg pain is documented. The request is medically necessary.',
      '',
    ].join('\n');
    const text =
      fill.reduce((filled, [placeholder, value]) => filled.replace(placeholder, value), expandSnippet(template)) +
      drugItem;
    const analysis = analyze(text);
    assert.deepStrictEqual(
      analysis.findings.map((finding) => finding.rule),
      [],
    );
    const offset = text.indexOf('Duloxetine') + 2;
    const hover = getHover(analysis, analysis.determination.lines.positionAt(offset));
    const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
    const urDate = day(45).toISOString().slice(0, 10);
    assert.ok(
      value.includes(
        'MTUS Drug List (8 CCR 9792.27.15): **Exempt** on list v.7, effective 2020-11-01 (verified against a public source). ' +
          `Later updates may change it: check the list in force on ${urDate}.`,
      ),
      value,
    );
  });
});
