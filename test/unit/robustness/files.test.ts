import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MAX_LETTER_BYTES, MAX_SETTINGS_BYTES, readTextFile } from '../../../server/node/read-file';
import { walkFolder } from '../../../server/node/folder-walk';
import { exampleLetter, removeFolder, runCli, tempFolder } from '../cli/run-cli';

const LETTER = exampleLetter('acupuncture-neck.imr.md');

/** A named pipe nobody writes to: reading it would block forever. */
function fifo(folder: string, name: string): string {
  const file = path.join(folder, name);
  const made = spawnSync('mkfifo', [file]);
  assert.strictEqual(made.status, 0, String(made.stderr));
  return file;
}

/** A sparse file of `bytes` bytes: large on paper, instant to make. */
function sparse(folder: string, name: string, bytes: number): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, '');
  fs.truncateSync(file, bytes);
  return file;
}

describe('robustness: files that are not files', () => {
  let folder: string;
  beforeEach(() => {
    folder = tempFolder({ 'a.imr.md': LETTER });
  });
  afterEach(() => removeFolder(folder));

  it('reads only regular files, up to a size cap, with a one-line reason otherwise', () => {
    assert.deepStrictEqual(readTextFile(fifo(folder, 'pipe'), MAX_LETTER_BYTES), {
      error: 'not a regular file (a named pipe)',
    });
    assert.deepStrictEqual(readTextFile('/dev/zero', MAX_LETTER_BYTES), { error: 'not a regular file (a device)' });
    assert.deepStrictEqual(readTextFile(folder, MAX_LETTER_BYTES), { error: 'not a regular file (a folder)' });
    assert.deepStrictEqual(readTextFile(sparse(folder, 'big.json', 5_000_001), MAX_SETTINGS_BYTES), {
      error: 'too large (5 MB; the limit is 5 MB)',
    });
    assert.deepStrictEqual(readTextFile(path.join(folder, 'none'), MAX_LETTER_BYTES), {
      error: 'cannot read the file (ENOENT)',
    });
    assert.deepStrictEqual(readTextFile(path.join(folder, 'a.imr.md'), MAX_LETTER_BYTES), { text: LETTER });
  });

  it('the walk lists regular files and links to them, not pipes', () => {
    fifo(folder, 'pipe.imr.md');
    fs.symlinkSync(path.join(folder, 'a.imr.md'), path.join(folder, 'link.imr.md'));
    assert.deepStrictEqual(
      walkFolder(folder).files.map((file) => path.basename(file)),
      ['a.imr.md', 'link.imr.md'],
    );
  });

  const refused: Array<[string, (folder: string) => string[], string]> = [
    ['a FIFO given as a letter', (at) => [fifo(at, 'pipe.txt')], 'pipe.txt: not a regular file (a named pipe)'],
    ['/dev/zero given as a letter', () => ['/dev/zero'], '/dev/zero: not a regular file (a device)'],
    [
      'a letter over 20 MB',
      (at) => [sparse(at, 'huge.txt', 20_000_001)],
      'huge.txt: too large (20 MB; the limit is 20 MB)',
    ],
    [
      'a FIFO given as --config',
      (at) => ['--config', fifo(at, 'pipe.json'), 'a.imr.md'],
      'pipe.json:1:1: not a regular file (a named pipe)',
    ],
  ];
  for (const [what, args, message] of refused) {
    it(`the CLI refuses ${what} with one line and status 2`, () => {
      const run = runCli(
        args(folder).map((arg) => (arg.startsWith(folder) ? path.relative(folder, arg) : arg)),
        folder,
      );
      assert.strictEqual(run.stderr, `imr-lint: ${message}\n`);
      assert.strictEqual(run.status, 2);
    });
  }

  it('the CLI refuses a FIFO or a device named as a guideline pack, where the config names it', () => {
    fifo(folder, 'pipe.json');
    fs.writeFileSync(path.join(folder, '.imrlintrc.json'), '{"guidelinePacks": ["pipe.json", "/dev/urandom"]}');
    const run = runCli(['a.imr.md'], folder);
    assert.strictEqual(
      run.stderr,
      'imr-lint: .imrlintrc.json:1:21: guideline pack "pipe.json": not a regular file (a named pipe)\n',
    );
    assert.strictEqual(run.status, 2);
  });
});
