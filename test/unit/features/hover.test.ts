import * as assert from 'assert';
import { getHover } from '../../../server/core/features';
import { CURSOR, analyze, atCursor, letter } from './helpers';

/** The hover with the cursor inside `word` (after its first two characters) in an item block. */
function hoverIn(
  item: string,
  word: string,
  options: { urDate?: string } = {},
): { value: string; range: unknown } | undefined {
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
    assert.ok(
      hover?.value.includes(
        'As requested: **40 mg oral morphine equivalents per day** (read from "10/325mg", "q6h").\n\n' +
          'Thresholds in force on 2015-02-10: MTUS Chronic Pain Medical Treatment Guidelines (2009): 120 mg (unverified).\n\n' +
          'Not in force on 2015-02-10: MTUS Opioids Treatment Guidelines (2016): 80 mg (unverified); ' +
          'MTUS ACOEM Opioids Guideline (since 2017-12-01): 100 mg (unverified).',
      ),
      hover?.value,
    );
    assert.ok(
      hover?.value.includes(
        '**Criteria: Opioids, on-going management** (MTUS Chronic Pain Medical Treatment Guidelines (2009))',
      ),
      hover?.value,
    );
  });

  it('on an opioid in a 2017 letter: the thresholds and the criteria edition the findings judge by', () => {
    const hover = hoverIn(`## Norco 10/325mg q6h #120: Overturned\n\n${RATIONALE}`, 'Norco', { urDate: '03/10/2017' });
    assert.ok(
      hover?.value.includes(
        'Thresholds in force on 2017-03-10: MTUS Opioids Treatment Guidelines (2016): 80 mg (unverified).\n\n' +
          'Not in force on 2017-03-10: MTUS Chronic Pain Medical Treatment Guidelines (2009): 120 mg (unverified); ' +
          'MTUS ACOEM Opioids Guideline (since 2017-12-01): 100 mg (unverified).',
      ),
      hover?.value,
    );
    // Criteria are kept under the 2009 CPMTG; the hover names the edition in force, as the finding does.
    const edition = 'MTUS Chronic Pain Medical Treatment Guidelines (2016)';
    assert.ok(hover?.value.includes(`**Criteria: Opioids, on-going management** (${edition})`), hover?.value);
    const finding = analyze(
      letter(`## Norco 10/325mg q6h #120: Overturned\n\n${RATIONALE}`, { urDate: '03/10/2017' }),
    ).findings.find((candidate) => candidate.rule === 'criteria-not-shown');
    assert.ok(
      finding?.message.includes(`none of the criteria of ${edition} (Opioids, on-going management)`),
      finding?.message,
    );
  });

  it('on a drug in a letter of today: its MTUS Drug List status, with the list version and date it comes from', () => {
    const hover = hoverIn(`## Norco 10/325mg q6h #120: Upheld\n\n${RATIONALE}`, 'Norco', { urDate: '12/29/2025' });
    assert.ok(
      hover?.value.includes(
        'MTUS Drug List (8 CCR 9792.27.15): **Non-Exempt** on list v.1, effective 2018-01-01 (verified against a public source). ' +
          'Later updates may change it: check the list in force on 2025-12-29.\n',
      ),
      hover?.value,
    );
    const before = hoverIn(`## Norco 10/325mg q6h #120: Upheld\n\n${RATIONALE}`, 'Norco');
    assert.ok(before?.value.includes('The list postdates this letter (2015-02-10).'), before?.value);
  });

  it('on an antidepressant in a letter of today: Exempt from the list version the public text names', () => {
    const hover = hoverIn(`## Duloxetine 30 mg #30: Overturned\n\n${RATIONALE}`, 'Duloxetine', {
      urDate: '03/02/2026',
    });
    assert.ok(
      hover?.value.includes(
        'MTUS Drug List (8 CCR 9792.27.15): **Exempt** on list v.7, effective 2020-11-01 (verified against a public source). ' +
          'Later updates may change it: check the list in force on 2026-03-02.',
      ),
      hover?.value,
    );
  });

  it('on a drug described from the 2009 guidelines: names that edition, and on a later letter says it is not in force', () => {
    const today = hoverIn(`## Cyclobenzaprine 7.5 mg #60: Upheld\n\n${RATIONALE}`, 'Cyclobenzaprine', {
      urDate: '03/02/2026',
    });
    assert.ok(
      today?.value.includes(
        '_MTUS Chronic Pain Medical Treatment Guidelines (2009) · Cyclobenzaprine (Flexeril), pages 41-42 · ',
      ),
      today?.value,
    );
    assert.ok(
      today?.value.includes(
        'This description is from the MTUS Chronic Pain Medical Treatment Guidelines (2009), which was not in force on ' +
          '2026-03-02; check the guideline in force then.',
      ),
      today?.value,
    );
    // In 2015 the 2009 edition was in force, and in 2017 its 2016 edition: no such note.
    for (const urDate of ['02/10/2015', '03/10/2017']) {
      const then = hoverIn(`## Cyclobenzaprine 7.5 mg #60: Upheld\n\n${RATIONALE}`, 'Cyclobenzaprine', { urDate });
      assert.ok(!then?.value.includes('This description is from'), then?.value);
    }
  });

  it('on a drug whose Drug List status we could not confirm: says so plainly, never a status', () => {
    const hover = hoverIn(`## Cyclobenzaprine 7.5 mg #60: Upheld\n\n${RATIONALE}`, 'Cyclobenzaprine', {
      urDate: '12/29/2025',
    });
    assert.ok(
      hover?.value.includes('MTUS Drug List status: not confirmed in our data — check the current list.'),
      hover?.value,
    );
    assert.ok(!/\*\*(Non-)?Exempt\*\*/.test(hover?.value ?? ''), hover?.value);
  });

  it('on a treatment: the limits that fit the item in full, the others one line each under "Other conditions"', () => {
    const hover = hoverIn(`## 12 physical therapy sessions for the low back: Overturned\n\n${RATIONALE}`, 'physical', {
      urDate: '02/10/2017',
    });
    const value = hover?.value ?? '';
    const fit = value.indexOf('\n\nFit this item on 2017-02-10:\n\n');
    const crps2016 = value.indexOf(
      '- MTUS Chronic Pain Medical Treatment Guidelines (2016): **up to 26 visits over 16 weeks',
    );
    const others = value.indexOf('\n\n**Other conditions**:\n\n');
    const crps2009 = value.indexOf(
      '- MTUS Chronic Pain Medical Treatment Guidelines (2009), not in force on 2017-02-10: up to 24 visits over 16 weeks; 1-3 per week (Reflex sympathetic dystrophy (CRPS) (ICD9 337.2))\n',
    );
    const postsurgical = value.indexOf(
      '- MTUS Postsurgical Treatment Guidelines (2009): up to 34 visits over 16 weeks (Spinal fusion)',
    );
    assert.ok(
      value.startsWith(
        '**Physical therapy (physical medicine) (low back (lumbar spine))**: limits across guidelines\n\nFit this item on',
      ),
      value,
    );
    assert.ok(0 < fit && fit < crps2016 && crps2016 < others && others < crps2009 && others < postsurgical, value);
    // Folded entries carry no passage: only the fitting ones do.
    assert.ok(!value.slice(others).includes('  > '), value);
  });

  it('on a treatment no limit fits: why, and every limit folded', () => {
    // A UR date before the injury leaves the care setting (acute, chronic) unknown.
    const item = `## 12 physical therapy sessions for the low back: Overturned\n\n${RATIONALE}`;
    const value = hoverIn(item, 'physical', { urDate: '01/10/2003' })?.value ?? '';
    assert.ok(
      value.includes(
        '\n\nNo limit fits this item on 2003-01-10: the letter does not say the care setting (acute, chronic, post-operative) the entries are written for.\n\n**Other conditions**:\n\n- ',
      ),
      value,
    );
  });

  it('on a 2009-grammar citation naming the acupuncture guideline after "9792.24.1": that guideline', () => {
    const citation =
      'MTUS Chronic Pain Treatment Guidelines 9792.24.1, Acupuncture Medical Treatment Guidelines Page(s): 13.';
    const item = `## 6 acupuncture sessions for the neck: Upheld\n\n**MAXIMUS guideline:** Decision based on ${citation}\n\n${RATIONALE}`;
    const hover = hoverIn(item, 'Chronic');
    assert.ok(
      hover?.value.startsWith('**MTUS Acupuncture Medical Treatment Guidelines (2007)** (MTUS)\n\n'),
      hover?.value,
    );
  });

  it('on a study in a letter of today: not judged, and why, guideline by guideline, never what an old edition said', () => {
    const hover = hoverIn(`## MRI of the lumbar spine: Overturned\n\n${RATIONALE}`, 'MRI', { urDate: '04/21/2025' });
    assert.strictEqual(
      hover?.value,
      '**MRI (low back (lumbar spine))**\n\nNot judged on 2025-04-21: the entries that fit this item do not hold on ' +
        'that date.\n\n- MTUS ACOEM Low Back Complaints (2004), Chapter 12: not in force on 2025-04-21\n' +
        '- MTUS ACOEM Low Back Disorders Guideline (since 2017-12-01): what it says after 2019-08-10 is not known to us',
    );
    const cold = hoverIn(`## Cold therapy unit after right shoulder arthroscopy: Upheld\n\n${RATIONALE}`, 'Cold', {
      urDate: '06/03/2019',
    });
    assert.ok(
      cold?.value.endsWith(
        '\n\n- Official Disability Guidelines (ODG): what it says after 2017-12-31 is not known to us',
      ),
      cold?.value,
    );
  });

  it('on a treatment in a letter of today: a folded ODG limit says its content then is not known, not that ODG was not in force', () => {
    const item = `## 12 physical therapy sessions for the low back: Overturned\n\n${RATIONALE}`;
    const value = hoverIn(item, 'physical', { urDate: '04/21/2025' })?.value ?? '';
    assert.ok(
      value.includes(
        '\n- Official Disability Guidelines (ODG), what it says after 2017-12-31 is not known to us: up to 10 visits ' +
          'over 8 weeks (Lumbar sprain/strain (ICD9 847.2))\n',
      ),
      value,
    );
    assert.ok(
      value.includes('\n- MTUS Chronic Pain Medical Treatment Guidelines (2009), not in force on 2025-04-21: '),
      value,
    );
  });

  it("on a citation of a guideline that does not hold on the letter's date: its limits one line each, no passage to quote", () => {
    const cited = (citation: string) =>
      `## 12 physical therapy sessions for the low back: Overturned\n\n**MAXIMUS guideline:** Decision based on ${citation}\n\n${RATIONALE}`;
    const name = 'Physical therapy (physical medicine) (low back (lumbar spine))';
    const odg = 'Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Physical therapy.';
    const today = hoverIn(cited(odg), 'Official', { urDate: '04/21/2025' })?.value ?? '';
    assert.ok(
      today.startsWith(
        '**Official Disability Guidelines (ODG)** (Non-MTUS)\n\nCited: Low Back, Physical therapy\n\n' +
          `What it says after 2017-12-31 is not known to us: its limits for ${name} as letters before then quote it, ` +
          'which judge no letter of 2025-04-21:\n\n- up to 10 visits over 8 weeks (Lumbar sprain/strain (ICD9 847.2))\n',
      ),
      today,
    );
    assert.ok(!today.includes('  > '), today);
    const cpmtg = 'MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine.';
    const superseded = hoverIn(cited(cpmtg), 'Chronic', { urDate: '04/21/2025' })?.value ?? '';
    assert.ok(
      superseded.includes(
        `\n\nNot in force on 2025-04-21: its limits for ${name}, which judge no letter of that date:\n\n- up to 9-10 visits`,
      ),
      superseded,
    );
    assert.ok(!superseded.includes('  > '), superseded);
    // In a letter of its own time, the limits are shown in full, passages with them.
    const then = hoverIn(cited(odg), 'Official', { urDate: '04/21/2016' })?.value ?? '';
    assert.ok(then.includes(`\n\nLimits for ${name}:\n\n- **up to 10 visits over 8 weeks**`), then);
    assert.ok(then.includes('  > ODG allows 10 physical therapy visits over 8 weeks'), then);
  });

  it('on a study in a title: the criteria a rationale approving it should show', () => {
    const hover = hoverIn(`## MRI of the lumbar spine: Overturned\n\n${RATIONALE}`, 'MRI');
    assert.ok(
      hover?.value.startsWith('**MRI (low back (lumbar spine))**\n\n**Criteria: Special Studies**'),
      hover?.value,
    );
    assert.ok(hover?.value.includes('- red flags (cauda equina, tumor, infection, fracture)'), hover?.value);
  });

  it('on a study in a letter of the ACOEM-based MTUS: the edition it knows, its section and its confidence', () => {
    const item = `## MRI of the lumbar spine: Overturned\n\n${RATIONALE}`;
    const hover = hoverIn(item, 'MRI', { urDate: '04/10/2018' })?.value ?? '';
    assert.ok(
      hover.includes(
        '**Criteria: Diagnostic and other testing** (MTUS ACOEM Low Back Disorders Guideline (since 2017-12-01))\n' +
          '- red flags of potentially serious disease (fever, major trauma, cauda equina, tumor, infection, fracture)\n' +
          '- symptoms persisting without improvement after the first 4 to 6 weeks\n',
      ),
      hover,
    );
    assert.ok(
      hover.includes(
        '_Low Back Disorders Guideline, Summary of Recommendations (imaging and other tests) · verified against a public source_',
      ),
      hover,
    );
    // After the edition it was read from was updated, nothing is said to judge the item.
    const later = hoverIn(item, 'MRI', { urDate: '04/10/2022' })?.value ?? '';
    assert.ok(!later.includes('Diagnostic and other testing'), later);
  });

  it('on a conclusion: how it was read, so the reviewer sees why', () => {
    const item =
      '## 6 acupuncture sessions for the neck: Upheld\n\n**Decision rationale:** The request is not regarded as medically necessary.';
    assert.strictEqual(
      hoverIn(item, 'regarded')?.value,
      '**Read as: not medically necessary, explicit** (a direct statement about this request, checked against the ' +
        'decision).\n\nThis conclusion fits the decision **Upheld**. The item is Upheld.',
    );
    const implied =
      '## 6 acupuncture sessions for the neck: Upheld\n\n**Decision rationale:** Guideline criteria are met. Further care is not recommended.';
    assert.ok(hoverIn(implied, 'recommended')?.value.startsWith('**Read as: not medically necessary, implied**'));
    const decisionWords =
      '## 6 acupuncture sessions for the neck: Overturned\n\n**Decision rationale:** Thus, the request is not certified.';
    assert.strictEqual(
      hoverIn(decisionWords, 'certified')?.value,
      "**Read as: not medically necessary, implied** (the decision's own words about this request; a contradiction " +
        'with the decision is only a warning).\n\nThis conclusion fits the decision **Upheld**. The item is Overturned.',
    );
  });

  it('on Overturned without a conclusion: what the rationale still has to say', () => {
    const hover = hoverIn(
      '## 6 acupuncture sessions for the neck: Overturned\n\n**Decision rationale:** Pending.',
      'Overturned',
    );
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
    assert.ok(
      hover?.value.startsWith(
        '**labor code 9792.20(e)**\n\n- **8 CCR 9792.20(e)**, "Evidence-based" (in force 2009-07-18 to 2017-11-30)',
      ),
      hover?.value,
    );
    assert.ok(hover?.value.includes('functional improvement is subdivision (f)'), hover?.value);
  });

  it('on "Labor Code 4610.5(c)(2)": the standards of medical necessity, in their order', () => {
    const item = `## 6 acupuncture sessions for the neck: Upheld\n\n**Decision rationale:** Under Labor Code 4610.5(c)(2), MTUS comes first. The request is not medically necessary.`;
    const hover = hoverIn(item, '4610.5(c)(2)');
    assert.ok(hover?.value.startsWith('**Labor Code 4610.5(c)(2)**\n\n- **Labor Code 4610.5(c)(2)**'), hover?.value);
  });
});
