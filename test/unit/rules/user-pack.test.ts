import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtInKnowledge, mergeKnowledge, parsePack } from '../../../server/core/knowledge';
import { FIXTURES, lint } from './harness';
import { checkText } from '../../../server/core';

const PACK = path.join(FIXTURES, 'packs/organisation-opioids.json');
const LETTER = fs.readFileSync(path.join(FIXTURES, 'eras/era-2016-sections.txt'), 'utf8');

/** The exceeds-guideline-limit messages a letter draws with the given knowledge. */
function dosesOver(knowledge = builtInKnowledge()): string[] {
  return checkText(LETTER, { knowledge })
    .findings.filter((finding) => finding.rule === 'exceeds-guideline-limit')
    .map((finding) => finding.message);
}

describe('a user pack overriding a built-in limit', () => {
  const parsed = parsePack(fs.readFileSync(PACK, 'utf8'), 'organisation-opioids.json');
  const { knowledge, notes } = mergeKnowledge(builtInKnowledge(), [
    { name: 'organisation-opioids.json', pack: parsed.pack! },
  ]);

  it('parses without problems and says what it overrides', () => {
    assert.deepStrictEqual(parsed.problems, []);
    assert.deepStrictEqual(
      notes.map((note) => note.message),
      ['organisation-opioids.json: "mtus-opioids-2016-dose" overrides the built-in entry'],
    );
    const entry = knowledge.limits.find((limit) => limit.id === 'mtus-opioids-2016-dose');
    assert.deepStrictEqual(
      [entry?.morphineEquivalentPerDay, entry?.pack, entry?.overrides],
      [100, 'organisation-opioids.json', { id: 'mtus-opioids-2016-dose', pack: 'built-in' }],
    );
  });

  it("changes the exceeds-guideline-limit outcome: 90 mg a day is over the built-in 80 but not the pack's 100", () => {
    assert.deepStrictEqual(dosesOver(), [
      'The item "MS Contin 30 mg three times a day #90" is Overturned for about 90 mg oral morphine equivalents a day, ' +
        'above the 80 mg threshold of MTUS Opioids Treatment Guidelines (2016) (Opioids Treatment Guidelines, dosing).',
    ]);
    assert.deepStrictEqual(dosesOver(knowledge), []);
    // The other findings of the letter stay as they were.
    const others = (findings: ReturnType<typeof lint>) =>
      findings.filter((finding) => finding.rule !== 'exceeds-guideline-limit').map((finding) => finding.rule);
    assert.deepStrictEqual(others(checkText(LETTER, { knowledge }).findings), others(lint(LETTER)));
  });
});
