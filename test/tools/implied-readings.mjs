#!/usr/bin/env node
// How often each kind of necessity reading disagrees with its item's decision on correct letters: the
// measure that decides which readings may report a contradiction. Reads every letter of the folders given
// (default: our own corpus, the examples, the rule fixtures and, when present, ../shared/corpus and
// ../shared/seeds); a rule fixture that expects `decision-contradicts-rationale` is a defective letter by
// design and is left out. Counts, over the asserted readings of every decided item, the explicit ones, the
// implied ones in the decision's own words about this request, and the other implied ones, and how many of
// each disagree with the decision; then the same for the conclusions the rule judges. Lists each
// disagreeing reading in the decision's words and each disagreeing conclusion (IMPLIED=1: every implied one).
// usage: node test/tools/implied-readings.mjs [folder …] (after npm run compile)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const core = resolve('out/server/core/index.js');
if (!existsSync(core)) {
  console.error('no out/server/core: compile first (npm run compile)');
  process.exit(2);
}
const { checkText } = createRequire(import.meta.url)(core);
const defaults = ['test/corpus', 'examples', 'test/fixtures/rules', '../shared/corpus', '../shared/seeds'];
const folders = (process.argv.length > 2 ? process.argv.slice(2) : defaults).filter((folder) => existsSync(folder));

const isLetter = (file) => file.endsWith('.txt') || file.endsWith('.imr.md');
function lettersIn(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return lettersIn(path);
    return isLetter(name) ? [path] : [];
  });
}

/** A fixture built to draw a contradiction (in its markers or its expectation file) is not a correct letter. */
function expectsContradiction(file, text) {
  const expectations = `${file}.expect.json`;
  return (text + (existsSync(expectations) ? readFileSync(expectations, 'utf8') : '')).includes(
    'decision-contradicts-rationale',
  );
}

const kindOf = (reading) =>
  reading.strength === 'explicit' ? 'explicit' : reading.decisionWords ? 'decision words' : 'other implied';
const tally = () => ({ explicit: [0, 0], 'decision words': [0, 0], 'other implied': [0, 0] });
const readings = tally();
const conclusions = tally();
const listed = [];
let letters = 0;
let items = 0;
for (const file of folders.flatMap(lettersIn)) {
  const text = readFileSync(file, 'utf8');
  if (expectsContradiction(file, text)) continue;
  letters++;
  const where = relative(process.cwd(), resolve(file));
  for (const item of checkText(text).determination.items) {
    const decision = item.decision?.value;
    if (decision !== 'Upheld' && decision !== 'Overturned') continue;
    items++;
    const disagrees = (reading) => reading.necessary !== (decision === 'Overturned');
    const quote = (reading) => `"${text.slice(reading.sentence.start, reading.sentence.end).replace(/\s+/g, ' ')}"`;
    for (const reading of item.rationale?.necessityReadings ?? []) {
      if (reading.status !== 'asserted') continue;
      const counts = readings[kindOf(reading)];
      counts[0]++;
      if (disagrees(reading)) counts[1]++;
      if (disagrees(reading) && reading.decisionWords)
        listed.push(`DISAGREES reading, decision words, ${where}: ${decision}: ${quote(reading)}`);
    }
    const conclusion = item.rationale?.conclusion;
    if (!conclusion) continue;
    const counts = conclusions[kindOf(conclusion)];
    counts[0]++;
    if (disagrees(conclusion)) counts[1]++;
    if (disagrees(conclusion) || (process.env.IMPLIED && conclusion.strength === 'implied'))
      listed.push(
        `${disagrees(conclusion) ? 'DISAGREES' : 'agrees'} conclusion, ${kindOf(conclusion)}, ${where}: ${decision}: ${quote(conclusion)}`,
      );
  }
}
for (const line of listed) console.log(line);
const summary = (counts) =>
  Object.entries(counts)
    .map(([kind, [read, disagreeing]]) => `${kind} ${read} (disagreeing ${disagreeing})`)
    .join(', ');
console.log(`${letters} correct letters (${folders.join(', ')}), ${items} decided items`);
console.log(`asserted readings: ${summary(readings)}`);
console.log(`conclusions: ${summary(conclusions)}`);
