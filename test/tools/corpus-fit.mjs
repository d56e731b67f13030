#!/usr/bin/env node
// Knowledge fit on an answer-keyed corpus (by default ../shared/corpus, absent from the project):
// for each item, does `imr-lint --items` apply an entry, and does every entry applied fit the item's
// answer-key category, region and setting? Prints the items with no entry and every wrong fit.
// usage: npm run corpus   (or: node test/tools/corpus-fit.mjs [corpus folder] after npm run build)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { answerKey, reportsOf, runCli } from './scoring.mjs';
import { sortProblems } from './known-misreadings.mjs';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
// The treatments (or drug classes) whose entries may judge an item of each answer-key category.
const FITTING = JSON.parse(readFileSync(new URL('./fitting.json', import.meta.url), 'utf8')).categories;

const raw = answerKey(corpus);
const files = Object.keys(raw).map((file) => join(corpus, file));
const reports = reportsOf(files);
const entries = new Map(JSON.parse(runCli(['--list-guidelines', '--format', 'json'])).map((e) => [e.id, e]));

/** What an entry is written for: its treatments and drug classes, regions and settings. */
function scopeOf(entry) {
  const appliesTo = entry.appliesTo ?? {};
  return {
    treatments: [
      ...(entry.treatment ? [entry.treatment] : []),
      ...(appliesTo.treatments ?? []),
      ...(appliesTo.drugClasses ?? []),
    ],
    regions: entry.regions ?? [],
    settings: entry.settings ?? appliesTo.settings ?? [],
  };
}

function misfit(expected, entry) {
  const scope = scopeOf(entry);
  const fitting = FITTING[expected.category] ?? [];
  if (!scope.treatments.some((t) => fitting.includes(t))) return `treatment ${scope.treatments.join('/')}`;
  if (scope.regions.length > 0 && expected.region !== 'multiple' && !scope.regions.includes(expected.region))
    return `region ${scope.regions.join('/')}`;
  if (scope.settings.length > 0 && !scope.settings.includes(expected.setting))
    return `setting ${scope.settings.join('/')}`;
  return undefined;
}

/** The guidelines that fit an item no entry judges on its date, and why each does not hold then. */
const outOfDateText = (item) =>
  item.outOfDate?.length ? ` (${item.outOfDate.map(({ guideline, why }) => `${guideline}: ${why}`).join('; ')})` : '';
/** How many items each guideline would judge but for the letter's date: the content to find. */
const outOfDate = new Map();

let items = 0;
let regionsRight = 0;
let settingsRight = 0;
let fitted = 0;
let wrong = 0;
const lines = [];
const wrongFits = [];
for (const [file, expectedItems] of Object.entries(raw)) {
  const got = reports.get(file)?.items ?? [];
  expectedItems.forEach((expected, index) => {
    items++;
    const item = got[index];
    const region = item?.region ?? 'none';
    if (region === expected.region) regionsRight++;
    else if (process.env.READ)
      lines.push(`region ${file} item ${index + 1}: read ${region}, expected ${expected.region}`);
    if (item?.setting === expected.setting) settingsRight++;
    else if (process.env.READ)
      lines.push(`setting ${file} item ${index + 1}: read ${item?.setting}, expected ${expected.setting}`);
    const applied = item?.knowledge ?? [];
    const where = `${file} item ${index + 1} (${expected.category}, ${expected.region}, ${expected.setting})`;
    const bad = applied.map((k) => [k.id, misfit(expected, entries.get(k.id) ?? k)]).filter(([, why]) => why);
    if (bad.length > 0) {
      wrong++;
      wrongFits.push({
        key: `wrong-fit ${file} item ${index + 1}`,
        text: `WRONG ${where}: ${bad.map(([id, why]) => `${id} (${why})`).join(', ')}`,
      });
    } else if (applied.length > 0) fitted++;
    else {
      for (const { guideline, why } of item?.outOfDate ?? []) {
        const key = `${guideline} (${why})`;
        outOfDate.set(key, (outOfDate.get(key) ?? 0) + 1);
      }
      lines.push(
        `unjudged ${where}: ${item ? `${item.treatment ?? '-'}/${item.region ?? '-'}/${item.setting ?? '-'}: ${item.unjudged}${outOfDateText(item)}` : 'item not read'}`,
      );
    }
  });
}
const { known, unknown, stale } = sortProblems(corpus, wrongFits, ['wrong-fit']);
for (const line of [...unknown.map((p) => p.text), ...known.map((p) => `known: ${p.text}`), ...lines])
  console.log(line);
for (const key of stale) console.log(`no longer happens, remove it from known-misreadings.json: ${key}`);
const pct = (n) => `${n}/${items} (${((100 * n) / items).toFixed(1)} %)`;
console.log(`read: regions ${pct(regionsRight)}, settings ${pct(settingsRight)} (READ=1 lists the others)`);
if (outOfDate.size > 0)
  console.log(
    `not judged for the letter's date, by guideline that fits but for it: ${[...outOfDate]
      .sort((a, b) => b[1] - a[1])
      .map(([key, count]) => `${key} ${count}`)
      .join(', ')}`,
  );
console.log(
  `knowledge fit: fitting entries only ${pct(fitted)}, a wrong fit ${pct(wrong)}, unjudged ${pct(items - fitted - wrong)}`,
);
process.exit(unknown.length === 0 && stale.length === 0 ? 0 : 1);
