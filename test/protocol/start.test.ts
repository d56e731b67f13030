import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ServerSession, fixtureText, fixtureUri } from './harness';

describe('protocol: start', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-start-'));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('checks a letter without loading child_process or crypto, which only features it does not use need', async () => {
    // Records every module the server requires, as it requires it.
    const required = path.join(folder, 'required.txt');
    const preload = path.join(folder, 'record-requires.js');
    fs.writeFileSync(
      preload,
      `const Module = require('module');
const fs = require('fs');
const load = Module._load;
Module._load = function (request, ...rest) {
  fs.appendFileSync(${JSON.stringify(required)}, request + '\\n');
  return load.call(this, request, ...rest);
};\n`,
    );
    const session = await ServerSession.start({ nodeArgs: ['--require', preload] });
    try {
      const uri = fixtureUri('findings.imr.md');
      await session.open(uri, fixtureText('findings.imr.md'));
      assert.ok((await session.diagnostics(uri, 1)).length > 0);
      const modules = fs.readFileSync(required, 'utf8').split('\n');
      // The connection over stdio needs `net`: what is required is recorded.
      assert.ok(modules.includes('net'), modules.join(' '));
      assert.deepStrictEqual(
        modules.filter((name) => name === 'child_process' || name === 'crypto'),
        [],
      );
    } finally {
      await session.stop();
    }
  });
});
