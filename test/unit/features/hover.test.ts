import * as assert from 'assert';
import { getHover } from '../../../server/core/features';
import { CURSOR, atCursor, letter } from './helpers';

/** The hover with the cursor inside `word` (after its first two characters) in an item block. */
function hoverIn(item: string, word: string, options: { urDate?: string } = {}): { value: string; range: unknown } | undefined {
  const marked = item.replace(word, () => `${word.slice(0, 2)}${CURSOR}${word.slice(2)}`);
  const { analysis, position } = atCursor(letter(marked, options));
  const hover = getHover(analysis, position);
  return hover && { value: (hover.contents as { value: string }).value, range: hover.range };
}

const RATIONALE = '**Decision rationale:** The request is medically necessary.';

describe('features: hover', () => {
  it('on an opioid in a title: class, stance, the morphine equivalents requested and the criteria', () => {
    const hover = hoverIn(`## Norco 10/325mg q6h #120: Overturned\n\n${RATIONALE}`, 'Norco');
    assert.deepStrictEqual(hover?.range, { start: { line: 20, character: 3 }, end: { line: 20, character: 8 } });
    assert.ok(hover?.value.startsWith('**Hydrocodone/acetaminophen** (opioid)\n\n'), hover?.value);
    assert.ok(hover?.value.includes('As requested: **40 mg oral morphine equivalents per day** (thresholds: '), hover?.value);
    assert.ok(hover?.value.includes('**Criteria: Opioids, on-going management**'), hover?.value);
  });

  it('on a study in a title: the criteria a rationale approving it should show', () => {
    const hover = hoverIn(`## MRI of the lumbar spine: Overturned\n\n${RATIONALE}`, 'MRI');
    assert.ok(hover?.value.startsWith('**MRI (low back (lumbar spine))**\n\n**Criteria: Special Studies**'), hover?.value);
    assert.ok(hover?.value.includes('- red flags (cauda equina, tumor, infection, fracture)'), hover?.value);
  });

  it('on Overturned without a conclusion: what the rationale still has to say', () => {
    const hover = hoverIn('## 6 acupuncture sessions for the neck: Overturned\n\n**Decision rationale:** Pending.', 'Overturned');
    assert.strictEqual(
      hover?.value,
      '**Overturned**: the expert reviewer reverses utilization review; the disputed treatment is medically necessary ' +
        'and is to be authorized.\n\nThe rationale must conclude that the request **is medically necessary**.\n\n' +
        'This rationale does not yet say whether the request is medically necessary.',
    );
  });

  it('on a guideline the knowledge base does not know: says so', () => {
    const item = `## 6 acupuncture sessions for the neck: Upheld\n\n**MAXIMUS guideline:** Decision based on Non-MTUS Citation Journal of Acupuncture Wishes.\n\n${RATIONALE}`;
    const hover = hoverIn(item, 'Journal');
    assert.strictEqual(
      hover?.value,
      '**Journal of Acupuncture Wishes** (Non-MTUS)\n\nThis guideline is not in the knowledge base, so its limits cannot be shown.',
    );
  });

  it('on "9792.20(e)" in a 2015 letter: that era’s (e), which points to (f) for functional improvement', () => {
    const item = `## 6 acupuncture sessions for the neck: Upheld\n\n**Decision rationale:** As defined in labor code 9792.20(e), no improvement. The request is not medically necessary.`;
    const hover = hoverIn(item, '9792.20(e)', { urDate: '02/10/2015' });
    assert.ok(hover?.value.startsWith('**labor code 9792.20(e)**\n\n- **8 CCR 9792.20(e)**, "Evidence-based" (in force 2009-07-18 to 2017-11-30)'), hover?.value);
    assert.ok(hover?.value.includes('functional improvement is subdivision (f)'), hover?.value);
  });

  it('on "Labor Code 4610.5(c)(2)": the standards of medical necessity, in their order', () => {
    const item = `## 6 acupuncture sessions for the neck: Upheld\n\n**Decision rationale:** Under Labor Code 4610.5(c)(2), MTUS comes first. The request is not medically necessary.`;
    const hover = hoverIn(item, '4610.5(c)(2)');
    assert.ok(hover?.value.startsWith('**Labor Code 4610.5(c)(2)**\n\n- **Labor Code 4610.5(c)(2)**'), hover?.value);
  });
});
