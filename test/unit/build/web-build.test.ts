import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import * as esbuild from 'esbuild';
import { withTempDir } from '../../e2e/project';

const root = path.join(__dirname, '../../../..');
const { webOptions } = createRequire(__filename)(path.join(root, 'esbuild-web.js')) as {
  webOptions(entry: { in: string; out: string; format: string }, shared: esbuild.BuildOptions): esbuild.BuildOptions;
};

/** Bundles one module for the browser as the web build does; the error messages, none when it builds. */
async function webBuildErrors(source: string): Promise<string[]> {
  return withTempDir('imr-web-build-', async (dir) => {
    const entry = path.join(dir, 'entry.ts');
    fs.writeFileSync(entry, source);
    const options = webOptions(
      { in: entry, out: 'entry', format: 'iife' },
      { bundle: true, write: false, outdir: dir, external: ['vscode'], logLevel: 'silent' },
    );
    try {
      await esbuild.build({ ...options, absWorkingDir: root });
      return [];
    } catch (error) {
      return (error as esbuild.BuildFailure).errors.map((problem) => problem.text);
    }
  });
}

describe('the web build', () => {
  it('fails on a Node built-in, with or without node:, and names the import', async () => {
    for (const name of ['fs', 'node:path', 'child_process', 'fs/promises']) {
      const errors = await webBuildErrors(`import * as probe from '${name}';\nconsole.log(probe);\n`);
      assert.strictEqual(errors.length, 1, name);
      assert.match(errors[0], new RegExp(`^"${name}" \\(imported by .*entry\\.ts\\) is a Node built-in`));
    }
  });

  it('bundles the web server and client modules with no Node built-in', async () => {
    const server = path.join(root, 'server/web/main.ts');
    const client = path.join(root, 'client/src/browser/extension.ts');
    assert.deepStrictEqual(await webBuildErrors(`import '${server}';\nimport '${client}';\n`), []);
  });
});
