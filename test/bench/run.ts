/**
 * `npm run bench`: measures the CLI against markdownlint-cli2, the language server over stdio,
 * and the checker on adversarial inputs, on inputs generated here, and prints one table with
 * the speed targets. Not part of `npm test`: timings belong in a report, not in assertions.
 * The script builds the production bundles first (minified, as the .vsix ships them), so the
 * CLI and the server are timed as users run them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkText } from '../../server/core';
import { adversarialInputs } from './adversarial';
import { generateLetter } from './generate-letter';
import { BenchClient } from './lsp-client';
import { EDITS, FOLDER_LETTERS, PACE, delay, editChange, writeLetterFolder } from './workload';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SERVER = path.join(ROOT, 'dist/server.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const SIZES = [
  { label: '10 KB', bytes: 10_000 },
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
];
const PROCESS_RUNS = 7;
const SERVER_STARTS = 3;

interface Row {
  measure: string;
  value: string;
  target?: string;
  pass?: boolean;
}

const rows: Row[] = [];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const median = (values: number[]) => percentile(values, 50);

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** One whole-process wall time, started from the letters' folder (no config there). */
function processTime(args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const time = performance.now() - start;
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return time;
}

/**
 * Runs the two tools alternately, so a burst of load on a shared machine hits both alike, and
 * compares the medians.
 */
function benchCli(folder: string, files: string[]): void {
  files.forEach((file, index) => {
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < PROCESS_RUNS; run++) {
      ours.push(processTime([CLI, file], folder));
      theirs.push(processTime([MARKDOWNLINT, file], folder));
    }
    const ratio = median(ours) / median(theirs);
    const last = index === files.length - 1;
    rows.push({
      measure: `CLI vs markdownlint-cli2, ${SIZES[index].label}`,
      value: `${ms(median(ours))} vs ${ms(median(theirs))} (×${ratio.toFixed(2)})`,
      target: last ? '≤ ×0.25' : undefined,
      pass: last ? ratio <= 0.25 : undefined,
    });
  });
}

/**
 * In-process check time per size, to show growth is linear (µs per KB stays flat). The code is
 * warmed up first, so the smallest letter is not charged with compiling the checker.
 */
function benchLinearity(letters: string[]): void {
  for (let run = 0; run < 3; run++) checkText(letters[1]);
  letters.forEach((text, index) => {
    const runs = Math.max(PROCESS_RUNS, Math.round(100_000 / text.length) * PROCESS_RUNS);
    const times = Array.from({ length: runs }, () => {
      const start = performance.now();
      checkText(text);
      return performance.now() - start;
    });
    const time = median(times);
    rows.push({
      measure: `checkText in process, ${SIZES[index].label}`,
      value: `${ms(time)} (${((time * 1000) / (text.length / 1000)).toFixed(1)} µs/KB)`,
    });
  });
}

/** The whole folder in one process each, alternately, as in `benchCli`. */
function benchFolder(folder: string): void {
  writeLetterFolder(folder);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < PROCESS_RUNS; run++) {
    ours.push(processTime([CLI, 'letters'], folder));
    theirs.push(processTime([MARKDOWNLINT, 'letters/*.imr.md'], folder));
  }
  const ratio = median(ours) / median(theirs);
  rows.push({
    measure: `CLI vs markdownlint-cli2, a folder of ${FOLDER_LETTERS} letters of 10 KB`,
    value: `${ms(median(ours))} vs ${ms(median(theirs))} (×${ratio.toFixed(2)})`,
    target: '≤ ×0.25',
    pass: ratio <= 0.25,
  });
}

