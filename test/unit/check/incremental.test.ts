import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { builtInKnowledge, defaultConfig, parseDetermination, allRules } from '../../../server/core';
import { checkDetermination, type CheckOptions } from '../../../server/core/check/engine';
import { checkIncrementally } from '../../../server/core/check/incremental';
import type { Rule } from '../../../server/core/check/rule';

const fixtures = path.join(__dirname, '../../../../test/fixtures/rules');
const letters = [
  'clean/plain-header-block.txt',
  'clean/markdown-letter.imr.md',
  'decision/decision-contradicts-rationale.txt',
  'decision/missing-conclusion.imr.md',
].map((name) => fs.readFileSync(path.join(fixtures, name), 'utf8'));
const knowledge = builtInKnowledge();
const options: CheckOptions = { knowledge, config: defaultConfig(), rules: allRules };

function full(text: string) {
  return checkDetermination(parseDetermination(text, knowledge), options);
}

/** A rule that records how many items each check gave it. */
function itemCounter(): { seen: number[]; probe: Rule } {
  const seen: number[] = [];
  const probe: Rule = {
    id: 'probe',
    defaultSeverity: 'hint',
    description: '',
    doc: '',
    tags: [],
    check: ({ determination }) => {
      seen.push(determination.items.length);
    },
  };
  return { seen, probe };
}

function afterEdit(before: string, after: string, check: CheckOptions = options) {
  const memo = checkIncrementally(parseDetermination(before, knowledge), check).memo;
  return checkIncrementally(parseDetermination(after, knowledge), check, memo);
}

describe('incremental checking', () => {
  it('gives the same findings as a full check after any one edit', () => {
    const edit = fc.record({
      letter: fc.integer({ min: 0, max: letters.length - 1 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 12 }),
      insert: fc.constantFrom('', 'x', ' ', '\n', '.', '8', 'Upheld', 'not ', ': Overturned\n', 'Decision rationale: '),
    });
    fc.assert(
      fc.property(edit, ({ letter, at, remove, insert }) => {
        const before = letters[letter];
        const offset = Math.floor(at * before.length);
        const after = before.slice(0, offset) + insert + before.slice(offset + remove);
        assert.deepStrictEqual(afterEdit(before, after).findings, full(after));
      }),
      { numRuns: 150, seed: 20161103 },
    );
  });

  it('re-checks only the item an edit in its rationale touched', () => {
    const { seen, probe } = itemCounter();
    const counting: CheckOptions = { ...options, rules: [...allRules, probe] };
    const before = letters[0];
    const at = before.lastIndexOf('Decision rationale:') + 'Decision rationale:'.length;
    const after = `${before.slice(0, at)} In short,${before.slice(at)}`;
    const result = afterEdit(before, after, counting);
    assert.deepStrictEqual(seen, [parseDetermination(before, knowledge).items.length, 1]);
    assert.deepStrictEqual(
      result.findings.filter((f) => f.rule !== 'probe'),
      full(after),
    );
  });

  it('checks every item again when the case summary changes', () => {
    const { seen, probe } = itemCounter();
    const before = letters[0];
    const at = before.indexOf('CLINICAL CASE SUMMARY') + 'CLINICAL CASE SUMMARY'.length;
    afterEdit(before, `${before.slice(0, at)}\nThe worker is a roofer.${before.slice(at)}`, {
      ...options,
      rules: [...allRules, probe],
    });
    const items = parseDetermination(before, knowledge).items.length;
    assert.deepStrictEqual(seen, [items, items]);
  });

  it("reads an unchanged item's conclusion again when another item comes to be of its kind", () => {
    const before = fs.readFileSync(path.join(fixtures, 'conclusions/kind-subject-flipped.imr.md'), 'utf8');
    const after = before.replace('## Right L4-5 transforaminal ESI:', '## X-rays of the lumbar spine:');
    const contradicted = (text: string) =>
      afterEdit(before, text)
        .findings.filter((finding) => finding.rule === 'decision-contradicts-rationale')
        .map((finding) => text.slice(finding.span.start, finding.span.end));
    // "Imaging is warranted." names the MRI only while no other item is a study of the kind.
    assert.deepStrictEqual(contradicted(before), ['Upheld', 'Overturned', 'Upheld']);
    assert.deepStrictEqual(contradicted(after), ['Upheld']);
    assert.deepStrictEqual(afterEdit(before, after).findings, full(after));
  });
});
