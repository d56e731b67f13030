#!/usr/bin/env node
// `npm run corpus` (after the build and compile): the shared corpus score (items, decisions, conclusions read
// right and the findings raised on those correct letters, by ../shared/tools/corpus-score.mjs), its conclusions
// read from the key's sentence (conclusion-sentences.mjs) and its knowledge fit (corpus-fit.mjs), then the same
// measures plus the flip measure on our own letters in test/corpus (corpus-score.mjs) and their fit, then the
// generated item corpus's fit (item-corpus.mjs). Without ../shared only our own letters and the generated items
// are scored.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const tools = dirname(fileURLToPath(import.meta.url));
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const shared = resolve('../shared/tools/corpus-score.mjs');
let status = 0;
if (existsSync(shared)) {
  console.log('== ../shared/corpus');
  status |= run([shared, 'dist/cli.js']);
  status |= run([join(tools, 'conclusion-sentences.mjs')]);
  status |= run([join(tools, 'corpus-fit.mjs')]);
} else console.log(`skipped ../shared/corpus: no shared corpus scorer at ${shared}`);
console.log('== test/corpus');
status |= run([join(tools, 'corpus-score.mjs'), 'test/corpus']);
status |= run([join(tools, 'corpus-fit.mjs'), 'test/corpus']);
console.log('== generated item corpus (test/unit/knowledge/item-corpus)');
status |= run([join(tools, 'item-corpus.mjs')]);
process.exit(status);
