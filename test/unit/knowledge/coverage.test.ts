import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtInKnowledge, parseDetermination } from '../../../server/core';
import { itemCoverage } from '../../../server/cli/items';

const COVERAGE = path.resolve(__dirname, '../../../../test/fixtures/coverage');
const kb = builtInKnowledge();

/** Every disputed item of the coverage letters, with the knowledge entries `--items` reports for it. */
function coverage() {
  return fs
    .readdirSync(COVERAGE)
    .sort()
    .flatMap((file) => itemCoverage(parseDetermination(fs.readFileSync(path.join(COVERAGE, file), 'utf8'), kb), kb));
}

describe('knowledge coverage of the varied coverage letters', () => {
  const items = coverage();
  const unjudged = items.filter((item) => item.knowledge.length === 0).map((item) => item.title);

  it('has at least 30 varied items', () => {
    assert.ok(items.length >= 30, `${items.length} items`);
    assert.ok(new Set(items.map((item) => item.treatment)).size >= 15);
  });

  it('judges every item, equipment, gym membership and office visit included (38 of 38 items)', () => {
    assert.deepStrictEqual(unjudged, []);
    assert.strictEqual(items.length, 38);
  });
});
