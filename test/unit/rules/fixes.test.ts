import * as assert from 'assert';
import { checkText, defaultConfig } from '../../../server/core';
import type { KnowledgeBase } from '../../../server/core/knowledge/types';
import { applyFix } from './harness';
import { miniKnowledge } from './mini-knowledge';

/** The text after applying a fix (by index, or the one whose title has the words) of the only finding of `rule`. */
function fixed(text: string, rule: string, which: number | string = 0, knowledge?: KnowledgeBase): string {
  const config = { ...defaultConfig(), reviewer: { licensure: ['California'], specialty: 'Internal Medicine' } };
  const findings = checkText(text, { config, knowledge }).findings.filter((finding) => finding.rule === rule);
  assert.strictEqual(findings.length, 1, `one ${rule} finding expected, got ${findings.length}`);
  const { fixes } = findings[0];
  const fix = typeof which === 'number' ? fixes[which] : fixes.find((candidate) => candidate.title.includes(which));
  assert.ok(fix, `no fix ${which} among: ${fixes.map((candidate) => candidate.title).join(' | ')}`);
  return applyFix(text, fix);
}

const HOW =
  '# HOW THE IMR FINAL DETERMINATION WAS MADE\n\nThe Expert Reviewer has the following credentials:\n\n- State(s) of Licensure: California\n- Certification(s)/Specialty: Chiropractor\n\n';
const SUMMARY =
  '# CLINICAL CASE SUMMARY\n\nThe patient is a 40 year old male injured on 01/05/2015. The utilization review determination being challenged is dated 03/02/2015.\n\n';
const DECISIONS = '# IMR ISSUES, DECISIONS AND RATIONALES\n\n';
const ENTRIES =
  '**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.\n\n' +
  '**MAXIMUS guideline:** Decision based on MTUS Acupuncture Treatment Guidelines.\n\n';

function letter(item: string): string {
  return HOW + SUMMARY + DECISIONS + item;
}

