/**
 * `node out/test/bench/ab.js [BASE] [CHANGE] [--rounds N] [--no-cli | --no-server] [--in-process]`:
 * an A/B of two builds in CPU time, which other work on a shared machine does not inflate as it
 * does wall time (run on two built folders at real-time priority, `chrt -f 10 node …`, it keeps
 * its wall times too from other work, which waits meanwhile). BASE and CHANGE
 * are each a git ref (default BASE `main`), `.` for the working tree (default CHANGE) or a folder
 * holding a built `dist/`; a ref or the working tree is built (production bundles, as `npm run
 * bench` times them) in a folder of its own under the temp folder. Each round runs both builds,
 * in alternating order, on the same inputs:
 * - the server over stdio: initialize → first diagnostics of a 10 KB letter, then, in a fresh
 *   server, the 100 KB letter opened and the bench's edit sequence (workload.ts), every edit
 *   counted from the first; the server's own CPU time (its threads' scheduler counts) per edit;
 *   then the same again in another fresh server at a user's pace (workload.ts `PACE`);
 * - the CLI (`--format json`) on the 1 MB letter and on a folder of 200 letters, its CPU time
 *   (`process.cpuUsage()` at exit, through a preloaded script: every thread's) and its wall time.
 * It prints each measure's median over the rounds for both builds, and a hash of every published
 * diagnostic and every CLI report: an optimization must leave them identical (exit status 1 when not).
 * Not part of `npm test`.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { generateLetter } from './generate-letter';
import { BenchClient } from './lsp-client';
import { abInProcess } from './ab-in-process';
import { EDITS, PACE, delay, editChange, writeLetterFolder } from './workload';

const ROOT = path.resolve(__dirname, '../../..');
const FIRST_EDITS = 20;

interface Build {
  name: string;
  dist: string;
}

interface Inputs {
  folder: string;
  small: string;
  medium: string;
}

/** One run of one build: named measures in ms, and the hash of what it published. */
interface Run {
  measures: Map<string, number>;
  digest: string;
}

