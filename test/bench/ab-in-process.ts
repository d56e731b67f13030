/**
 * `ab.js --in-process`: the two builds' checkers in one process, each from its own compiled
 * modules (`out/server/core`, so each has its own caches), put through the same edit sequence
 * alternately edit by edit, the CPU time of each analysis and its diagnostics taken apart. A burst
 * of load then falls on both builds alike, which makes a difference of a few per cent visible on a
 * shared machine where whole server runs vary by more. Each build is warmed on another letter first.
 */
import * as crypto from 'crypto';
import { createRequire } from 'module';
import * as path from 'path';
import { generateLetter } from './generate-letter';
import { EDITS, editChange } from './workload';

export interface Checker {
  name: string;
  analyze(text: string): unknown;
  cpu: number[];
  hash: crypto.Hash;
}

const WARM_ROUNDS = 40;

/** The checker of a build folder that holds the compiled modules (`npm run compile`). */
function checkerOf(name: string, folder: string): Checker {
  const load = createRequire(__filename);
  const core = load(path.join(folder, 'out/server/core/index.js'));
  const service = core.createLetterService();
  const setup = { knowledge: core.builtInKnowledge(), config: core.defaultConfig() };
  let previous: unknown;
  const hash = crypto.createHash('sha256');
  return {
    name,
    cpu: [],
    hash,
    analyze(text: string) {
      previous = service.analyze(text, setup, previous);
      return service.diagnostics(previous, 'file:///ab/letter.imr.md');
    },
  };
}

function timed(checker: Checker, text: string): void {
  const start = process.cpuUsage();
  const diagnostics = checker.analyze(text);
  const used = process.cpuUsage(start);
  checker.cpu.push((used.user + used.system) / 1000);
  checker.hash.update(JSON.stringify(diagnostics));
}

/**
 * Runs the bench's edit sequence `passes` times through both builds; returns the CPU per edit of
 * each and whether their diagnostics agree.
 */
export function abInProcess(
  builds: Array<{ name: string; folder: string }>,
  passes: number,
): { checkers: Checker[]; identical: boolean } {
  const checkers = builds.map((build) => checkerOf(build.name, build.folder));
  const warm = generateLetter(100_000, 7);
  const text = generateLetter(100_000);
  for (const checker of checkers) {
    for (let round = 0; round < WARM_ROUNDS; round++) checker.analyze(editChange(warm, round + 2, false).text);
    checker.analyze(text);
  }
  for (let pass = 0; pass < passes; pass++) {
    for (let version = 2; version < EDITS + 2; version++) {
      const next = editChange(text, version, false).text;
      // Alternate which build goes first, so neither always meets the caches the other left warm.
      for (const checker of version % 2 === 0 ? checkers : [...checkers].reverse()) timed(checker, next);
    }
  }
  const digests = checkers.map((checker) => checker.hash.digest('hex'));
  return { checkers, identical: digests[0] === digests[1] };
}
