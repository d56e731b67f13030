/**
 * The UI check of the installed .vsix in VS Code's browser worker extension host: code-server
 * runs an extension there when the user settings give it the `web` kind
 * (`remote.extensionKind`). Then the manifest's `browser` entry (dist/web/client.js) is what
 * runs, and its language server is a Worker (dist/web/server.js) beside it in the browser: no
 * Node process checks the letter. Screenshots go to test-results/ui-web-*.png.
 * Exit code: 0 when every check passed, 1 otherwise.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import type { Page } from 'playwright-core';
import {
  hoverShowsLimits,
  openLetter,
  problemsListFindings,
  runUiCheck,
  statusBarCounts,
  type UiHost,
  type UiRun,
} from './ui-check';

const EXTENSION_ID = 'imr-determinations.imr-determinations';
/** The name VS Code gives its web extension host's Worker; a Worker that one starts is named "<it> -> <script>". */
const WEB_EXTENSION_HOST = 'ExtensionHostWorker';

export const BROWSER_WORKER_HOST: UiHost = {
  prefix: 'ui-web',
  settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
  checks: [
    { name: 'the workbench opens the letter from the installed extension', run: openLetter },
    { name: 'the Problems panel lists the letter findings', run: problemsListFindings },
    { name: 'the status bar counts the letter items, decisions and findings', run: statusBarCounts },
    { name: 'a hover on a guideline citation shows its limits', run: hoverShowsLimits },
    { name: 'the findings come from the browser worker: the web server runs, no Node server', run: inBrowserWorker },
  ],
};

/**
 * The extension host in the browser started a Worker of its own (the web server: no other
 * extension here starts one), and no process on the machine runs the extension's Node server
 * (dist/server.js), which the Node extension host would have started by now.
 */
async function inBrowserWorker(page: Page, ui: UiRun): Promise<void> {
  const names = await Promise.all(
    page.workers().map((worker) => worker.evaluate(() => (globalThis as unknown as { name: string }).name)),
  );
  assert.strictEqual(
    names.filter((name) => name.startsWith(`${WEB_EXTENSION_HOST} -> `)).length,
    1,
    `the workers: ${names.join(', ')}`,
  );
  const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n');
  const nodeServers = processes.filter((args) => args.includes(ui.server.extensionsDir) && args.includes('server.js'));
  assert.deepStrictEqual(nodeServers, [], 'a Node language server of the extension runs');
}

if (require.main === module) {
  runUiCheck(BROWSER_WORKER_HOST).then(
    (counts) => process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
