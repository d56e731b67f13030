import * as assert from 'assert';
import { parseConfig } from '../../../server/core/check/config';
import { parsePack } from '../../../server/core/knowledge';
import { exampleLetter, removeFolder, runCli, tempFolder } from '../cli/run-cli';

/** What Windows Notepad writes at the start of a UTF-8 file. */
const BOM = '\ufeff';
/** An 11 KB file that overflows a recursive JSON parser's stack. */
const DEEP = '['.repeat(5_500) + ']'.repeat(5_500);
/** A letter with one missing-conclusion warning. */
const LETTER = exampleLetter('chiropractic-low-back.txt').replace(
  'Therefore the request for 12 sessions of massage therapy is not medically necessary.',
  '',
);
const PACK = JSON.stringify({
  name: 'Acme',
  limits: [
    {
      id: 'acme-massage',
      guideline: 'mtus-cpmtg-2009',
      treatment: 'massage',
      recommended: true,
      trial: { visits: { min: 4, max: 6 } },
      source: { section: 'Acme policy 2' },
      confidence: 'unverified',
      passage: 'Acme allows 4-6 massage visits.',
    },
  ],
});

describe('robustness: config and pack files that would switch checking off', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) removeFolder(folder);
    folder = undefined;
  });

  it('reads deeply nested JSON as one problem at the level too deep, without throwing', () => {
    assert.deepStrictEqual(parseConfig(`{"rules": ${DEEP}}`, 'c.json').problems, [
      {
        file: 'c.json',
        range: { start: { line: 0, character: 109 }, end: { line: 0, character: 110 } },
        message: 'nested more than 100 levels deep',
      },
    ]);
    assert.deepStrictEqual(
      parsePack(DEEP, 'p.json').problems.map((problem) => [problem.line, problem.column, problem.reason]),
      [[1, 101, 'nested more than 100 levels deep']],
    );
  });

  it('counts no brackets inside strings or comments', () => {
    const text = `{"rules": {"phi": "off"}, // ${'['.repeat(200)}\n "reviewer": {"specialty": "${'{'.repeat(200)}"}}`;
    const parsed = parseConfig(text, 'c.json');
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(parsed.config.reviewer.specialty, '{'.repeat(200));
  });

  it('the CLI prints one file:line:col line for a deeply nested config, no stack trace', () => {
    folder = tempFolder({ '.imrlintrc.json': `{"rules": ${DEEP}}`, 'a.txt': LETTER });
    const run = runCli(['a.txt'], folder);
    assert.strictEqual(run.stderr, 'imr-lint: .imrlintrc.json:1:110: nested more than 100 levels deep\n');
    assert.strictEqual(run.status, 2);
  });

  it('the CLI prints one file:line:col line for a deeply nested pack', () => {
    folder = tempFolder({ '.imrlintrc.json': '{"guidelinePacks": ["deep.json"]}', 'deep.json': DEEP, 'a.txt': LETTER });
    const run = runCli(['a.txt'], folder);
    assert.strictEqual(run.stderr, 'imr-lint: deep.json:1:101: nested more than 100 levels deep\n');
    assert.strictEqual(run.status, 2);
  });

  it('applies a config that starts with a byte order mark', () => {
    folder = tempFolder({ '.imrlintrc.json': `${BOM}{"rules": {"missing-conclusion": "error"}}`, 'a.txt': LETTER });
    const run = runCli(['--format', 'json', 'a.txt'], folder);
    assert.strictEqual(run.stderr, '');
    const [report] = JSON.parse(run.stdout);
    assert.deepStrictEqual(
      report.diagnostics.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`),
      ['missing-conclusion:error'],
    );
  });

  it('loads a pack that starts with a byte order mark', () => {
    folder = tempFolder({ '.imrlintrc.json': '{"guidelinePacks": ["acme.json"]}', 'acme.json': BOM + PACK });
    const run = runCli(['--list-guidelines', '--format', 'json'], folder);
    assert.strictEqual(run.stderr, '');
    assert.ok(JSON.parse(run.stdout).some((entry: { id: string }) => entry.id === 'acme-massage'));
  });

  it('reports positions on the first line as the editor shows them, without the byte order mark', () => {
    folder = tempFolder({ '.imrlintrc.json': `${BOM}{"rules": {"phii": "off"}}`, 'a.txt': LETTER });
    assert.strictEqual(runCli(['a.txt'], folder).stderr, 'imr-lint: .imrlintrc.json:1:12: unknown rule "phii"\n');
  });
});
