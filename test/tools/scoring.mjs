// What the scorers share: an answer-keyed folder's key, the bundled CLI's reports on letters, as a reviewer
// would run it (after npm run build), and the compiled measures (after npm run compile).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';

/** The answer key of the folder (answers.json), by letter; a folder without one has nothing to measure. */
export function answerKey(corpus) {
  const file = join(corpus, 'answers.json');
  if (!existsSync(file)) {
    console.log(`no answer-keyed corpus at ${corpus}: nothing to measure`);
    process.exit(0);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const cli = 'dist/cli.js';

/** The CLI's output for the arguments; a run that finds errors still reports. */
export function runCli(args) {
  if (!existsSync(cli)) {
    console.error(`no ${cli}: build first (npm run build)`);
    process.exit(2);
  }
  try {
    return execFileSync('node', [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    if (error.stdout) return error.stdout;
    throw error;
  }
}

/** The checker's JSON report of each letter, with `--items`, by file name. */
export const reportsOf = (files) =>
  new Map(
    JSON.parse(runCli(['--format', 'json', '--items', ...files])).map((report) => [basename(report.file), report]),
  );

/** A compiled module of the project (its path under out/). */
export function compiled(path) {
  const file = resolve('out', path);
  if (!existsSync(file)) {
    console.error(`no ${file}: compile first (npm run compile)`);
    process.exit(2);
  }
  return createRequire(import.meta.url)(file);
}
