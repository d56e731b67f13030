#!/usr/bin/env node
// `npm run corpus` (after the build): the shared corpus score (items, decisions, conclusions read right and
// the findings raised on those correct letters, by ../shared/tools/corpus-score.mjs), then the knowledge fit
// (corpus-fit.mjs). The project does not depend on ../shared: without it this says so and succeeds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const score = resolve('../shared/tools/corpus-score.mjs');
if (!existsSync(score)) {
  console.log(`skipped: no shared corpus scorer at ${score}`);
  process.exit(0);
}
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const scored = run([score, 'dist/cli.js']);
const fitted = run([join(dirname(fileURLToPath(import.meta.url)), 'corpus-fit.mjs')]);
process.exit(scored || fitted);
