import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from '../cli/run-cli';

// Our own correct letters (test/corpus) must keep being read right: every item with its decision and
// conclusion, no error or warning, every flipped decision caught, except the misreadings listed with why
// in test/corpus/known-misreadings.json. The scorer is the one `npm run corpus` prints; it runs the bundled
// CLI, as a reviewer would.
describe('own corpus (test/corpus)', function () {
  this.timeout(120_000);

  it('is read right, apart from the known misreadings, and every known one still happens', () => {
    const scorer = path.join(ROOT, 'test/tools/corpus-score.mjs');
    const run = spawnSync(process.execPath, [scorer, 'test/corpus'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FLIPS: '1' },
    });
    assert.strictEqual(run.status, 0, `${run.stdout}${run.stderr}`);
  });
});