function git(args: string[], cwd = ROOT): Buffer {
  const result = spawnSync('git', args, { cwd, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A build's folder: given (with its dist/), or the ref's or working tree's sources built under the temp folder. */
function prepare(spec: string, compiled: boolean): Build {
  if (spec !== '.' && fs.existsSync(path.join(spec, 'dist/server.js'))) {
    return { name: spec, dist: path.resolve(spec, 'dist') };
  }
  const build = built(spec);
  const folder = path.dirname(build.dist);
  if (compiled && !fs.existsSync(path.join(folder, 'out/server/core/index.js'))) {
    const result = spawnSync('npx', ['tsc', '-p', '.'], { cwd: folder, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`compiling ${spec} failed: ${result.stdout}${result.stderr}`);
  }
  return build;
}

/** A ref's or the working tree's sources, built (production bundles) under the temp folder. */
function built(spec: string): Build {
  const commit =
    spec === '.'
      ? 'worktree'
      : git(['rev-parse', '--verify', `${spec}^{commit}`])
          .toString()
          .trim();
  const folder = path.join(os.tmpdir(), `imr-ab-${commit === 'worktree' ? `worktree-${process.pid}` : commit}`);
  const dist = path.join(folder, 'dist');
  if (commit !== 'worktree' && fs.existsSync(path.join(dist, 'server.js'))) return { name: spec, dist };
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  if (commit === 'worktree') copyWorkingTree(folder);
  else spawnSync('tar', ['-x', '-C', folder], { input: git(['archive', commit]) });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(folder, 'node_modules'));
  const built = spawnSync('npm', ['run', 'build', '--', '--production'], { cwd: folder, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building ${spec} failed: ${built.stdout}${built.stderr}`);
  return { name: spec === '.' ? 'working tree' : spec, dist };
}

/** The working tree's files as they are now (tracked and new ones, less the ignored and the deleted). */
function copyWorkingTree(folder: string): void {
  const files = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']).toString().split('\0');
  for (const file of files.filter((name) => name && fs.existsSync(path.join(ROOT, name)))) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(folder, file));
  }
}

/** What a build published, less where the build is (its rule links point into its own dist/). */
function withoutFolder(published: string, build: Build): string {
  return published.split(build.dist).join('<dist>');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The server's CPU and wall time from its start to the first diagnostics of the 10 KB letter. */
async function firstDiagnostics(build: Build, inputs: Inputs, run: Run, hash: crypto.Hash): Promise<void> {
  const start = performance.now();
  const client = BenchClient.start(path.join(build.dist, 'server.js'));
  client.onPublish = (params) => hash.update(withoutFolder(JSON.stringify(params), build));
  await client.initialize(inputs.folder);
  await client.open(`file://${path.join(inputs.folder, 'small.imr.md')}`, inputs.small);
  run.measures.set('server start → first diagnostics 10 KB, CPU', client.cpuMs());
  run.measures.set('server start → first diagnostics 10 KB, wall', performance.now() - start);
  await client.stop();
}

/**
 * The server's CPU time to open the 100 KB letter, then per edit of the sequence, sent back to
 * back or at a user's pace (`PACE`); paced, what the server spends in the pauses (its warm-up)
 * is measured apart, not in the edit after them.
 */
async function edits(build: Build, inputs: Inputs, run: Run, hash: crypto.Hash, paced: boolean): Promise<void> {
  const client = BenchClient.start(path.join(build.dist, 'server.js'));
  client.onPublish = (params) => hash.update(withoutFolder(JSON.stringify(params), build));
  await client.initialize(inputs.folder);
  const uri = `file://${path.join(inputs.folder, 'medium.imr.md')}`;
  const before = client.cpuMs();
  await client.open(uri, inputs.medium);
  let last = client.cpuMs();
  const label = (name: string) => (paced ? `${name}, paced` : name);
  if (!paced) run.measures.set('server open 100 KB, CPU', last - before);
  const cpu: number[] = [];
  const wall: number[] = [];
  let paused = 0;
  for (let version = 2; version < EDITS + 2; version++) {
    if (paced) {
      await delay(version === 2 ? PACE.firstEditMs : PACE.betweenEditsMs);
      paused += client.cpuMs() - last;
      last = client.cpuMs();
    }
    const start = performance.now();
    await client.change(uri, version, editChange(inputs.medium, version, client.incremental));
    wall.push(performance.now() - start);
    const now = client.cpuMs();
    cpu.push(now - last);
    last = now;
  }
  await client.stop();
  run.measures.set(label('edit CPU p50'), percentile(cpu, 50));
  run.measures.set(label('edit CPU p95'), percentile(cpu, 95));
  run.measures.set(label('edit CPU max'), Math.max(...cpu));
  run.measures.set(label(`edit CPU, first ${FIRST_EDITS} edits together`), sum(cpu.slice(0, FIRST_EDITS)));
  run.measures.set(label(`edit CPU, all ${EDITS} edits together`), sum(cpu));
  run.measures.set(label('edit wall p50'), percentile(wall, 50));
  run.measures.set(label('edit wall p95'), percentile(wall, 95));
  if (paced) run.measures.set('CPU in the pauses between paced edits', paused);
}

/** The CLI's own CPU time (`process.cpuUsage()` as it exits, written by a preloaded script) on `target`. */
function cli(build: Build, inputs: Inputs, target: string, label: string, run: Run, hash: crypto.Hash): void {
  const cpuFile = path.join(inputs.folder, 'cpu.txt');
  const preload = path.join(inputs.folder, 'cpu-at-exit.js');
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--require', preload, path.join(build.dist, 'cli.js'), '--format', 'json', target],
    { cwd: inputs.folder, env: { ...process.env, IMR_AB_CPU: cpuFile }, maxBuffer: 1 << 30 },
  );
  if (result.status === null || result.status > 1) throw new Error(`imr-lint ${target} failed: ${result.stderr}`);
  const wall = performance.now() - start;
  hash.update(withoutFolder(result.stdout.toString(), build));
  run.measures.set(`CLI ${label}, CPU`, Number(fs.readFileSync(cpuFile, 'utf8')));
  // A CLI that checks on several threads spends more CPU to take less time: its wall counts too.
  run.measures.set(`CLI ${label}, wall`, wall);
}

async function measure(build: Build, inputs: Inputs, withCli: boolean, withServer: boolean): Promise<Run> {
  const run: Run = { measures: new Map(), digest: '' };
  const hash = crypto.createHash('sha256');
  if (withServer) {
    await firstDiagnostics(build, inputs, run, hash);
    await edits(build, inputs, run, hash, false);
    await edits(build, inputs, run, hash, true);
  }
  if (withCli) {
    cli(build, inputs, 'large.imr.md', '1 MB letter', run, hash);
    cli(build, inputs, 'letters', 'folder of 200 letters', run, hash);
  }
  run.digest = hash.digest('hex');
  return run;
}

function writeInputs(folder: string): Inputs {
  const inputs = { folder, small: generateLetter(10_000), medium: generateLetter(100_000) };
  fs.writeFileSync(path.join(folder, 'small.imr.md'), inputs.small);
  fs.writeFileSync(path.join(folder, 'medium.imr.md'), inputs.medium);
  fs.writeFileSync(path.join(folder, 'large.imr.md'), generateLetter(1_000_000));
  writeLetterFolder(folder);
  fs.writeFileSync(
    path.join(folder, 'cpu-at-exit.js'),
    `process.on('exit', () => { const usage = process.cpuUsage();
      require('fs').writeFileSync(process.env.IMR_AB_CPU, String((usage.user + usage.system) / 1000)); });\n`,
  );
  return inputs;
}

const median = (values: number[]) => percentile(values, 50);

/** The medians of both builds side by side; whether every run published the same diagnostics and reports. */
function report(builds: Build[], runs: Run[][]): boolean {
  const rows = [[`median of ${runs[0].length} rounds, ms`, ...builds.map((build) => build.name), 'change']];
  for (const name of runs[0][0].measures.keys()) {
    const [base, change] = runs.map((list) => median(list.map((run) => run.measures.get(name)!)));
    const percent = (change / base - 1) * 100;
    rows.push([name, base.toFixed(1), change.toFixed(1), `${percent > 0 ? '+' : ''}${percent.toFixed(1)} %`]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
  const digests = runs.map((list) => [...new Set(list.map((run) => run.digest))]);
  const identical = new Set(digests.flat()).size === 1;
  console.log(
    identical
      ? `diagnostics and CLI reports identical in every run: sha256 ${digests[0][0]}`
      : `DIFFERENT diagnostics or CLI reports: ${builds.map((build, i) => `${build.name} ${digests[i].join(', ')}`).join('; ')}`,
  );
  return identical;
}

interface Options {
  specs: string[];
  rounds: number;
  withCli: boolean;
  withServer: boolean;
  inProcess: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = { specs: [], rounds: 7, withCli: true, withServer: true, inProcess: false };
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--rounds') options.rounds = Number(args[++index]);
    else if (args[index] === '--no-cli') options.withCli = false;
    else if (args[index] === '--no-server') options.withServer = false;
    else if (args[index] === '--in-process') options.inProcess = true;
    else options.specs.push(args[index]);
  }
  return options;
}

/** The in-process A/B (ab-in-process.ts): `rounds` passes over the edit sequence. */
function reportInProcess(builds: Build[], rounds: number): boolean {
  const { checkers, identical } = abInProcess(
    builds.map((build) => ({ name: build.name, folder: path.dirname(build.dist) })),
    rounds,
  );
  const line = (label: string, of: (cpu: number[]) => number) => {
    const [base, change] = checkers.map((checker) => of(checker.cpu));
    const percent = (change / base - 1) * 100;
    console.log(
      `${label}: ${base.toFixed(2)} | ${change.toFixed(2)} ms (${percent > 0 ? '+' : ''}${percent.toFixed(1)} %)`,
    );
  };
  console.log(`in process, ${rounds} × ${EDITS} edits alternately, CPU ms: ${checkers.map((c) => c.name).join(' | ')}`);
  line('all edits together', sum);
  line('edit p50', (cpu) => percentile(cpu, 50));
  line('edit p95', (cpu) => percentile(cpu, 95));
  console.log(identical ? 'diagnostics identical over every edit' : 'DIFFERENT diagnostics');
  return identical;
}

async function main(): Promise<void> {
  const { specs, rounds, withCli, withServer, inProcess } = parseArgs(process.argv.slice(2));
  const builds = [prepare(specs[0] ?? 'main', inProcess), prepare(specs[1] ?? '.', inProcess)];
  if (inProcess) {
    if (!reportInProcess(builds, rounds)) process.exitCode = 1;
    return;
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-ab-inputs-'));
  try {
    const inputs = writeInputs(folder);
    const runs: Run[][] = [[], []];
    for (let round = 0; round < rounds; round++) {
      // Alternate which build goes first, so a burst of load or a warmer file cache favours neither.
      for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) {
        runs[index].push(await measure(builds[index], inputs, withCli, withServer));
      }
      process.stderr.write(`round ${round + 1} of ${rounds}\n`);
    }
    if (!report(builds, runs)) process.exitCode = 1;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
