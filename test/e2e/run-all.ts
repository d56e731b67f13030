/**
 * `npm run test:e2e`: every real-client check in one run: grammar scope tests, the extension
 * suite in VS Code (code-server; test-electron too when a desktop VS Code is available), the UI
 * check of the packaged .vsix, and Neovim's LSP client. Prints the VS Code version, one line per
 * stage with its counts and duration, and "N passed, N failed" over all of them.
 * Exit code: 1 when any stage failed or ran no test.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ensureCodeServer } from './code-server';
import { elapsedSeconds, PROJECT_ROOT, SuiteCounts } from './project';
import { runSuiteInCodeServer, suiteFailed } from './run-code-server';
import { runSuiteInElectron } from './run-electron';
import { runNeovim } from './run-neovim';
import { runUiCheck } from './ui-check';
import { runWebWorker } from './run-web-worker';
import { BROWSER_WORKER_HOST } from './ui-web-check';

/** Well inside CI's 90 minutes even with a cold code-server install (about 1-2 minutes). */
const OVERALL_TIMEOUT_MS = 30 * 60_000;

interface StageResult {
  counts: SuiteCounts;
  /** Shown instead of counts when the stage did not run (e.g. no desktop VS Code). */
  skipped?: string;
  note?: string;
  vscodeVersion?: string;
}

interface Stage {
  name: string;
  run(): Promise<StageResult>;
}

const stages: Stage[] = [
  { name: 'grammar scopes (npm run test:grammar)', run: grammarTests },
  { name: 'install code-server', run: installCodeServer },
  { name: 'extension suite in VS Code (code-server)', run: codeServerSuite },
  { name: 'package .vsix (npm run package)', run: packageVsix },
  { name: 'UI check of the installed .vsix (code-server)', run: async () => ({ counts: await runUiCheck() }) },
  {
    name: 'UI check of the installed .vsix in the browser worker extension host (code-server)',
    run: async () => ({ counts: await runUiCheck(BROWSER_WORKER_HOST) }),
  },
  { name: 'Neovim LSP client', run: neovim },
  {
    name: 'web server in a Chromium worker vs the Node server over stdio',
    run: async () => ({ counts: await runWebWorker() }),
  },
  { name: 'extension suite in desktop VS Code (test-electron)', run: electronSuite },
];

async function main(): Promise<number> {
  const summary: string[] = [];
  const total = { passed: 0, failed: 0 };
  let vscodeVersion: string | undefined;
  for (const stage of stages) {
    console.log(`\n=== ${stage.name}`);
    const startedAt = Date.now();
    const result = await stage.run().catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      return { counts: { passed: 0, failed: 1 } } as StageResult;
    });
    vscodeVersion ??= result.vscodeVersion;
    total.passed += result.counts.passed;
    total.failed += result.counts.failed;
    const outcome = result.skipped ?? `${result.counts.passed} passed, ${result.counts.failed} failed`;
    summary.push(`${stage.name}: ${outcome}${result.note ? ` (${result.note})` : ''} in ${elapsedSeconds(startedAt)}`);
  }
  console.log('\n=== end-to-end summary');
  console.log(`VS Code ${vscodeVersion ?? 'did not report its version'}`);
  for (const line of summary) console.log(`- ${line}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

/** A step that either works or not: one passed or one failed test. */
function step(ok: boolean, note?: string): StageResult {
  return { counts: { passed: ok ? 1 : 0, failed: ok ? 0 : 1 }, note };
}

/** The counts a stage reported, plus one failure when it failed without reporting any (crash, no test). */
function stageCounts(reported: SuiteCounts | undefined, ok: boolean): SuiteCounts {
  const counts = reported ?? { passed: 0, failed: 0 };
  return !ok && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

async function grammarTests(): Promise<StageResult> {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  if (!manifest.scripts['test:grammar']) {
    return { counts: { passed: 0, failed: 0 }, skipped: 'skipped (no script)' };
  }
  const run = spawnSync('npm', ['run', '--silent', 'test:grammar'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  // vscode-tmgrammar-test prints one line per fixture file: "… run successfuly." or "… failed".
  const lines = stripColors(run.stdout).split('\n');
  const counts = {
    passed: lines.filter((line) => line.endsWith(' run successfuly.')).length,
    failed: lines.filter((line) => line.endsWith(' failed')).length,
  };
  return { counts: stageCounts(counts, run.status === 0) };
}

function stripColors(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

async function installCodeServer(): Promise<StageResult> {
  return step(true, ensureCodeServer());
}

async function codeServerSuite(): Promise<StageResult> {
  const outcome = await runSuiteInCodeServer();
  return {
    counts: stageCounts(outcome.counts, !suiteFailed(outcome)),
    vscodeVersion: outcome.vscodeVersion && `${outcome.vscodeVersion} (code-server)`,
  };
}

async function packageVsix(): Promise<StageResult> {
  const run = spawnSync('npm', ['run', '--silent', 'package'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  return step(run.status === 0);
}

async function neovim(): Promise<StageResult> {
  const outcome = await runNeovim();
  return { counts: stageCounts(outcome.counts, outcome.exitCode === 0) };
}

async function electronSuite(): Promise<StageResult> {
  const outcome = await runSuiteInElectron(false);
  if (outcome === 'skipped') {
    return { counts: { passed: 0, failed: 0 }, skipped: 'skipped (no VSCODE_EXECUTABLE_PATH)' };
  }
  return step(outcome === 'passed');
}

setTimeout(() => {
  console.error(`end-to-end tests did not finish within ${OVERALL_TIMEOUT_MS / 60_000} minutes`);
  process.exit(1);
}, OVERALL_TIMEOUT_MS).unref();

void main().then((code) => process.exit(code));
