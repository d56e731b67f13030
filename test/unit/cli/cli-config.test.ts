import * as assert from 'assert';
import { exampleLetter, removeFolder, runCli, tempFolder } from './run-cli';

/** A letter with one missing-conclusion warning and one decision-contradicts-rationale error. */
const LETTER = exampleLetter('chiropractic-low-back.txt')
  .replace('The request is medically necessary.', 'The request is not medically necessary.')
  .replace('Therefore the request for 12 sessions of massage therapy is not medically necessary.', '');

const rulesOf = (stdout: string) =>
  JSON.parse(stdout).flatMap((file: { diagnostics: Array<{ rule: string; severity: string }> }) =>
    file.diagnostics.map((d) => `${d.rule}:${d.severity}`),
  );

describe('imr-lint configuration', () => {
  let folder: string;
  afterEach(() => removeFolder(folder));

  it('without a config file, reports with the default severities', () => {
    folder = tempFolder({ 'letters/a.txt': LETTER });
    const run = runCli(['--format', 'json', 'letters'], folder);
    assert.deepStrictEqual(rulesOf(run.stdout), ['decision-contradicts-rationale:error', 'missing-conclusion:warning']);
    assert.strictEqual(run.status, 1);
  });

  it('uses the nearest .imrlintrc.json above each letter', () => {
    folder = tempFolder({
      '.imrlintrc.json': '{"rules": {"missing-conclusion": "error"}}',
      'letters/a.txt': LETTER,
      'letters/lenient/.imrlintrc.json':
        '{\n  // archived letters\n  "rules": {"decision-contradicts-rationale": "off", "missing-conclusion": "hint"}\n}',
      'letters/lenient/b.txt': LETTER,
    });
    const run = runCli(['--format', 'json', 'letters/a.txt', 'letters/lenient/b.txt'], folder);
    assert.deepStrictEqual(rulesOf(run.stdout), [
      'decision-contradicts-rationale:error',
      'missing-conclusion:error',
      'missing-conclusion:hint',
    ]);
  });

  it('--config applies one file to every letter, whatever lies nearer', () => {
    folder = tempFolder({
      'ci.json': '{"rules": {"decision-contradicts-rationale": "warning"}}',
      'letters/.imrlintrc.json': '{"rules": {"missing-conclusion": "off"}}',
      'letters/a.txt': LETTER,
    });
    const run = runCli(['--format', 'json', '--config', 'ci.json', 'letters'], folder);
    assert.deepStrictEqual(rulesOf(run.stdout), [
      'decision-contradicts-rationale:warning',
      'missing-conclusion:warning',
    ]);
    assert.strictEqual(run.status, 0);
  });

  it('leaves out the findings the ignore list names by file, rule and marked text, for that letter only', () => {
    const plain = runCli(['--format', 'json', 'a.txt'], (folder = tempFolder({ 'a.txt': LETTER })));
    const conclusion = JSON.parse(plain.stdout)[0].diagnostics.find(
      (d: { rule: string }) => d.rule === 'missing-conclusion',
    );
    const lines = LETTER.split('\n');
    const { start, end } = conclusion.range;
    const text = lines[start.line].slice(start.character, end.line === start.line ? end.character : undefined);
    removeFolder(folder);
    folder = tempFolder({
      '.imrlintrc.json': JSON.stringify({ ignore: [{ file: 'letters/a.txt', rule: 'missing-conclusion', text }] }),
      'letters/a.txt': LETTER,
      'letters/b.txt': LETTER,
    });
    const run = runCli(['--format', 'json', 'letters/a.txt', 'letters/b.txt'], folder);
    assert.deepStrictEqual(rulesOf(run.stdout), [
      'decision-contradicts-rationale:error',
      'decision-contradicts-rationale:error',
      'missing-conclusion:warning',
    ]);
  });

  const broken: Array<[string, string, string]> = [
    [
      'invalid JSON',
      '{\n  "rules": {"phi": "off"}\n  "reviewer": {}\n}',
      '.imrlintrc.json:3:3: invalid JSON: comma expected',
    ],
    [
      'a severity that does not exist',
      '{"rules": {\n  "phi": "loud"}}',
      '.imrlintrc.json:2:10: rule "phi": expected one of error, warning, information, hint, off',
    ],
    ['a misspelt rule id', '{"rules": {"phii": "off"}}', '.imrlintrc.json:1:12: unknown rule "phii"'],
    [
      'a pack that is not there',
      '{\n  "guidelinePacks": ["packs/org.json"]\n}',
      '.imrlintrc.json:2:22: guideline pack "packs/org.json": cannot read the file (ENOENT)',
    ],
  ];
  for (const [what, config, message] of broken) {
    it(`stops with status 2 and file:line:col on ${what}`, () => {
      folder = tempFolder({ '.imrlintrc.json': config, 'a.txt': LETTER });
      const run = runCli(['a.txt'], folder);
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.stderr, `imr-lint: ${message}\n`);
      assert.strictEqual(run.stdout, '');
    });
  }

  it('stops with status 2 when the --config file does not exist', () => {
    folder = tempFolder({ 'a.txt': LETTER });
    const run = runCli(['--config', 'nope.json', 'a.txt'], folder);
    assert.strictEqual(run.status, 2);
    assert.strictEqual(run.stderr, 'imr-lint: nope.json:1:1: cannot read the file (ENOENT)\n');
  });
});
