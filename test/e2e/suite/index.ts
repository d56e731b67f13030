/**
 * Entry point of the extension test suite, loaded by VS Code's extension host (code-server or
 * @vscode/test-electron) through `extensionTestsPath`. Runs every `*.test.js` beside it with mocha
 * and prints the VS Code version and the pass/fail counts on lines the hosts parse.
 */
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import * as vscode from 'vscode';

export function run(): Promise<void> {
  console.log(`imr-e2e: VS Code ${vscode.version} (${vscode.env.appName}, extension host Node ${process.version})`);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      console.log(`imr-e2e: ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} end-to-end tests failed`));
      else if (passed === 0) reject(new Error('the end-to-end suite ran no test'));
      else resolve();
    });
  });
}
