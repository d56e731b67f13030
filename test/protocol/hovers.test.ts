import * as assert from 'assert';
import type { Diagnostic, Hover } from 'vscode-languageserver/node';
import { letter } from '../unit/features/helpers';
import { ServerSession, fixtureUri } from './harness';

/**
 * Hovers as the bundled server answers them, on letters written here: one item each, the cursor
 * on a word of it.
 */
describe('protocol: hovers on limits, criteria and opioid doses', () => {
  let session: ServerSession;
  let opened = 0;

  before(async () => {
    session = await ServerSession.start();
  });
  after(() => session.stop());

  /** Opens a letter with the item and returns its uri and the position inside `word` (its third character). */
  async function openItem(item: string, word: string) {
    const uri = fixtureUri(`hover-${++opened}.imr.md`);
    const text = letter(item);
    await session.open(uri, text);
    const offset = text.indexOf(word) + 2;
    const before = text.slice(0, offset).split('\n');
    return { uri, position: { line: before.length - 1, character: before[before.length - 1].length } };
  }

  async function hoverOn(item: string, word: string): Promise<string> {
    const { uri, position } = await openItem(item, word);
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
  }

  it('a physical therapy title: the limits that fit the item first, the others folded under "Other conditions"', async () => {
    const text = await hoverOn(
      '## Physical therapy 2 times a week for 6 weeks for the lumbar spine: Upheld\n\n' +
        '**Decision rationale:** The request is not medically necessary.',
      'Physical',
    );
    const fit = text.indexOf('\n\nFit this item on 2015-02-10:\n\n');
    const sprain = text.indexOf(
      '- Official Disability Guidelines (ODG): **up to 10 visits over 8 weeks** (Lumbar sprain/strain',
    );
    const others = text.indexOf('\n\n**Other conditions**:\n\n');
    const fusion = text.indexOf(
      '- MTUS Postsurgical Treatment Guidelines (2009): up to 34 visits over 16 weeks (Spinal fusion)',
    );
    const neck = text.indexOf('neck');
    assert.ok(0 < fit && fit < sprain && sprain < others && others < fusion, text);
    assert.strictEqual(neck, -1, 'no neck entry: the item is a low back one');
    assert.ok(!text.slice(others).includes('  > '), 'folded entries carry no passage');
  });

  it('an MRI citation: the criteria the title hover shows, not "no limit"', async () => {
    const text = await hoverOn(
      '## MRI of the lumbar spine: Overturned\n\n' +
        '**Claims Administrator guideline:** Decision based on MTUS ACOEM Practice Guidelines, Low Back Complaints, Chapter 12, page 303.\n\n' +
        '**Decision rationale:** The request is medically necessary.',
      'ACOEM Practice',
    );
    assert.ok(
      text.includes(
        'No visit or dose limit for MRI (low back (lumbar spine)) under this guideline; the item is judged by its criteria:\n\n' +
          '**Criteria: Special Studies** (MTUS ACOEM Low Back Complaints (2004), Chapter 12)\n' +
          '- red flags (cauda equina, tumor, infection, fracture)\n',
      ),
      text,
    );
  });

  it('an opioid title with a strength but no frequency says so, quoting the strength', async () => {
    const text = await hoverOn(
      '## Norco 10/325 mg #120: Overturned\n\n**Decision rationale:** The request is medically necessary.',
      'Norco',
    );
    assert.ok(
      text.includes(
        'The title gives the strength ("10/325 mg") but no frequency, so no morphine equivalent dose per day is computed.',
      ),
      text,
    );
  });

  it('an opioid written "six times daily": 270 mg MME a day in the hover and a finding against the threshold', async () => {
    const item =
      '## Oxycodone 30 mg six times daily #180: Overturned\n\n**Decision rationale:** The request is medically necessary.';
    const text = await hoverOn(item, 'Oxycodone');
    assert.ok(
      text.includes(
        'As requested: **270 mg oral morphine equivalents per day** (read from "30 mg", "six times daily").\n\n' +
          'Thresholds in force on 2015-02-10: MTUS Chronic Pain Medical Treatment Guidelines (2009): 120 mg (unverified).',
      ),
      text,
    );
    const diagnostics: Diagnostic[] = await session.diagnostics(fixtureUri(`hover-${opened}.imr.md`), 1);
    const dose = diagnostics.find((diagnostic) => diagnostic.code === 'exceeds-guideline-limit');
    assert.strictEqual(
      dose?.message,
      'The item "Oxycodone 30 mg six times daily #180" is Overturned for about 270 mg oral morphine equivalents a day, ' +
        'above the 120 mg threshold of MTUS Chronic Pain Medical Treatment Guidelines (2009) (Opioids, dosing).',
    );
    assert.deepStrictEqual(dose?.range, { start: { line: 20, character: 3 }, end: { line: 20, character: 39 } });
  });

  it('spelled and Latin sigs are read alike: "1 tab po q6h prn" and "every 4 to 6 hours" give a dose', async () => {
    const q6h = await hoverOn(
      '## Norco 10/325 mg 1 tab po q6h prn #120: Overturned\n\n**Decision rationale:** The request is medically necessary.',
      'Norco',
    );
    assert.ok(
      q6h.includes(
        'As requested: **40 mg oral morphine equivalents per day** (read from "10/325 mg", "1 tab po", "q6h").',
      ),
      q6h,
    );
    const range = await hoverOn(
      '## Oxycodone 15 mg every 4 to 6 hours: Overturned\n\n**Decision rationale:** The request is medically necessary.',
      'Oxycodone',
    );
    assert.ok(
      range.includes(
        'As requested: **90-135 mg oral morphine equivalents per day** (read from "15 mg", "every 4 to 6 hours").\n\n' +
          'The dose finding judges by the lower figure.',
      ),
      range,
    );
  });
});
