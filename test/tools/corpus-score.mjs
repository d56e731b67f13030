#!/usr/bin/env node
// Scores the checker on an answer-keyed folder of correct letters (by default test/corpus, our own):
// items found with their decisions, conclusions read right, conclusions read from the sentence that holds the
// key's phrase (conclusion-sentence.ts), items judged by knowledge, errors and warnings raised on these correct
// letters, and the flip measure: each item's decision is flipped in
// memory (Upheld <-> Overturned) and the flipped letter must draw `decision-contradicts-rationale` on
// that item. The same measures as ../shared/tools/corpus-score.mjs, without needing ../shared.
// A folder may list the misreadings it knows of, each with why, in known-misreadings.json; the score passes when
// every problem is a known one and every known one still happens (a fixed misreading must leave the list).
// usage: node test/tools/corpus-score.mjs [corpus folder] (after npm run build and npm run compile;
// FLIPS=1 lists the flips missed)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, resolve } from 'node:path';
import { compiled, reportsOf } from './scoring.mjs';
import { sortProblems } from './known-misreadings.mjs';

const corpus = resolve(process.argv[2] ?? 'test/corpus');
const { ComparableLetter, keyProblems, sentencesRead } = compiled('test/unit/corpus/conclusion-sentence.js');
const answers = JSON.parse(readFileSync(join(corpus, 'answers.json'), 'utf8'));

// A letter's lines as an editor counts them (a form feed does not start a line).
const linesOf = (text) => text.split(/\r\n|\r|\n/);
const isError = (d) => ['error', 'warning'].includes(String(d.severity).toLowerCase());
const necessaryOf = (conclusion) =>
  typeof conclusion === 'string' ? conclusion === 'necessary' : conclusion?.necessary === true;

const problems = [];
const texts = new Map();
for (const file of Object.keys(answers)) texts.set(file, readFileSync(join(corpus, file), 'utf8'));
// The key itself must fit its letter, or the scores below would measure the key.
const letters = new Map([...texts].map(([file, text]) => [file, new ComparableLetter(text)]));
problems.push(...keyProblems(answers, letters));

const reports = reportsOf(Object.keys(answers).map((file) => join(corpus, file)));
const sentences = sentencesRead(answers, letters, reports);
problems.push(...sentences.problems);
let items = 0;
let found = 0;
let decisions = 0;
let conclusions = 0;
let judged = 0;
let findings = 0;
for (const [file, expected] of Object.entries(answers)) {
  const report = reports.get(file) ?? {};
  for (const d of (report.diagnostics ?? []).filter(isError)) {
    findings++;
    problems.push({
      key: `finding ${file}:${d.range.start.line + 1} ${d.rule}`,
      text: `${file}:${d.range.start.line + 1} ${d.severity} ${d.rule}: ${d.message.slice(0, 140)}`,
    });
  }
  const got = report.items ?? [];
  if (got.length !== expected.length) problems.push(`${file}: ${got.length} items read, ${expected.length} expected`);
  expected.forEach((e, i) => {
    items++;
    const item = got[i];
    if (!item) return;
    found++;
    if (item.decision === e.decision) decisions++;
    else problems.push(`${file} item ${i + 1}: decision ${item.decision}, expected ${e.decision}`);
    if (item.conclusion && necessaryOf(item.conclusion) === (e.conclusion === 'necessary')) conclusions++;
    else
      problems.push({
        key: `conclusion ${file} item ${i + 1}`,
        text: `${file} item ${i + 1}: conclusion ${item.conclusion ? (necessaryOf(item.conclusion) ? 'necessary' : 'not necessary') : 'not read'}, expected ${e.conclusion}: "${e.conclusionPhrase}"`,
      });
    if ((item.knowledge ?? []).length > 0) judged++;
  });
}

/** The letter with the decision of the item on lines [first, last] (1-based) flipped, or undefined. */
function flipped(text, [first, last]) {
  const lines = linesOf(text);
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  for (let n = first - 1; n < last; n++) {
    const match = /\b(Upheld|Overturned)(\s*)$/.exec(lines[n]);
    if (!match) continue;
    lines[n] = lines[n].slice(0, match.index) + (match[1] === 'Upheld' ? 'Overturned' : 'Upheld') + match[2];
    return lines.map((line, k) => line + (breaks[k] ?? '')).join('');
  }
  return undefined;
}

const scratch = mkdtempSync(join(tmpdir(), 'imr-flips-'));
const flips = [];
for (const [file, expected] of Object.entries(answers)) {
  expected.forEach((e, i) => {
    const text = flipped(texts.get(file), e.lines);
    const name = `${basename(file, extname(file)).replace(/\.imr$/, '')}-flip${i + 1}${file.endsWith('.imr.md') ? '.imr.md' : extname(file)}`;
    if (text === undefined) problems.push(`FLIP ${file} item ${i + 1}: no decision found on lines ${e.lines}`);
    else writeFileSync(join(scratch, name), text);
    flips.push({ file, index: i, name, lines: e.lines, written: text !== undefined });
  });
}
const flipReports = reportsOf(flips.filter((f) => f.written).map((f) => join(scratch, f.name)));
rmSync(scratch, { recursive: true, force: true });
let caught = 0;
for (const flip of flips) {
  const within = (d) => d.range.start.line + 1 >= flip.lines[0] && d.range.start.line + 1 <= flip.lines[1];
  const diagnostics = flipReports.get(flip.name)?.diagnostics ?? [];
  if (diagnostics.some((d) => d.rule === 'decision-contradicts-rationale' && within(d))) caught++;
  else
    problems.push({
      key: `flip ${flip.file} item ${flip.index + 1}`,
      text: `FLIP ${flip.file} item ${flip.index + 1}: not caught`,
    });
}

const asProblem = (p) => (typeof p === 'string' ? { key: p, text: p } : p);
const { known, unknown, stale } = sortProblems(corpus, problems.map(asProblem), [
  'finding',
  'conclusion',
  'sentence',
  'flip',
]);
for (const p of unknown) if (!p.key.startsWith('flip') || process.env.FLIPS) console.log(p.text);
for (const p of known) console.log(`known: ${p.text}`);
for (const key of stale) console.log(`no longer happens, remove it from known-misreadings.json: ${key}`);
const pct = (a, b) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : 0}%)`;
console.log(
  `own corpus (${relative(process.cwd(), corpus) || corpus}, ${Object.keys(answers).length} letters): items found ${pct(found, items)}, decisions ${pct(decisions, items)}, conclusions ${pct(conclusions, items)}, conclusion sentences read ${pct(sentences.read, items)}, judged by knowledge ${pct(judged, items)}; errors and warnings on these correct letters: ${findings}; flipped decisions caught ${pct(caught, items)}`,
);
const missedFlips = unknown.filter((p) => p.key.startsWith('flip')).length;
if (missedFlips && !process.env.FLIPS)
  console.log(`${missedFlips} flips missed that are not known: FLIPS=1 lists them`);
process.exit(unknown.length === 0 && stale.length === 0 ? 0 : 1);
