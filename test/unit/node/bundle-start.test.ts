import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BUILD_ID_MARK, codeCacheFile, loadBundle, writeCodeCache } from '../../../server/node/bundle-start';
import { withTempDir } from '../../e2e/project';

const DIST = path.join(__dirname, '../../../../dist');
const BUNDLE_START = require.resolve('../../../server/node/bundle-start');

/** A bundle that leaves `value` where the test reads it, stamped with `id` as the build stamps one. */
function writeBundle(file: string, value: number, id: string | undefined): void {
  const stamp = id === undefined ? '' : `${BUILD_ID_MARK}${id}\n`;
  fs.writeFileSync(file, `globalThis.bundleValue = ${value}; module.exports.file = __filename;${stamp}`);
}

function runAndRead(file: string): { fromCache: boolean; value: unknown } {
  const bundle = loadBundle(file);
  bundle.run();
  return { fromCache: bundle.fromCache, value: (globalThis as { bundleValue?: unknown }).bundleValue };
}

const ID_A = 'a'.repeat(40);
const ID_B = 'b'.repeat(40);

describe('starting a bundle from its code cache', () => {
  it('the built dist/cli.js and dist/server.js bundles start from the cache the build made with this Node', () => {
    // Each in a process of its own, as each is started: the V8 flags a bundle is loaded with are the whole process's.
    for (const name of ['cli-bundle.js', 'server-bundle.js']) {
      const load = `require(${JSON.stringify(BUNDLE_START)}).loadBundle(${JSON.stringify(path.join(DIST, name))})`;
      const child = spawnSync(process.execPath, ['-e', `process.stdout.write(String(${load}.fromCache))`], {
        encoding: 'utf8',
      });
      assert.strictEqual(child.stdout, 'true', `${name}: ${child.stderr}`);
    }
  });

  it('a bundle of another build (same length, other id) is compiled afresh and runs its own code', () =>
    withTempDir('imr-bundle-', async (dir) => {
      const file = path.join(dir, 'cli-bundle.js');
      writeBundle(file, 1, ID_A);
      const first = loadBundle(file);
      first.run();
      writeCodeCache(file, first);
      assert.deepStrictEqual(runAndRead(file), { fromCache: true, value: 1 });
      writeBundle(file, 2, ID_B);
      assert.deepStrictEqual(runAndRead(file), { fromCache: false, value: 2 });
    }));

  it('a cache V8 refuses, a missing cache or a bundle without a build id: compiled as usual', () =>
    withTempDir('imr-bundle-', async (dir) => {
      const file = path.join(dir, 'server-bundle.js');
      writeBundle(file, 3, ID_A);
      assert.deepStrictEqual(runAndRead(file), { fromCache: false, value: 3 });
      // Another text each time: V8 reuses a script compiled earlier in the same process, cache or not.
      writeBundle(file, 5, ID_A);
      fs.writeFileSync(codeCacheFile(file), Buffer.concat([Buffer.from(ID_A), Buffer.from('not V8 code')]));
      assert.deepStrictEqual(runAndRead(file), { fromCache: false, value: 5 });
      writeBundle(file, 4, undefined);
      assert.deepStrictEqual(runAndRead(file), { fromCache: false, value: 4 });
      assert.throws(() => writeCodeCache(file, loadBundle(file)), /has no build id/);
    }));
});
