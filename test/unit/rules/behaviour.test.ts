import * as assert from 'assert';
import { builtInKnowledge, checkText, defaultConfig } from '../../../server/core';
import { guidelineOfCitation } from '../../../server/core/knowledge/item/applicable';
import { applyFix } from './harness';
import { miniKnowledge } from './mini-knowledge';

const PLAIN =
  'HOW THE IMR FINAL DETERMINATION WAS MADE\n' +
  'The expert reviewer is licensed in Acupuncture and is licensed to practice in California.\n\n' +
  'IMR ISSUES, DECISIONS AND RATIONALES\n' +
  '6 chiropractic visits for the low back: Overturned\n' +
  'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\n' +
  'Decision rationale: No manipulation has been tried. The request is medically necessary.\n';

describe('rules: behaviour beyond the fixtures', () => {
  it("decision-contradicts-rationale reports a contradiction in the decision's words as a warning with no fix, a stated one as an error", () => {
    const findingOf = (rationale: string, severity?: 'error' | 'warning' | 'information') =>
      checkText(PLAIN.replace('The request is medically necessary.', rationale), {
        config: { ...defaultConfig(), rules: severity ? { 'decision-contradicts-rationale': severity } : {} },
      }).findings.find((candidate) => candidate.rule === 'decision-contradicts-rationale');
    const implied = findingOf('The request is therefore not certified.');
    assert.strictEqual(implied?.severity, 'warning');
    assert.deepStrictEqual(implied.fixes, []);
    assert.match(implied.message, /implies that it is not medically necessary \("not certified"\)/);
    assert.strictEqual(findingOf('The request is therefore not certified.', 'information')?.severity, 'information');
    const stated = findingOf('The request is not medically necessary.');
    assert.strictEqual(stated?.severity, 'error');
    assert.ok(stated.fixes.length > 0);
    assert.strictEqual(findingOf('Six visits were not certified.'), undefined);
  });

  it("the reviewer's verdict verb concludes in the decision's words, and a need for other care is no finding", () => {
    const rulesOf = (rationale: string, decision = 'Overturned') =>
      checkText(
        PLAIN.replace('The request is medically necessary.', rationale).replace(': Overturned', `: ${decision}`),
      )
        .findings.filter((finding) => ['decision-contradicts-rationale', 'missing-conclusion'].includes(finding.rule))
        .map((finding) => `${finding.rule} ${finding.severity}`);
    assert.deepStrictEqual(rulesOf('I would certify the 6 chiropractic visits.'), []);
    assert.deepStrictEqual(rulesOf('I would certify the 6 chiropractic visits.', 'Upheld'), [
      'decision-contradicts-rationale warning',
    ]);
    assert.deepStrictEqual(rulesOf('I am unable to certify the request.', 'Upheld'), []);
    assert.deepStrictEqual(rulesOf('The treating physician asks me to certify the request.'), [
      'missing-conclusion warning',
    ]);
    const other = 'Manipulation is said to reduce the need for pain medication. There is no need for a second opinion.';
    assert.deepStrictEqual(rulesOf(`The request is medically necessary. ${other}`), []);
    assert.deepStrictEqual(rulesOf(`The request is not medically necessary. ${other}`, 'Upheld'), []);
  });

  it("decision-contradicts-rationale quotes and fixes a conclusion whose word a space broke in the letter's own characters", () => {
    const text = PLAIN.replace('The request is medically necessary.', 'The request is not medi cally necessary.');
    const finding = checkText(text).findings.find((candidate) => candidate.rule === 'decision-contradicts-rationale');
    assert.strictEqual(finding?.severity, 'error');
    assert.match(finding.message, /concludes that it is "not medi cally necessary"/);
    assert.deepStrictEqual(
      finding.fixes.map((fix) =>
        applyFix(text, fix)
          .split('\n')
          .filter((line) => !text.includes(line)),
      ),
      [
        ['6 chiropractic visits for the low back: Upheld'],
        ['Decision rationale: No manipulation has been tried. The request is medi cally necessary.'],
      ],
    );
  });

  it('missing-section writes a plain all-caps heading in a plain letter', () => {
    const finding = checkText(PLAIN).findings.find((candidate) => candidate.rule === 'missing-section');
    assert.ok(finding);
    assert.strictEqual(
      finding.fixes[0].changes[0].newText,
      'CLINICAL CASE SUMMARY\n\nThe expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:\n\n',
    );
  });

  it('missing-credentials without a reviewer profile offers the lines as a snippet to fill in, never as a safe fix', () => {
    const text = PLAIN.replace('licensed in Acupuncture and is ', '');
    const finding = checkText(text, { config: defaultConfig() }).findings.find(
      (candidate) => candidate.rule === 'missing-credentials',
    );
    assert.ok(finding);
    assert.match(finding.message, /no specialty or certification/);
    assert.deepStrictEqual(
      finding.fixes.map((fix) => [fix.title, fix.safe, fix.snippet, fix.changes.map((change) => change.newText)]),
      [['Insert the credentials lines to fill in', false, true, ['\n\nCertification(s)/Specialty: ${1}']]],
    );
  });

  it('missing-citation suggests the MAXIMUS citation of the treatment, in the 2009 grammar for a 2015 letter', () => {
    const text = PLAIN.replace(
      '\n\nIMR ISSUES',
      '\n\nCLINICAL CASE SUMMARY\nThe utilization review determination being challenged is dated 03/02/2015.\n\nIMR ISSUES',
    );
    const finding = checkText(text, { knowledge: miniKnowledge() }).findings.find(
      (candidate) => candidate.rule === 'missing-citation',
    );
    assert.ok(finding);
    assert.ok(
      applyFix(text, finding.fixes[0]).includes(
        'for its decision.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Manual therapy & manipulation Page(s): 58-60.\nDecision rationale:',
      ),
    );
  });

  it('unknown-guideline says so when a citation names no guideline at all', () => {
    const text = PLAIN.replace(
      'The Claims Administrator did not cite any medical evidence for its decision.',
      'Decision based on MTUS.',
    );
    const found = checkText(text).findings.filter((finding) => finding.rule === 'unknown-guideline');
    assert.deepStrictEqual(
      found.map((finding) => [finding.message, text.slice(finding.span.start, finding.span.end)]),
      [['The citation names no guideline, so it cannot be checked.', 'Decision based on MTUS']],
    );
  });

  it('unknown-guideline keeps a title with a serial comma whole, and still splits citations joined by ", and MTUS"', () => {
    const unknownNames = (citation: string) => {
      const text = PLAIN.replace(
        'The Claims Administrator did not cite any medical evidence for its decision.',
        `Decision based on ${citation}`,
      );
      return checkText(text)
        .findings.filter((finding) => finding.rule === 'unknown-guideline')
        .map((finding) => text.slice(finding.span.start, finding.span.end));
    };
    assert.deepStrictEqual(
      unknownNames('MTUS ACOEM Hand, Wrist, and Forearm\nDisorders Guideline, Section(s): Electrodiagnostic Studies.'),
      [],
    );
    assert.deepStrictEqual(unknownNames('MTUS Eye, Ear, and Nose Disorders Guideline, Section(s): Imaging.'), [
      'Eye, Ear, and Nose Disorders Guideline',
    ]);
    assert.deepStrictEqual(
      unknownNames(
        'MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine, and MTUS Eye, Ear, and Nose Disorders Guideline, Section(s): Imaging.',
      ),
      ['MTUS Eye, Ear, and Nose Disorders Guideline'],
    );
  });

  it('citation-chapter-mismatch reads "Non-MTUS Citation ODG, Low Back, …" as the Low Back chapter and its topic', () => {
    const mismatches = (title: string, topic: string) => {
      const text = PLAIN.replace('6 chiropractic visits for the low back', title).replace(
        'The Claims Administrator did not cite any medical evidence for its decision.',
        `Decision based on Non-MTUS Citation ODG, Low Back, ${topic}.`,
      );
      return checkText(text)
        .findings.filter((finding) => finding.rule === 'citation-chapter-mismatch')
        .map((finding) => [finding.severity, text.slice(finding.span.start, finding.span.end)]);
    };
    assert.deepStrictEqual(
      mismatches('Pre-operative clearance for knee arthroscopy', 'Preoperative testing, general'),
      [],
    );
    assert.deepStrictEqual(mismatches('Assistant surgeon for knee arthroscopy', 'Surgical assistant'), []);
    assert.deepStrictEqual(mismatches('MRI of the right knee', 'MRIs (magnetic resonance imaging)'), [
      ['information', 'Decision based on Non-MTUS Citation ODG, Low Back, MRIs (magnetic resonance imaging)'],
    ]);
    // A specialist named by a field is no region: a referral to a hand surgeon may cite any chapter.
    assert.deepStrictEqual(mismatches('Referral to orthopedic hand surgeon', 'Office visits'), []);
    assert.deepStrictEqual(mismatches('Consult with a foot and ankle specialist', 'Office visits'), []);
  });

  it('exceeds-guideline-limit judges against the most permissive limit and the documented phase', () => {
    const over = PLAIN.replace('6 chiropractic visits', '12 chiropractic visits');
    const rules = (text: string) =>
      checkText(text, { knowledge: miniKnowledge() }).findings.map((finding) => finding.rule);
    assert.ok(rules(over).includes('exceeds-guideline-limit'));
    const improved = over.replace(
      'No manipulation has been tried.',
      'After 6 visits she returned to full duty, which is functional improvement.',
    );
    assert.ok(!rules(improved).includes('exceeds-guideline-limit'));
  });

  it('reads a 2009-grammar citation naming the acupuncture guideline after "9792.24.1" as that guideline', () => {
    const cite = (pages: string) =>
      PLAIN.replace('6 chiropractic visits for the low back', '6 acupuncture sessions for the neck').replace(
        'The Claims Administrator did not cite any medical evidence for its decision.',
        `Decision based on MTUS Chronic Pain Treatment Guidelines 9792.24.1, Acupuncture Medical Treatment Guidelines Page(s): ${pages}.`,
      );
    const { determination, findings } = checkText(cite('13'));
    const citation = determination.items[0].claimsAdministratorGuideline?.citations[0];
    assert.ok(citation);
    assert.strictEqual(guidelineOfCitation(builtInKnowledge(), citation)?.id, 'mtus-acupuncture-2007');
    assert.deepStrictEqual(
      findings.filter((finding) => finding.rule.startsWith('citation-')),
      [],
    );
    // So its pages are judged against that guideline's, not the Chronic Pain guideline's.
    const wrongPages = checkText(cite('58')).findings.filter((finding) => finding.rule === 'citation-page-mismatch');
    assert.deepStrictEqual(
      wrongPages.map((finding) => finding.message),
      [
        '"9792.24.1 Acupuncture Medical Treatment Guidelines" is on page(s) 8-13 of Chronic Pain Treatment Guidelines, not 58.',
      ],
    );
  });

  it('reads an ACOEM chapter cited with its year as that edition, and one without a year as of the letter date', () => {
    const guidelineOf = (cited: string, date: string) => {
      const text = PLAIN.replace(
        'The Claims Administrator did not cite any medical evidence for its decision.',
        `Decision based on MTUS ACOEM Practice Guidelines, ${cited}.`,
      );
      const citation = checkText(text).determination.items[0].claimsAdministratorGuideline?.citations[0];
      assert.ok(citation);
      return guidelineOfCitation(builtInKnowledge(), citation, { date, source: 'ur-denial-date' })?.id;
    };
    // R469 (2014): the 2007-2017 MTUS's elbow chapter, not the evergreen ACOEM of 2017-12-01 on.
    assert.strictEqual(
      guidelineOf('Elbow Disorders (Revised 2007), Chapter 10, Diagnostic Testing', '2014-05-30'),
      'acoem-elbow-2007',
    );
    assert.strictEqual(
      guidelineOf('2nd Edition (2004), Chapter 7, Independent Medical Examinations', '2014-05-30'),
      'acoem-2004',
    );
    assert.strictEqual(
      guidelineOf('2nd Edition (2004), Chapter 12, Low Back Complaints', '2014-05-30'),
      'acoem-low-back-2004',
    );
    assert.strictEqual(guidelineOf('Elbow Disorders Guideline', '2019-05-01'), 'mtus-acoem-evergreen');
  });

  it("a page's number alone on the line that ends or opens it splits no sentence: the credentials and the conclusion read across it", () => {
    const numbered = [
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'The expert reviewer is licensed in Acupuncture and is licensed to practice in',
      '1',
      '',
      '\fCalifornia.',
      '',
      'IMR ISSUES, DECISIONS AND RATIONALES',
      '6 chiropractic visits for the low back: Upheld',
      'Decision rationale: Manipulation was reasonable after the injury. Six visits have been given, and the',
      'request for 6 more is not',
      '2',
      '',
      '\fsupported at this time.',
      '3',
    ].join('\n');
    const rules = (text: string) =>
      checkText(text)
        .findings.map((finding) => finding.rule)
        .filter((rule) =>
          ['missing-credentials', 'decision-contradicts-rationale', 'missing-conclusion'].includes(rule),
        );
    assert.deepStrictEqual(rules(numbered), []);
    // The numbers heading their pages instead.
    const headed = numbered
      .replace('in\n1\n\n\f', 'in\n\n\f2\n')
      .replace('not\n2\n\n\f', 'not\n\n\f3\n')
      .replace(/\n3$/, '');
    assert.deepStrictEqual(rules(headed), []);
    // A number that is not the page's own stays a word of the sentence.
    assert.deepStrictEqual(rules(numbered.replace('\n2\n', '\n5\n')), ['decision-contradicts-rationale']);
  });
});
