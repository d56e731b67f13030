import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Finding } from '../../../server/core/check/finding';
import { lint } from './harness';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

/** One inconsistency written into one of our clean example letters: `from` becomes `to`. */
interface Plant {
  kind: string;
  letter: string;
  from: string;
  to: string;
  rule: string;
}

const PLANTS: Plant[] = [
  {
    kind: 'sex',
    letter: 'acupuncture-neck.imr.md',
    from: '52 year old male',
    to: '52 year old female',
    rule: 'inconsistent-fact',
  },
  {
    kind: 'quantity requested',
    letter: 'acupuncture-neck.imr.md',
    from: 'The request is for 6 sessions',
    to: 'The request is for 8 sessions',
    rule: 'inconsistent-fact',
  },
  {
    kind: 'date of injury',
    letter: 'chiropractic-low-back.txt',
    from: 'low back on 11/04/2014',
    to: 'low back on 11/03/2014',
    rule: 'inconsistent-fact',
  },
  {
    kind: 'region',
    letter: 'chiropractic-low-back.txt',
    from: 'the request for 12 sessions of massage therapy is',
    to: 'the request for 12 sessions of massage therapy for the cervical spine is',
    rule: 'inconsistent-fact',
  },
  {
    kind: 'drug count',
    letter: 'lumbar-mri-and-medication.imr.md',
    from: 'request for cyclobenzaprine 7.5 mg #60',
    to: 'request for cyclobenzaprine 7.5 mg #90',
    rule: 'inconsistent-fact',
  },
  {
    kind: 'drug strength',
    letter: 'lumbar-mri-and-medication.imr.md',
    from: 'request for cyclobenzaprine 7.5 mg #60',
    to: 'request for cyclobenzaprine 10 mg #60',
    rule: 'inconsistent-fact',
  },
  {
    kind: 'chapter',
    letter: 'lumbar-mri-and-medication.imr.md',
    from: '**MAXIMUS guideline:** Decision based on MTUS Low Back Complaints 2004',
    to: '**MAXIMUS guideline:** Decision based on MTUS Knee Complaints 2004',
    rule: 'citation-chapter-mismatch',
  },
  {
    kind: 'malformed date',
    letter: 'physical-therapy-partial-approval.txt',
    from: 'On 11/03/2016, utilization review',
    to: 'On 11-032016, utilization review',
    rule: 'malformed-date',
  },
  {
    kind: 'review before the injury',
    letter: 'acupuncture-neck.imr.md',
    from: 'Per a PR-2 dated 01/14/2015,',
    to: 'Utilization review on 05/01/2013 certified therapy. Per a PR-2 dated 01/14/2015,',
    rule: 'date-order',
  },
];

function key(finding: Finding): string {
  return `${finding.rule}: ${finding.message}`;
}

describe('facts: recall on letters with planted inconsistencies', () => {
  for (const plant of PLANTS) {
    it(`finds a planted ${plant.kind} (${plant.rule}) in ${plant.letter}`, () => {
      const clean = fs.readFileSync(path.join(EXAMPLES, plant.letter), 'utf8');
      assert.ok(clean.includes(plant.from), plant.from);
      const before = new Set(lint(clean).map(key));
      const added = lint(clean.replace(plant.from, plant.to)).filter((finding) => !before.has(key(finding)));
      assert.deepStrictEqual(
        added.map((finding) => finding.rule),
        [plant.rule],
      );
    });
  }
});
