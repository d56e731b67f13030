/**
 * Runs the extension test suite (out/test/e2e/suite) inside VS Code served by code-server, in
 * headless Chromium. The workbench runs the suite when given the `payload` URL parameter, forwards
 * the extension host's console to `codeAutomationLog` and reports the exit code of `run()` through
 * `codeAutomationExit`.
 * Exit code: 0 when every test passed and at least one ran, 1 otherwise.
 */
import { Browser } from 'playwright-core';
import { format } from 'util';
import { ensureCodeServer, startCodeServer } from './code-server';
import {
  elapsedSeconds,
  parseCounts,
  PROJECT_ROOT,
  requireBuilt,
  SUITE_INDEX,
  SuiteCounts,
  VERSION_PATTERN,
} from './project';

const SUITE_TIMEOUT_MS = 5 * 60_000;
/** Failed lookups of the extension gallery, expected offline. */
const OFFLINE_NOISE = /ENOTFOUND|getaddrinfo/;

export interface SuiteOutcome {
  exitCode: number;
  counts: SuiteCounts | undefined;
  vscodeVersion: string | undefined;
}

export async function runSuiteInCodeServer(): Promise<SuiteOutcome> {
  requireBuilt('dist/client.js', 'npm run build');
  requireBuilt('out/test/e2e/suite/index.js', 'npx tsc -p .');
  console.log(ensureCodeServer());
  const server = await startCodeServer({ onOutput: logServerProblem });
  const startedAt = Date.now();
  try {
    const log: string[] = [];
    const exitCode = await runPayload(server.port, server.workbenchUrl, await server.launchBrowser(), log);
    const text = log.join('\n');
    const outcome = { exitCode, counts: parseCounts(text), vscodeVersion: VERSION_PATTERN.exec(text)?.[1] };
    console.log(`code-server suite finished in ${elapsedSeconds(startedAt)} with exit code ${exitCode}`);
    return outcome;
  } finally {
    await server.stop();
  }
}

async function runPayload(port: number, workbenchUrl: string, browser: Browser, log: string[]): Promise<number> {
  const page = await browser.newPage();
  const remote = (file: string): string => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = [
    ['extensionDevelopmentPath', remote(PROJECT_ROOT)],
    ['extensionTestsPath', remote(SUITE_INDEX)],
    ['skipWelcome', 'true'],
  ];
  let reportExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    // The workbench forwards console calls as they were made, format string first (mocha's reporter).
    const line = format(...args);
    log.push(line);
    // Before the suite starts, the workbench only chats about its connection; show errors alone.
    const started = VERSION_PATTERN.test(log.join('\n'));
    if (OFFLINE_NOISE.test(line) || (!started && type !== 'error')) return;
    console.log(type === 'error' ? `[workbench error] ${line}` : line);
  });
  await page.goto(`${workbenchUrl}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const timeout = new Promise<number>((resolve) =>
    setTimeout(() => {
      console.error(`the suite did not finish within ${SUITE_TIMEOUT_MS / 60_000} minutes`);
      resolve(1);
    }, SUITE_TIMEOUT_MS).unref(),
  );
  return Promise.race([exited, timeout]);
}

/** code-server logs gallery lookups that fail offline; only show what looks like a real problem. */
function logServerProblem(line: string): void {
  if (/\berror\b/i.test(line) && !OFFLINE_NOISE.test(line)) {
    console.error(`[code-server] ${line}`);
  }
}

export function suiteFailed(outcome: SuiteOutcome): boolean {
  return outcome.exitCode !== 0 || !outcome.counts || outcome.counts.passed === 0 || outcome.counts.failed > 0;
}

if (require.main === module) {
  runSuiteInCodeServer().then(
    (outcome) => {
      console.log(`VS Code ${outcome.vscodeVersion ?? 'unknown'} (code-server)`);
      const counts = outcome.counts ?? { passed: 0, failed: 0 };
      console.log(`${counts.passed} passed, ${counts.failed} failed`);
      process.exit(suiteFailed(outcome) ? 1 : 0);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
