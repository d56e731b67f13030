import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDetermination } from '../../../server/core';
import { builtInKnowledge, letterEra } from '../../../server/core/knowledge';

const kb = builtInKnowledge();
const ERAS = path.resolve(__dirname, '../../../../test/fixtures/rules/eras');

const eraOf = (text: string) => letterEra(parseDetermination(text, kb), kb);

/** An undated letter whose one item cites the given MAXIMUS guideline line. */
function undated(citation: string): string {
  return (
    'IMR ISSUES, DECISIONS AND RATIONALES\n' +
    '6 chiropractic visits for the low back: Overturned\n' +
    `MAXIMUS guideline: ${citation}\n` +
    'Decision rationale: A first trial is reasonable. The request is medically necessary.\n'
  );
}

describe('letterEra', () => {
  const fixtures: Array<[string, object]> = [
    ['era-2009-pages.imr.md', { date: '2015-03-02', source: 'case-summary-ur-date', edition: '2009' }],
    ['era-2016-sections.txt', { date: '2016-11-03', source: 'case-summary-ur-date', edition: '2016' }],
    ['era-acoem-2018.imr.md', { date: '2018-01-09', source: 'ur-denial-date', edition: '2017' }],
  ];
  for (const [file, expected] of fixtures) {
    it(`dates ${file} by its UR date`, () => {
      assert.deepStrictEqual(eraOf(fs.readFileSync(path.join(ERAS, file), 'utf8')), expected);
    });
  }

  it('falls back on the decision date', () => {
    const text =
      '**Decision Date:** 08/15/2016\n\n' + undated('Decision based on MTUS Acupuncture Treatment Guidelines.');
    assert.deepStrictEqual(eraOf(text), { date: '2016-08-15', source: 'decision-date', edition: '2016' });
  });

  it("reads an undated letter's era from its citation grammar", () => {
    const pages = undated(
      'Decision based on MTUS Chronic Pain Treatment Guidelines Manual therapy & manipulation Page(s): 58-59.',
    );
    const sections = undated(
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Manual therapy & manipulation.',
    );
    assert.deepStrictEqual(eraOf(pages), { source: 'citations', edition: '2009' });
    assert.deepStrictEqual(eraOf(sections), { source: 'citations', edition: '2016' });
    assert.deepStrictEqual(eraOf(undated('Decision based on MTUS Acupuncture Treatment Guidelines.')), {
      source: 'unknown',
    });
  });
});
