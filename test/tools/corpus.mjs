#!/usr/bin/env node
// `npm run corpus` (after the build and compile): the generated item corpus's fit (item-corpus.mjs), then
// the shared corpus score (items, decisions, conclusions read right and the findings raised on those correct
// letters, by ../shared/tools/corpus-score.mjs) and its knowledge fit (corpus-fit.mjs). The project does not
// depend on ../shared: without it this says so and succeeds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const generated = run([join(here, 'item-corpus.mjs')]);
const score = resolve('../shared/tools/corpus-score.mjs');
if (!existsSync(score)) {
  console.log(`skipped: no shared corpus scorer at ${score}`);
  process.exit(generated);
}
const scored = run([score, 'dist/cli.js']);
const fitted = run([join(here, 'corpus-fit.mjs')]);
process.exit(generated || scored || fitted);
