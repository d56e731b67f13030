/**
 * Runs the headless Neovim LSP test (test/e2e/neovim/diagnostics.lua) against dist/server.js.
 * Exit code: Neovim's (non-zero when a letter's diagnostics differ or none ran).
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { E2E_SOURCE, parseCounts, PROJECT_ROOT, requireBuilt, SuiteCounts } from './project';

const NEOVIM_TIMEOUT_MS = 2 * 60_000;

export interface NeovimOutcome {
  exitCode: number;
  counts: SuiteCounts | undefined;
}

export function runNeovim(): Promise<NeovimOutcome> {
  requireBuilt('dist/server.js', 'npm run build');
  const script = path.join(E2E_SOURCE, 'neovim', 'diagnostics.lua');
  const nvim = process.env.NVIM_PATH ?? 'nvim';
  return new Promise((resolve) => {
    const child = spawn(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    const timer = setTimeout(() => {
      console.error(`Neovim did not finish within ${NEOVIM_TIMEOUT_MS / 1000} s`);
      child.kill('SIGKILL');
    }, NEOVIM_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.error(`could not run ${nvim}: ${error.message}`);
      resolve({ exitCode: 1, counts: undefined });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? 1, counts: parseCounts(output, 'neovim') });
    });
  });
}

if (require.main === module) {
  void runNeovim().then((outcome) => process.exit(outcome.exitCode));
}
