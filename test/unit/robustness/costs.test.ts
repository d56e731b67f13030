import * as assert from 'assert';
import { builtInKnowledge, checkText, defaultConfig, parseDetermination, type Finding } from '../../../server/core';
import { mergeKnowledge } from '../../../server/core/knowledge';
import { suppressedByDirectives } from '../../../server/core/check/directives';
import { analyzeLetter, MAX_PARSED_CHARS } from '../../../server/core/features/analysis';
import { findPhrase } from '../../../server/core/knowledge/phrase';
import { passagesOf } from '../../../server/core/letter/passages';
import { patientPronouns, statedAges, statedSexes } from '../../../server/core/letter/patient';
import type { TreatmentLimit } from '../../../server/core/knowledge/types';
import { exampleLetter } from '../cli/run-cli';

/**
 * Inputs sized so that work growing faster than the input would take minutes (and fail on the
 * test timeout), while linear work takes well under a second. The assertions are on results.
 */
describe('robustness: work that grows with the input, not faster', () => {
  it('merges a pack of 40,000 limits, each id placed once and an override noted', () => {
    const base = builtInKnowledge();
    const template = base.limits[0];
    const limits: TreatmentLimit[] = Array.from({ length: 40_000 }, (_, index) => ({
      ...template,
      id: index === 0 ? template.id : `bulk-${index}`,
    }));
    const { knowledge, notes } = mergeKnowledge(base, [{ name: 'bulk.json', pack: { limits } }]);
    assert.strictEqual(knowledge.limits.length, base.limits.length + 39_999);
    assert.deepStrictEqual(
      notes.map((note) => note.kind),
      ['override'],
    );
    assert.strictEqual(knowledge.limits[0].overrides?.id, template.id);
  });

  it('applies thousands of inline comments, each before a long blank stretch, to thousands of findings', () => {
    const block = '<!-- imr-disable-next-line phi -->\n' + '\n'.repeat(60) + 'Text line.\n';
    const text = block.repeat(3_000) + '<!-- imr-disable missing-section -->\nLast.\n';
    const determination = parseDetermination(text, builtInKnowledge());
    const lineStarts = Array.from({ length: 3_000 }, (_, index) => determination.lines.lineStart(index * 62 + 61));
    const findings: Finding[] = lineStarts.flatMap((start) =>
      ['phi', 'date-order'].map((rule) => ({
        rule,
        severity: 'warning' as const,
        message: rule,
        span: { start, end: start + 4 },
        fixes: [],
      })),
    );
    const last = determination.lines.lineStart(determination.lines.lineCount - 2);
    findings.push({
      rule: 'missing-section',
      severity: 'error',
      message: '',
      span: { start: last, end: last },
      fixes: [],
    });
    const kept = suppressedByDirectives(determination, findings);
    assert.deepStrictEqual(new Set(kept.map((finding) => finding.rule)), new Set(['date-order']));
    assert.strictEqual(kept.length, 3_000);
  });

  it("reads the patient's ages and sexes in a sentence of 6,000 of them, each looking back a few words only", () => {
    const ages = Array.from({ length: 6_000 }, (_, n) => `visit ${n} of a 44 year old male`).join(' ');
    const text = `# CLINICAL CASE SUMMARY\n\nThe patient is seen, ${ages}.\n`;
    const passages = passagesOf(parseDetermination(text, builtInKnowledge()));
    assert.deepStrictEqual(new Set(statedAges(passages).map((place) => place.value)), new Set([44]));
    assert.strictEqual(statedAges(passages).length, 6_000);
    assert.strictEqual(statedSexes(passages).length, 6_000);
  });

  it('reads the pronouns of a sentence of 40,000 of them, each looking back a few words only', () => {
    const pronouns = Array.from({ length: 40_000 }, (_, n) => `then ${n} he walked`).join(' ');
    const text = `# CLINICAL CASE SUMMARY\n\nThe patient is seen, ${pronouns}.\n`;
    const places = patientPronouns(passagesOf(parseDetermination(text, builtInKnowledge())));
    assert.strictEqual(places.length, 40_000);
    assert.ok(places.every((place) => place.value === 'male' && place.text === 'he'));
  });

  it('reads the dated events of a sentence of 30,000 dates, each looking back a few words only', () => {
    const dates = Array.from({ length: 30_000 }, (_, n) => `seen on 0${1 + (n % 9)}/1${n % 9}/2015`).join(' and ');
    const text =
      '# CLINICAL CASE SUMMARY\n\nThe injury was on 03/11/2014. ' +
      `The utilization review determination dated 02/01/2014 denied it, ${dates}.\n`;
    const rules = checkText(text).findings.map((finding) => finding.rule);
    assert.deepStrictEqual(rules, ['missing-section', 'date-order', 'missing-section']);
  });

  it('finds a long phrase in repetitive text in one pass, on word boundaries', () => {
    const text = 'a '.repeat(500_000) + 'b';
    const phrase = 'a '.repeat(10_000) + 'b';
    assert.strictEqual(findPhrase(text, phrase), text.length - phrase.length);
    assert.strictEqual(findPhrase(text, 'a '.repeat(10_000) + 'c'), -1);
    assert.strictEqual(findPhrase('xa a a b', 'a a b'), 3);
  });

  it('parses no more than the parse limit of a 12 MB letter, and says it checked only the first items', function () {
    // Checking 2 MB of items takes seconds on a loaded machine; what is asserted is what was parsed.
    this.timeout(120_000);
    const letter = exampleLetter('acupuncture-neck.imr.md');
    const item = letter.slice(letter.indexOf('\n## ') + 1);
    const big = letter + `\n${item}`.repeat(Math.ceil(12_000_000 / item.length));
    const analysis = analyzeLetter(big, {
      knowledge: builtInKnowledge(),
      config: defaultConfig(),
    });
    assert.ok(analysis.determination.text.length <= MAX_PARSED_CHARS, String(analysis.determination.text.length));
    assert.ok(analysis.truncated && analysis.truncated.totalChars === big.length);
    const lastChecked = analysis.determination.items[analysis.determination.items.length - 1];
    assert.ok(lastChecked.span.end < analysis.determination.text.length);
  });
});
