import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LineIndex } from '../../../server/core/model/line-index';
import type { Position } from 'vscode-languageserver-types';
import { expectationsOf, type Expected } from './expectations';
import { FIXTURES, applyFix, fixtureFiles, lint, tally } from './harness';

describe('rule fixtures', () => {
  const files = fixtureFiles();

  it('exist in both shapes', () => {
    assert.ok(files.some((file) => file.endsWith('.imr.md')));
    assert.ok(files.some((file) => file.endsWith('.txt')));
  });

  // Our stand-ins for the two real seed letters: like the seeds, they must draw no error.
  for (const file of files.filter((candidate) => path.basename(candidate).startsWith('seed-like-'))) {
    it(`${path.relative(FIXTURES, file)} draws no error`, () => {
      const errors = lint(fs.readFileSync(file, 'utf8')).filter((finding) => finding.severity === 'error');
      assert.deepStrictEqual(
        errors.map((finding) => finding.message),
        [],
      );
    });
  }

  for (const file of files) {
    const name = path.relative(FIXTURES, file);
    const text = fs.readFileSync(file, 'utf8');

    describe(name, () => {
      const findings = lint(text);

      it('draws exactly the expected findings', () => {
        const lines = new LineIndex(text);
        const actual = findings.map((finding) => ({ rule: finding.rule, range: lines.rangeOf(finding.span) }));
        assert.deepStrictEqual(sorted(actual), sorted(expectationsOf(file, text)));
      });

      it('carries the expected messages', () => {
        const lines = new LineIndex(text);
        const expected = expectationsOf(file, text).filter((entry) => entry.message !== undefined);
        const wanted = new Set(expected.map(keyOf));
        const actual = findings
          .map((finding) => ({ rule: finding.rule, range: lines.rangeOf(finding.span), message: finding.message }))
          .filter((entry) => wanted.has(keyOf(entry)));
        assert.deepStrictEqual(messages(actual), messages(expected));
      });

      findings.forEach((finding) =>
        finding.fixes.forEach((fix) => {
          it(`fix "${fix.title}" clears its ${finding.rule} finding and adds none`, () => {
            const before = tally(findings);
            const after = tally(lint(applyFix(text, fix)));
            const key = `${finding.rule}: ${finding.message}`;
            assert.ok((after.get(key) ?? 0) < (before.get(key) ?? 0), `still reported: ${key}`);
            for (const [other, count] of after) {
              assert.ok(count <= (before.get(other) ?? 0), `new finding after the fix: ${other}`);
            }
          });
        }),
      );
    });
  }
});

function messages(list: Expected[]): string[] {
  return list.map((entry) => `${keyOf(entry)} ${entry.message ?? ''}`).sort();
}

function sorted(list: Expected[]): string[] {
  return list.map(keyOf).sort();
}

function keyOf({ rule, range }: Expected): string {
  const at = (position: Position) => `${position.line + 1}:${position.character + 1}`;
  return `${at(range.start)}-${at(range.end)} ${rule}`;
}
