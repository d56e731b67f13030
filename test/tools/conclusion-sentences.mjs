#!/usr/bin/env node
// The measure "conclusion sentence read" on an answer-keyed corpus (by default ../shared/corpus, whose own
// scorer counts a conclusion right on its polarity only): is each item's conclusion read from the sentence
// that holds the key's conclusionPhrase (test/unit/corpus/conclusion-sentence.ts)? Our own corpus has it in
// corpus-score.mjs, with its other measures. Lists each item read from another sentence, with the known ones
// of the folder's known-misreadings.json (kind `sentence`), and each key phrase its letter does not hold.
// usage: npm run corpus   (or: node test/tools/conclusion-sentences.mjs [corpus folder] after npm run build
// and npm run compile)
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { answerKey, compiled, reportsOf } from './scoring.mjs';
import { sortProblems } from './known-misreadings.mjs';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const answers = answerKey(corpus);
const { ComparableLetter, keyProblems, sentencesRead } = compiled('test/unit/corpus/conclusion-sentence.js');
const letters = new Map(
  Object.keys(answers).map((file) => [file, new ComparableLetter(readFileSync(join(corpus, file), 'utf8'))]),
);
const keys = keyProblems(answers, letters);
const { read, items, problems } = sentencesRead(
  answers,
  letters,
  reportsOf([...letters.keys()].map((file) => join(corpus, file))),
);
const { known, unknown, stale } = sortProblems(corpus, problems, ['sentence']);
for (const line of [...keys, ...unknown.map((p) => p.text), ...known.map((p) => `known: ${p.text}`)]) console.log(line);
for (const key of stale) console.log(`no longer happens, remove it from known-misreadings.json: ${key}`);
console.log(
  `${relative(process.cwd(), corpus) || corpus}: conclusion sentences read ${read}/${items} (${((100 * read) / items).toFixed(1)}%)`,
);
process.exit(keys.length === 0 && unknown.length === 0 && stale.length === 0 ? 0 : 1);
