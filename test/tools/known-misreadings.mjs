// The misreadings an answer-keyed folder knows of and has not fixed yet, each with why
// (known-misreadings.json beside answers.json), keyed the way the scorers key what they see:
// `finding FILE:LINE RULE`, `conclusion FILE item N`, `sentence FILE item N`, `flip FILE item N`,
// `wrong-fit FILE item N`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const keyOf = (k) =>
  k.kind === 'finding' ? `finding ${k.file}:${k.line} ${k.rule}` : `${k.kind} ${k.file} item ${k.item}`;

/**
 * Splits the problems seen ({ key, text }) into the known and the unknown, and names the known misreadings of
 * the given kinds that no longer happen (a fixed misreading must leave the list).
 */
export function sortProblems(corpus, problems, kinds) {
  const file = join(corpus, 'known-misreadings.json');
  const listed = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).misreadings : [];
  const known = new Set(listed.map(keyOf));
  const seen = new Set(problems.map((p) => p.key));
  return {
    known: problems.filter((p) => known.has(p.key)),
    unknown: problems.filter((p) => !known.has(p.key)),
    stale: listed.filter((k) => kinds.includes(k.kind) && !seen.has(keyOf(k))).map(keyOf),
  };
}