describe('rule fixes write exactly', () => {
  it('missing-section: the heading and lead sentence, before the next section', () => {
    const text =
      HOW +
      DECISIONS +
      '## 6 acupuncture visits: Upheld\n\n' +
      ENTRIES +
      '**Decision rationale:** No trial is documented. The request is not medically necessary.\n';
    const expected =
      HOW +
      '# CLINICAL CASE SUMMARY\n\nThe expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:\n\n' +
      DECISIONS +
      '## 6 acupuncture visits: Upheld\n\n' +
      ENTRIES +
      '**Decision rationale:** No trial is documented. The request is not medically necessary.\n';
    assert.strictEqual(fixed(text, 'missing-section'), expected);
  });

  it('missing-credentials: the value after an empty label', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n' +
        ENTRIES +
        '**Decision rationale:** The request is not medically necessary.\n',
    ).replace('Specialty: Chiropractor', 'Specialty:');
    assert.ok(fixed(text, 'missing-credentials').includes('- Certification(s)/Specialty: Internal Medicine\n'));
  });

  it('missing-decision: ": Overturned" after the title, from an explicit conclusion', () => {
    const text = letter(
      '## 6 acupuncture visits\n\n' +
        ENTRIES +
        '**Decision rationale:** A first trial is reasonable. The request is medically necessary.\n',
    );
    assert.ok(fixed(text, 'missing-decision').includes('## 6 acupuncture visits: Overturned\n'));
  });

  it('decision-contradicts-rationale: the decision, or the conclusion phrase', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n' +
        ENTRIES +
        '**Decision rationale:** A first trial is reasonable. The request is medically necessary.\n',
    );
    assert.ok(fixed(text, 'decision-contradicts-rationale', 0).includes('## 6 acupuncture visits: Overturned\n'));
    assert.ok(fixed(text, 'decision-contradicts-rationale', 1).endsWith('The request is not medically necessary.\n'));
  });

  it("decision-contradicts-rationale: an elliptical answer's negation, dropped", () => {
    const text = letter(
      '## 6 acupuncture visits: Overturned\n\n' +
        ENTRIES +
        '**Decision rationale:** The question is whether acupuncture is medically necessary. It is not.\n',
    );
    assert.ok(
      fixed(text, 'decision-contradicts-rationale', 1).endsWith(
        'The question is whether acupuncture is medically necessary. It is.\n',
      ),
    );
  });

  it("decision-contradicts-rationale: a stranded clause's negation, dropped", () => {
    const text = letter(
      '## 6 acupuncture visits: Overturned\n\n' +
        ENTRIES +
        '**Decision rationale:** Although massage has been found medically necessary, the acupuncture has not.\n',
    );
    assert.ok(
      fixed(text, 'decision-contradicts-rationale', 1).endsWith(
        'Although massage has been found medically necessary, the acupuncture has.\n',
      ),
    );
  });

  it('missing-conclusion: the sentence matching the decision', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n' + ENTRIES + '**Decision rationale:** No trial response is documented.\n',
    );
    assert.ok(
      fixed(text, 'missing-conclusion').endsWith(
        'No trial response is documented. The request is not medically necessary.\n',
      ),
    );
  });

  it('missing-conclusion: closes a rationale cut off mid-sentence before the conclusion', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n' + ENTRIES + '**Decision rationale:** No trial response is documented and\n',
    );
    assert.ok(
      fixed(text, 'missing-conclusion').endsWith('is documented and. The request is not medically necessary.\n'),
    );
  });

  it('missing-credentials: a value for an empty last label, then the missing line, in that order', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n' +
        ENTRIES +
        '**Decision rationale:** The request is not medically necessary.\n',
    )
      .replace('- State(s) of Licensure: California\n', '')
      .replace('Specialty: Chiropractor', 'Specialty:');
    assert.ok(
      fixed(text, 'missing-credentials').includes(
        '- Certification(s)/Specialty: Internal Medicine\n\n- State(s) of Licensure: California\n\n# CLINICAL CASE SUMMARY',
      ),
    );
  });

  it("missing-citation: the claims administrator line, in the letter's CRLF line breaks", () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n**MAXIMUS guideline:** Decision based on MTUS Acupuncture Treatment Guidelines.\n\n**Decision rationale:** The request is not medically necessary.\n',
    ).replace(/\n/g, '\r\n');
    const result = fixed(text, 'missing-citation', 'did not cite');
    assert.ok(
      result.includes(
        'Upheld\r\n\r\n**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.\r\n\r\n**MAXIMUS guideline:**',
      ),
    );
  });

  it('missing-citation: the claims administrator line, in the line breaks of a letter broken by lone CRs', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n**MAXIMUS guideline:** Decision based on MTUS Acupuncture Treatment Guidelines.\n\n**Decision rationale:** The request is not medically necessary.\n',
    ).replace(/\n/g, '\r');
    const result = fixed(text, 'missing-citation', 'did not cite');
    assert.ok(
      result.includes(
        'Upheld\r\r**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.\r\r**MAXIMUS guideline:**',
      ),
    );
  });

  it('phi and citation-mislabel: redaction and "8 CCR"', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n' +
        ENTRIES +
        '**Decision rationale:** Mr. Okafor has no functional improvement as defined in labor code 9792.20(e). The request is not medically necessary.\n',
    );
    assert.ok(fixed(text, 'phi').includes('**Decision rationale:** [REDACTED] has no'));
    assert.ok(fixed(text, 'citation-mislabel').includes('as defined in 8 CCR 9792.20(e).'));
  });

  it('guideline-limit-misquoted: only the numbers of the claim', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n' +
        ENTRIES +
        '**Decision rationale:** MTUS allows 10-12 treatments for an initial trial. None is documented. The request is not medically necessary.\n',
    );
    assert.ok(
      fixed(text, 'guideline-limit-misquoted', 0, miniKnowledge()).includes(
        'MTUS allows 3-6 treatments for an initial trial.',
      ),
    );
  });

  it('citation-page-mismatch: the known pages', () => {
    const text = letter(
      '## 6 acupuncture visits: Upheld\n\n' +
        ENTRIES.replace(
          'Decision based on MTUS Acupuncture Treatment Guidelines.',
          'Decision based on MTUS Chronic Pain Treatment Guidelines Manual therapy & manipulation Page(s): 98-99.',
        ) +
        '**Decision rationale:** The request is not medically necessary.\n',
    );
    assert.ok(
      fixed(text, 'citation-page-mismatch', 0, miniKnowledge()).includes(
        'Manual therapy & manipulation Page(s): 58-60.',
      ),
    );
  });
});
