import * as assert from 'assert';
import { parseDetermination } from '../../../server/core';
import { builtInKnowledge, definitionsFor, letterEra } from '../../../server/core/knowledge';

const kb = builtInKnowledge();

const OMFS_WORDING = 'evaluation and management visit billed under the Official Medical Fee Schedule';
const CURRENT_WORDING = 'documented as part of the medical evaluation and treatment';

/** A letter of the given UR date whose rationale cites functional improvement as written. */
function letter(urDate: string, reference: string): string {
  return (
    'CLINICAL CASE SUMMARY\n' +
    `The patient has neck pain. The utilization review determination being challenged is dated ${urDate}.\n\n` +
    'IMR ISSUES, DECISIONS AND RATIONALES\n' +
    '6 acupuncture visits: Upheld\n' +
    'MAXIMUS guideline: Decision based on MTUS Acupuncture Treatment Guidelines.\n' +
    `Decision rationale: No functional improvement as defined in ${reference} is documented. The request is not medically necessary.\n`
  );
}

/** The texts definitionsFor gives for the letter's one regulation reference, on the letter's date. */
function definedTexts(text: string): string[] {
  const determination = parseDetermination(text, kb);
  const [ref] = determination.regulationRefs;
  return definitionsFor(kb, ref.section, ref.subdivision, letterEra(determination, kb).date).map(
    (definition) => definition.text,
  );
}

describe("definitionsFor on the letter's era", () => {
  const cases: Array<[string, string, string]> = [
    ['2015-03-02', '8 CCR 9792.20(f)', OMFS_WORDING],
    ['2016-10-24', 'Section 9792.20(f)', OMFS_WORDING],
    ['2015-03-02', 'Section 9792.20(ef)', OMFS_WORDING],
    ['2018-02-05', '8 CCR 9792.20(e)', CURRENT_WORDING],
    ['2018-02-05', 'Section 9792.20(ef)', CURRENT_WORDING],
  ];
  for (const [urDate, reference, wording] of cases) {
    it(`"${reference}" in a letter of ${urDate} is functional improvement in that era's wording`, () => {
      const texts = definedTexts(letter(urDate.replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$2/$3/$1'), reference));
      assert.strictEqual(texts.length, 1);
      assert.ok(texts[0].includes(wording), texts[0]);
    });
  }

  it('reads "(e)" in a 2009-2017 letter as that era\'s (e), "evidence-based"', () => {
    const [text] = definedTexts(letter('03/02/2015', '8 CCR 9792.20(e)'));
    assert.match(text, /defines "evidence-based"/);
  });

  it('has no (f) functional improvement after December 2017', () => {
    assert.deepStrictEqual(definedTexts(letter('02/05/2018', '8 CCR 9792.20(f)')), []);
  });
});
