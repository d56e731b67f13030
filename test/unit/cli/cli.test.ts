import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as manifest from '../../../package.json';
import { checkText } from '../../../server/core';
import { allRules } from '../../../server/core/rules';
import { exampleLetter, removeFolder, runCli, tempFolder } from './run-cli';

const CLEAN = exampleLetter('acupuncture-neck.imr.md');
/** The clean letter without its conclusion: one missing-conclusion warning. */
const WARNING = CLEAN.replace(' The request is medically necessary.', '');
/** The clean letter with its conclusion reversed: one decision-contradicts-rationale error. */
const CONTRADICTION = CLEAN.replace('The request is medically necessary.', 'The request is not medically necessary.');
const SHORT = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  '',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California',
  'Certification(s)/Specialty: Chiropractor',
  '',
].join('\n');

/** What the core reports for a text, in the CLI's JSON shape. */
function expectedDiagnostics(text: string) {
  const { determination, findings } = checkText(text);
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: determination.lines.rangeOf(f.span),
  }));
}

describe('imr-lint', () => {
  let folder: string;
  afterEach(() => removeFolder(folder));

  describe('--format json', () => {
    it('prints one array with each letter and its diagnostics, 0-based positions, and exits 1 on errors', () => {
      folder = tempFolder({ 'short.txt': SHORT });
      const run = runCli(['--format', 'json', 'short.txt'], folder);
      assert.strictEqual(run.status, 1);
      assert.strictEqual(run.stderr, '');
      const atEnd = { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } };
      assert.deepStrictEqual(JSON.parse(run.stdout), [
        {
          file: 'short.txt',
          diagnostics: [
            {
              rule: 'missing-section',
              severity: 'error',
              message: 'The section "CLINICAL CASE SUMMARY" is missing.',
              range: atEnd,
            },
            {
              rule: 'missing-section',
              severity: 'error',
              message: 'The section "IMR ISSUES, DECISIONS AND RATIONALES" is missing.',
              range: atEnd,
            },
          ],
        },
      ]);
    });

    it('reports exactly what the checker finds, for every letter given, in order', () => {
      folder = tempFolder({
        'b-contradiction.imr.md': CONTRADICTION,
        'a-clean.imr.md': CLEAN,
        'c-warning.imr.md': WARNING,
      });
      const run = runCli(['--format', 'json', 'b-contradiction.imr.md', 'a-clean.imr.md', 'c-warning.imr.md'], folder);
      assert.strictEqual(run.status, 1);
      assert.deepStrictEqual(JSON.parse(run.stdout), [
        { file: 'b-contradiction.imr.md', diagnostics: expectedDiagnostics(CONTRADICTION) },
        { file: 'a-clean.imr.md', diagnostics: [] },
        { file: 'c-warning.imr.md', diagnostics: expectedDiagnostics(WARNING) },
      ]);
      assert.deepStrictEqual(
        JSON.parse(run.stdout).map((file: { diagnostics: Array<{ rule: string }> }) =>
          file.diagnostics.map((d) => d.rule),
        ),
        [['decision-contradicts-rationale'], [], ['missing-conclusion']],
      );
    });

    it('counts characters in UTF-16 code units, as LSP does', () => {
      const text = `<!-- 𝒜 📄 -->\n${SHORT}`;
      folder = tempFolder({ 'wide.txt': text });
      const [file] = JSON.parse(runCli(['--format', 'json', 'wide.txt'], folder).stdout);
      assert.deepStrictEqual(file.diagnostics, expectedDiagnostics(text));
    });
  });

  describe('exit status', () => {
    it('is 0 when no letter has an error, warnings or not', () => {
      folder = tempFolder({ 'clean.imr.md': CLEAN, 'warning.imr.md': WARNING });
      assert.strictEqual(runCli(['clean.imr.md'], folder).status, 0);
      assert.strictEqual(runCli(['warning.imr.md'], folder).status, 0);
    });

    it('is 1 when the warnings exceed --max-warnings, with a note on stderr', () => {
      folder = tempFolder({ 'warning.imr.md': WARNING });
      const over = runCli(['--max-warnings', '0', 'warning.imr.md'], folder);
      assert.strictEqual(over.status, 1);
      assert.strictEqual(over.stderr, 'imr-lint: too many warnings (1; --max-warnings allows 0)\n');
      assert.strictEqual(runCli(['--max-warnings', '1', 'warning.imr.md'], folder).status, 0);
    });

    const usageErrors: Array<[string[], string]> = [
      [[], 'imr-lint: no PATH given (try imr-lint --help)'],
      [['--bogus', 'a.txt'], "imr-lint: Unknown option '--bogus'"],
      [['--format', 'xml', 'a.txt'], 'imr-lint: unknown format "xml" (expected text, json, sarif)'],
      [['--max-warnings', 'many', 'a.txt'], 'imr-lint: --max-warnings expects a whole number, not "many"'],
      [['missing.txt'], 'imr-lint: missing.txt: no such file or folder'],
      [['letters/*.txt'], 'imr-lint: letters/*.txt: no files match'],
    ];
    for (const [args, message] of usageErrors) {
      it(`is 2 with one line on stderr for: imr-lint ${args.join(' ')}`, () => {
        folder = tempFolder({ 'letters/a.imr.md': CLEAN });
        const run = runCli(args, folder);
        assert.strictEqual(run.status, 2);
        assert.strictEqual(run.stderr, `${message}\n`);
        assert.strictEqual(run.stdout, '');
      });
    }

    it('is 2 when a letter cannot be read', () => {
      folder = tempFolder({});
      fs.symlinkSync('loop.txt', path.join(folder, 'loop.txt'));
      const run = runCli(['loop.txt'], folder);
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.stderr, 'imr-lint: loop.txt: cannot read the file (ELOOP)\n');
    });
  });

  describe('PATH arguments', () => {
    const tree = {
      'letters/a.imr.md': CLEAN,
      'letters/b.txt': CLEAN,
      'letters/notes.md': 'not a letter',
      'letters/2016/c.txt': CLEAN,
      'letters/2016/deep/d.imr.md': CLEAN,
      'letters/.drafts/e.txt': CLEAN,
      'letters/node_modules/f.txt': CLEAN,
    };
    /** The letters `imr-lint PATH…` checks, in the order it reports them. */
    const checked = (...paths: string[]) =>
      JSON.parse(runCli(['--format', 'json', ...paths], folder).stdout).map((entry: { file: string }) => entry.file);

    it('searches folders for *.imr.md and *.txt letters, skipping hidden folders and node_modules', () => {
      folder = tempFolder(tree);
      assert.deepStrictEqual(checked('letters'), [
        'letters/2016/c.txt',
        'letters/2016/deep/d.imr.md',
        'letters/a.imr.md',
        'letters/b.txt',
      ]);
    });

    it('expands globs with * and **, and checks each file once', () => {
      folder = tempFolder(tree);
      assert.deepStrictEqual(checked('letters/**/*.txt'), ['letters/2016/c.txt', 'letters/b.txt']);
      assert.deepStrictEqual(checked('letters/*/*/*.imr.md', 'letters/a.imr.md', 'letters'), [
        'letters/2016/deep/d.imr.md',
        'letters/a.imr.md',
        'letters/2016/c.txt',
        'letters/b.txt',
      ]);
    });

    it('follows links to letters but not links to folders, so a link loop cannot trap the search', () => {
      folder = tempFolder(tree);
      fs.symlinkSync(path.join(folder, 'letters/b.txt'), path.join(folder, 'letters/2016/linked.txt'));
      fs.symlinkSync(path.join(folder, 'letters'), path.join(folder, 'letters/2016/loop'));
      assert.deepStrictEqual(checked('letters/2016'), [
        'letters/2016/c.txt',
        'letters/2016/deep/d.imr.md',
        'letters/2016/linked.txt',
      ]);
    });

    it('checks a file named outright whatever its extension', () => {
      folder = tempFolder(tree);
      assert.deepStrictEqual(checked('letters/notes.md'), ['letters/notes.md']);
    });
  });

  describe('--format text', () => {
    it('prints file:line:col: severity rule message, 1-based, then a summary', () => {
      folder = tempFolder({ 'short.txt': SHORT, 'clean.imr.md': CLEAN });
      const run = runCli(['short.txt', 'clean.imr.md'], folder);
      assert.strictEqual(
        run.stdout,
        [
          'short.txt:6:1: error missing-section The section "CLINICAL CASE SUMMARY" is missing.',
          'short.txt:6:1: error missing-section The section "IMR ISSUES, DECISIONS AND RATIONALES" is missing.',
          '2 letters checked: 2 errors, 0 warnings',
          '',
        ].join('\n'),
      );
    });
  });

  describe('--format sarif', () => {
    it('writes SARIF 2.1.0 with every rule described and results located 1-based', () => {
      folder = tempFolder({ 'letters/warning.imr.md': WARNING, 'letters/contradiction.imr.md': CONTRADICTION });
      const run = runCli(['--format', 'sarif', 'letters'], folder);
      assert.strictEqual(run.status, 1);
      const log = JSON.parse(run.stdout);
      assert.strictEqual(log.version, '2.1.0');
      assert.strictEqual(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.strictEqual(log.runs.length, 1);
      const { driver } = log.runs[0].tool;
      assert.strictEqual(driver.name, 'imr-lint');
      assert.deepStrictEqual(
        driver.rules.map((rule: { id: string }) => rule.id),
        allRules.map((rule) => rule.id),
      );
      driver.rules.forEach((meta: any, index: number) => {
        const rule = allRules[index];
        assert.deepStrictEqual(meta.shortDescription, { text: rule.description });
        assert.deepStrictEqual(meta.fullDescription, { text: rule.doc });
        assert.deepStrictEqual(meta.defaultConfiguration, {
          level: rule.defaultSeverity === 'error' || rule.defaultSeverity === 'warning' ? rule.defaultSeverity : 'note',
        });
        // The README shipped beside the CLI: readable offline.
        assert.match(meta.helpUri, new RegExp(`^file:///.+/README\\.md#${rule.id}$`));
      });
      const expected = [
        ['letters/contradiction.imr.md', CONTRADICTION],
        ['letters/warning.imr.md', WARNING],
      ].flatMap(([file, text]) =>
        expectedDiagnostics(text).map((d) => ({
          ruleId: d.rule,
          ruleIndex: allRules.findIndex((rule) => rule.id === d.rule),
          level: d.severity === 'information' || d.severity === 'hint' ? 'note' : d.severity,
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: d.range.start.line + 1,
                  startColumn: d.range.start.character + 1,
                  endLine: d.range.end.line + 1,
                  endColumn: d.range.end.character + 1,
                },
              },
            },
          ],
        })),
      );
      assert.deepStrictEqual(log.runs[0].results, expected);
      assert.deepStrictEqual(log.runs[0].originalUriBaseIds, {
        '%SRCROOT%': { uri: `file://${fs.realpathSync(folder)}/` },
      });
    });
  });

  describe('--help and --version', () => {
    it('print the usage and the version, and exit 0', () => {
      folder = tempFolder({});
      const help = runCli(['--help'], folder);
      assert.strictEqual(help.status, 0);
      assert.match(help.stdout, /^Usage: imr-lint \[options\] PATH…\n/);
      assert.match(help.stdout, /--format text\|json\|sarif/);
      const version = runCli(['--version'], folder);
      assert.deepStrictEqual([version.status, version.stdout], [0, `${manifest.version}\n`]);
    });
  });

  describe('--list-rules', () => {
    it('lists id, severity and description of every rule, as a table or as JSON', () => {
      folder = tempFolder({});
      const json = runCli(['--list-rules', '--format', 'json'], folder);
      assert.strictEqual(json.status, 0);
      assert.deepStrictEqual(
        JSON.parse(json.stdout),
        allRules.map((rule) => ({ id: rule.id, severity: rule.defaultSeverity, description: rule.description })),
      );
      const lines = runCli(['--list-rules'], folder).stdout.trimEnd().split('\n');
      assert.match(lines[0], /^rule +severity +description$/);
      assert.strictEqual(lines.length, allRules.length + 1);
      allRules.forEach((rule, index) => {
        assert.deepStrictEqual(lines[index + 1].split(/ {2,}/), [rule.id, rule.defaultSeverity, rule.description]);
      });
    });
  });
});
