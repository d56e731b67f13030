#!/usr/bin/env node
// The generated item corpus (test/unit/knowledge/item-corpus/): every kind of item reviewers decide,
// titled the ways reviewers write them. Prints each item not judged by a fitting entry, then the
// fit / wrong / unjudged shares, raw and weighted by each kind's share of real items.
// usage: npm run corpus   (or: node test/tools/item-corpus.mjs after npm run compile; VERBOSE=1 lists every item)
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const compiled = resolve('out/test/unit/knowledge/item-corpus/measure.js');
if (!existsSync(compiled)) {
  console.error(`no ${compiled}: compile first (npm run compile)`);
  process.exit(2);
}
const { measureCorpus, sharesOf, asExpected, expectedRead } = createRequire(import.meta.url)(compiled);
const measured = measureCorpus();
for (const m of measured) {
  const readRight = JSON.stringify(m.read) === JSON.stringify(expectedRead(m));
  if (m.outcome === 'fit' && asExpected(m) && readRight && !process.env.VERBOSE) continue;
  const { item } = m;
  const read = `${m.read.category ?? '-'}/${m.read.region}/${m.read.setting ?? '-'}`;
  const got = m.outcome === 'wrong' ? m.misfits.join(', ') : m.outcome === 'fit' ? m.entries.join(', ') : m.unjudged;
  const mark = (asExpected(m) ? '' : ` (NOT AS EXPECTED: ${m.expect})`) + (readRight ? '' : ' (READ WRONG)');
  console.log(
    `${m.outcome.toUpperCase()} "${item.title}" [${item.category}, ${item.region}, ${item.setting}, ${m.era}] read ${read}: ${got}${mark}`,
  );
}
const shares = sharesOf(measured);
const pct = (n) => `${n}/${shares.items} (${((100 * n) / shares.items).toFixed(1)} %)`;
const w = (x) => `${(100 * x).toFixed(1)} %`;
console.log(
  `generated item corpus: fitting entry ${pct(shares.fit)}, wrong fit ${pct(shares.wrong)}, unjudged ${pct(shares.unjudged)}`,
);
console.log(
  `  weighted by the shares of real items: fitting ${w(shares.weighted.fit)}, wrong ${w(shares.weighted.wrong)}, unjudged ${w(shares.weighted.unjudged)}`,
);