async function benchServer(folder: string, letters: string[]): Promise<void> {
  const uri = (name: string) => `file://${path.join(folder, name)}`;
  const starts: number[] = [];
  for (let run = 0; run < SERVER_STARTS; run++) {
    const client = BenchClient.start(SERVER);
    const start = performance.now();
    await client.initialize(folder);
    await client.open(uri('small.imr.md'), letters[0]);
    starts.push(performance.now() - start);
    await client.stop();
  }
  const firstDiagnostics = median(starts);
  rows.push({
    measure: `server: initialize → first diagnostics, 10 KB (median of ${SERVER_STARTS})`,
    value: ms(firstDiagnostics),
    target: '≤ 150 ms',
    pass: firstDiagnostics <= 150,
  });

  await benchEdits(folder, uri('medium.imr.md'), letters[1], false);
  await benchEdits(folder, uri('medium.imr.md'), letters[1], true);

  const large = BenchClient.start(SERVER);
  await large.initialize(folder);
  await large.open(uri('large.imr.md'), letters[2]);
  const rss = large.peakRssMb();
  await large.stop();
  rows.push({
    measure: 'server: peak RSS after opening 1 MB',
    value: `${rss.toFixed(0)} MB`,
    target: '≤ 150 MB',
    pass: rss <= 150,
  });
}

/** The edit latencies of the 100 KB letter in a fresh server, sent back to back or at a user's pace. */
async function benchEdits(folder: string, uri: string, text: string, paced: boolean): Promise<void> {
  const editing = BenchClient.start(SERVER);
  await editing.initialize(folder);
  const latencies = await editLatencies(editing, uri, text, paced);
  await editing.stop();
  const how = paced
    ? `at a user's pace (the first ${PACE.firstEditMs} ms after opening, then one every ${PACE.betweenEditsMs} ms)`
    : 'back to back';
  const p95 = percentile(latencies, 95);
  rows.push({
    measure: `server: didChange → diagnostics, 100 KB, p50 (all ${EDITS} edits from the first, ${how})`,
    value: ms(percentile(latencies, 50)),
  });
  rows.push({
    measure: `server: didChange → diagnostics, 100 KB, p95 (all ${EDITS} edits from the first, ${how})`,
    value: ms(p95),
    target: '≤ 15 ms',
    pass: p95 <= 15,
  });
  rows.push({
    measure: `server: didChange → diagnostics, 100 KB, slowest edit (${how})`,
    value: ms(Math.max(...latencies)),
  });
}

/** The edits of `editChange`, each round trip timed, from the first edit after opening on. */
async function editLatencies(client: BenchClient, uri: string, text: string, paced: boolean): Promise<number[]> {
  await client.open(uri, text);
  const latencies: number[] = [];
  for (let version = 2; version < EDITS + 2; version++) {
    if (paced) await delay(version === 2 ? PACE.firstEditMs : PACE.betweenEditsMs);
    const change = editChange(text, version, client.incremental);
    const start = performance.now();
    await client.change(uri, version, change);
    latencies.push(performance.now() - start);
  }
  return latencies;
}

function benchAdversarial(): void {
  for (const input of adversarialInputs()) {
    const start = performance.now();
    checkText(input.text);
    const time = performance.now() - start;
    rows.push({ measure: `adversarial: ${input.name}`, value: ms(time), target: '< 1000 ms', pass: time < 1000 });
  }
}

function printTable(): void {
  const header = ['measure', 'value', 'target', 'result'];
  const cells = rows.map((row) => [
    row.measure,
    row.value,
    row.target ?? '',
    row.pass === undefined ? '' : row.pass ? 'PASS' : 'MISS',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (cell: string[]) => `| ${cell.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`;
  const cpus = os.cpus();
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
      `load average ${load} at the end (times grow with other work on the machine)`,
  );
  console.log(
    [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n'),
  );
}

async function main(): Promise<void> {
  for (const file of [CLI, SERVER]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run bench", which builds it`);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-'));
  try {
    const letters = SIZES.map((size) => generateLetter(size.bytes));
    const names = ['small.imr.md', 'medium.imr.md', 'large.imr.md'];
    names.forEach((name, index) => fs.writeFileSync(path.join(folder, name), letters[index]));
    benchCli(folder, names);
    benchFolder(folder);
    benchLinearity(letters);
    await benchServer(folder, letters);
    benchAdversarial();
    printTable();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
