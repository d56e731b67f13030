import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleLetter, removeFolder, runCli, tempFolder } from '../cli/run-cli';

/** A letter with one missing-conclusion warning. */
const LETTER = exampleLetter('chiropractic-low-back.txt').replace(
  'Therefore the request for 12 sessions of massage therapy is not medically necessary.',
  '',
);
/** A stray config that would silence the letter's only finding. */
const STRAY = '{"rules": {"missing-conclusion": "off"}}';

const rulesOf = (stdout: string) =>
  JSON.parse(stdout).flatMap((file: { diagnostics: Array<{ rule: string }> }) => file.diagnostics.map((d) => d.rule));

describe('robustness: a config above the project', () => {
  let folder: string;
  afterEach(() => removeFolder(folder));

  it('is not applied: the search stops at the current folder outside a repository', () => {
    folder = tempFolder({ '.imrlintrc.json': STRAY, 'project/letters/a.txt': LETTER });
    const cwd = path.join(folder, 'project');
    const run = runCli(['--format', 'json', '--debug', 'letters/a.txt'], cwd);
    assert.deepStrictEqual(rulesOf(run.stdout), ['missing-conclusion']);
    assert.strictEqual(
      run.stderr,
      `imr-lint: letters/a.txt: no .imrlintrc.json from its folder up to ${fs.realpathSync(cwd)}; default settings\n`,
    );
  });

  it('is applied up to the repository root, and --debug names it', () => {
    folder = tempFolder({ '.imrlintrc.json': STRAY, '.git/HEAD': 'ref: refs/heads/main\n', 'project/a.txt': LETTER });
    const run = runCli(['--format', 'json', '--debug', 'a.txt'], path.join(folder, 'project'));
    assert.deepStrictEqual(rulesOf(run.stdout), []);
    assert.strictEqual(
      run.stderr,
      `imr-lint: a.txt: settings from ${path.join(fs.realpathSync(folder), '.imrlintrc.json')}\n`,
    );
  });

  it('is not applied to a letter outside the current folder: only the letter’s own folder is searched', () => {
    folder = tempFolder({ '.imrlintrc.json': STRAY, 'elsewhere/a.txt': LETTER, 'work/.keep': '' });
    const run = runCli(['--format', 'json', '../elsewhere/a.txt'], path.join(folder, 'work'));
    assert.deepStrictEqual(rulesOf(run.stdout), ['missing-conclusion']);
  });
});
