import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtInKnowledge, parseDetermination } from '../../../server/core';
import { itemCoverage } from '../../../server/cli/items';

const FIT = path.resolve(__dirname, '../../../../test/fixtures/fit');
const kb = builtInKnowledge();

/**
 * Each letter of test/fixtures/fit/ (a draft `.imr.md` and a published `.txt` of the same items)
 * must read every item as `<name>.items.json` says: treatment, region, setting, and exactly the
 * entries that judge it, or why none does.
 */
describe('knowledge fit fixtures, in both shapes', () => {
  for (const file of fs.readdirSync(FIT).filter((name) => /\.(imr\.md|txt)$/.test(name))) {
    it(file, () => {
      const expected = JSON.parse(
        fs.readFileSync(path.join(FIT, file.replace(/\.(imr\.md|txt)$/, '.items.json')), 'utf8'),
      ) as unknown[];
      const read = itemCoverage(parseDetermination(fs.readFileSync(path.join(FIT, file), 'utf8'), kb), kb).map(
        (item) => ({
          title: item.title,
          treatment: item.treatment,
          region: item.region,
          setting: item.setting,
          knowledge: item.knowledge.map((entry) => entry.id),
          unjudged: item.unjudged,
        }),
      );
      assert.deepStrictEqual(read, expected);
    });
  }
});
