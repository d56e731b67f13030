import * as assert from 'assert';
import { printable } from '../../../server/cli/format/printable';
import { exampleLetter, removeFolder, runCli, tempFolder } from '../cli/run-cli';

describe('robustness: terminal escape sequences in text output', () => {
  it('writes control and bidirectional characters as visible escapes, tabs as they are', () => {
    assert.strictEqual(printable('a\u001b[2Jb\u0007\r\n\u009b\u202e\tc'), 'a\\x1b[2Jb\\x07\\x0d\\x0a\\x9b\\u202e\tc');
  });

  it('the CLI never passes a letter’s escape sequences to the terminal', () => {
    // The patient's name, quoted by the phi finding, carries "clear screen" and "set title".
    const letter = exampleLetter('acupuncture-neck.imr.md').replace(
      'The patient is a 52',
      'Mr. Smith\u001b[2J\u001b]0;pwned\u0007 said so. The patient is a 52',
    );
    const folder = tempFolder({ 'a\u001b[8m.imr.md': letter });
    try {
      const run = runCli(['.'], folder);
      for (const control of ['\u001b', '\u0007']) assert.ok(!run.stdout.includes(control), JSON.stringify(run.stdout));
      assert.ok(run.stdout.includes('a\\x1b[8m.imr.md:'), run.stdout);
    } finally {
      removeFolder(folder);
    }
  });
});
