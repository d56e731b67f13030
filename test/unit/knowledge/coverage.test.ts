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

  it('judges all but equipment, a gym membership and an office visit (32 of 38 items)', () => {
    assert.deepStrictEqual(unjudged, [
      'Lumbar brace',
      'Gym membership for 6 months',
      'Shower chair',
      'Hinged knee brace',
      'Follow-up visit with a pain management specialist',
      'Associated surgical service: cold therapy unit rental for 7 days',
    ]);
    assert.strictEqual(items.length, 38);
  });
});
