import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from '../cli/run-cli';

// Our own correct letters (test/corpus) must keep being read right: every item with its decision and
// conclusion, no error or warning, every flipped decision caught, no knowledge entry applied that does not fit,
// except the misreadings listed with why in test/corpus/known-misreadings.json. The scorers are the ones
// `npm run corpus` prints; they run the bundled CLI, as a reviewer would.
describe('own corpus (test/corpus)', function () {
  this.timeout(120_000);

  const score = (tool: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'test/tools', tool), 'test/corpus'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FLIPS: '1' },
    });

  it('is read right, apart from the known misreadings, and every known one still happens', () => {
    const run = score('corpus-score.mjs');
    assert.strictEqual(run.status, 0, `${run.stdout}${run.stderr}`);
  });

  it('is judged by no entry that does not fit, apart from the known wrong fits', () => {
    const run = score('corpus-fit.mjs');
    assert.strictEqual(run.status, 0, `${run.stdout}${run.stderr}`);
  });
});
