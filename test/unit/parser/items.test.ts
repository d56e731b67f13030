import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../../server/core';
import { parseDetermination } from '../../../server/core/parser';
import { testVocabulary } from './vocabulary';
import { MARKDOWN, PUBLISHED, SEED_STYLE, at, parse } from './letters';

/** A decisions section whose first item ends with the given rationale, then the title lines under test. */
function itemsAfter(titleLines: string[]) {
  const text = [
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    'Lumbar brace: Upheld',
    'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Lumbar',
    'Supports.',
    'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Lumbar Supports.',
    'Decision rationale: Lumbar supports have not been shown to help beyond the acute phase. The brace',
    'is not medically necessary.',
    ...titleLines,
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,',
    'Section(s): Physical medicine treatment.',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):',
    'Physical medicine treatment.',
    'Decision rationale: No functional goals are given. The request is not medically necessary.',
  ].join('\n');
  return parseDetermination(text, testVocabulary).items;
}

/** [title lines, whole title, disputed part (the remaining portion of a partial approval)] */
const LAYOUTS: Array<[string[], string, string | undefined]> = [
  [['Physical therapy 8 sessions for the neck: Upheld'], 'Physical therapy 8 sessions for the neck', undefined],
  [
    ['Physical therapy 8 sessions for the neck and the', 'lumbar spine: Upheld'],
    'Physical therapy 8 sessions for the neck and the lumbar spine',
    undefined,
  ],
  [['Physical therapy 8 sessions for the neck:', 'Upheld'], 'Physical therapy 8 sessions for the neck', undefined],
  [
    [
      'Physical therapy 12 sessions for the neck was the original request.',
      'Physical therapy 4 sessions for the neck was authorized by the Claims',
      'Administrator. The remaining IMR eligible portion of the original request, physical',
      'therapy 8 sessions for the neck is:',
      'Upheld',
    ],
    'Physical therapy 12 sessions for the neck was the original request. Physical therapy 4 sessions for the ' +
      'neck was authorized by the Claims Administrator. The remaining IMR eligible portion of the original ' +
      'request, physical therapy 8 sessions for the neck',
    'physical therapy 8 sessions for the neck',
  ],
  [
    [
      'Physical therapy 12 sessions for the neck was the original',
      'request. Physical therapy 4 sessions for the neck was authorized by the Claims Administrator.',
      'The remaining IMR eligible portion of the original request, physical therapy 8 sessions for',
      'the neck is: Upheld',
    ],
    'Physical therapy 12 sessions for the neck was the original request. Physical therapy 4 sessions for the ' +
      'neck was authorized by the Claims Administrator. The remaining IMR eligible portion of the original ' +
      'request, physical therapy 8 sessions for the neck',
    'physical therapy 8 sessions for the neck',
  ],
  [
    [
      'Physical therapy 12 sessions for the neck was the original request. The Claims',
      'Administrator authorized physical therapy 4 sessions, leaving the original request IMR',
      'eligible. The original request, physical therapy 12 sessions for the neck is: Upheld',
    ],
    'Physical therapy 12 sessions for the neck was the original request. The Claims Administrator authorized ' +
      'physical therapy 4 sessions, leaving the original request IMR eligible. The original request, physical ' +
      'therapy 12 sessions for the neck',
    'physical therapy 12 sessions for the neck',
  ],
  [
    ['Retrospective physical therapy 1 session (DOS:', '08/08/2016): Upheld'],
    'Retrospective physical therapy 1 session (DOS: 08/08/2016)',
    undefined,
  ],
  [
    ['\fCase Number: CM16-0170052     Page 2', 'Physical therapy 8 sessions for the neck: Upheld'],
    'Physical therapy 8 sessions for the neck',
    undefined,
  ],
  [
    ['', '\fIMR Final Determination   CM16-0170052   Page 2', 'Physical therapy 8 sessions for the', 'neck: Upheld'],
    'Physical therapy 8 sessions for the neck',
    undefined,
  ],
  [
    [
      'Physical therapy 8 sessions for the',
      'Page 2 of 5',
      '',
      '\fCase Number: CM16-0170052     Page 3 of 5',
      'neck: Upheld',
    ],
    'Physical therapy 8 sessions for the neck',
    undefined,
  ],
  // A partial approval of five lines whose second opens with "was the original request".
  [
    [
      'Retrospective physical therapy 12 sessions for the neck and lumbar spine (DOS: 01/12/2017)',
      'was the original request. The Claims Administrator authorized physical therapy 6 sessions',
      'for the neck and lumbar spine, leaving the original request IMR eligible. The original',
      'request, retrospective physical therapy 12 sessions for the neck and lumbar spine (DOS:',
      '01/12/2017) is:',
      'Upheld',
    ],
    'Retrospective physical therapy 12 sessions for the neck and lumbar spine (DOS: 01/12/2017) was the original ' +
      'request. The Claims Administrator authorized physical therapy 6 sessions for the neck and lumbar spine, ' +
      'leaving the original request IMR eligible. The original request, retrospective physical therapy 12 ' +
      'sessions for the neck and lumbar spine (DOS: 01/12/2017)',
    'retrospective physical therapy 12 sessions for the neck and lumbar spine (DOS: 01/12/2017)',
  ],
  // An abbreviation's period at a line's end, the next line opening in lower case or with a figure.
  [
    ['Tramadol ER 150 mg #30, 1 tablet p.o.', 'q.d. for the low back: Upheld'],
    'Tramadol ER 150 mg #30, 1 tablet p.o. q.d. for the low back',
    undefined,
  ],
  [
    ['Retrospective Toradol 60 mg IM injection for the low back, D.O.S.', '01/12/2017: Upheld'],
    'Retrospective Toradol 60 mg IM injection for the low back, D.O.S. 01/12/2017',
    undefined,
  ],
  [
    ['TENS unit, electrodes, batteries, etc.', 'for the low back: Upheld'],
    'TENS unit, electrodes, batteries, etc. for the low back',
    undefined,
  ],
  [
    ['Modi\ufb01ed physical therapy 8 sessions for the neck: Upheld'],
    'Modified physical therapy 8 sessions for the neck',
    undefined,
  ],
];

describe('parser: item titles as published letters lay them out', () => {
  it('places the decision and labels of the same lines where they stand, each time they are read', () => {
    const lines = ['Physical therapy 8 sessions for the neck: Upheld'];
    const [, first] = itemsAfter(lines);
    const [, moved] = itemsAfter(['', 'An added line.', ...lines]);
    const by = 'An added line.'.length + 2;
    assert.deepStrictEqual(moved.decision?.span, {
      start: first.decision!.span.start + by,
      end: first.decision!.span.end + by,
    });
    assert.deepStrictEqual(
      moved.rationale?.label,
      first.rationale && { start: first.rationale.label.start + by, end: first.rationale.label.end + by },
    );
  });

  for (const [lines, whole, disputed] of LAYOUTS) {
    it(`reads ${JSON.stringify(lines.join(' / '))} whole`, () => {
      const items = itemsAfter(lines);
      assert.deepStrictEqual(
        items.map((item) => item.title.value),
        ['Lumbar brace', whole],
      );
      assert.strictEqual(items[1].partial?.remaining.value, disputed);
      assert.strictEqual(items[1].decision?.value, 'Upheld');
      // The previous item keeps its conclusion: no title line is taken from it.
      assert.strictEqual(items[0].rationale?.conclusion?.necessary, false);
    });
  }

  it('reads the authorized part of both partial-approval forms', () => {
    const [, passive] = itemsAfter(LAYOUTS[3][0]);
    const [, active] = itemsAfter(LAYOUTS[5][0]);
    assert.strictEqual(passive.partial?.authorized.value, 'Physical therapy 4 sessions for the neck');
    assert.strictEqual(active.partial?.authorized.value, 'physical therapy 4 sessions');
  });

  it('ends a title at an abbreviation that closes a sentence, the next line opening with a capital', () => {
    const items = itemsAfter([
      'The request follows a visit with the treating M.D.',
      'Physical therapy 8 sessions for the neck: Upheld',
    ]);
    assert.strictEqual(items[1].title.value, 'Physical therapy 8 sessions for the neck');
  });

  it('keeps a page-opening line that is no running header', () => {
    const items = itemsAfter(['\fPhysical therapy 8 sessions for the neck and the', 'lumbar spine: Upheld']);
    assert.strictEqual(items[1].title.value, 'Physical therapy 8 sessions for the neck and the lumbar spine');
  });
});

describe('parser: items of whole letters', () => {
  it('reads a partial approval title whose decision stands alone on the next line', () => {
    const letter = parse(PUBLISHED);
    const item = letter.items[0];
    assert.strictEqual(letter.items.length, 2);
    assert.strictEqual(item.decision?.value, 'Upheld');
    assert.strictEqual(at(letter, item.decision?.span), 'Upheld');
    assert.ok(item.title.value.startsWith('Physical therapy 2 times a week for 6 weeks'));
    assert.ok(item.title.value.endsWith('for the lumbar spine'));
  });

  it('reads a wrapped title', () => {
    const letter = parse(PUBLISHED);
    const item = letter.items[1];
    assert.strictEqual(item.title.value, 'Retrospective Norco 10/325 mg #90 (DOS 9/1/16) for the lumbar spine');
    assert.strictEqual(item.decision?.value, 'Overturned');
  });

  it('keeps an item without a decision, and sees its missing entry and empty rationale', () => {
    const letter = parse(SEED_STYLE);
    assert.strictEqual(letter.items.length, 2);
    const item = letter.items[1];
    assert.strictEqual(item.decision, undefined);
    assert.strictEqual(item.title.value, 'Acupuncture x6 for the low back');
    assert.strictEqual(item.quantity.visits?.value, 6);
    assert.strictEqual(item.maximusGuideline, undefined);
    assert.strictEqual(item.rationale?.text, '');
    assert.strictEqual(item.rationale?.conclusion, undefined);
  });

  it('reads heading items and a decision on the line under the heading', () => {
    const letter = parse(MARKDOWN);
    assert.strictEqual(letter.items.length, 2);
    const [first, second] = letter.items;
    assert.strictEqual(first.title.value, '8 acupuncture sessions for the neck, 2x4');
    assert.strictEqual(second.title.value, 'Physical therapy (8) for the low back');
    assert.strictEqual(second.decision?.value, 'Overturned');
  });

  it('keeps HTML comments out of the letter text', () => {
    const letter = parse(MARKDOWN);
    assert.ok(!letter.items[0].rationale!.text.includes('expect'));
  });
});

const TITLE_FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/rules/titles');

/** Each item of the title-layouts fixtures: [title, decision, disputed part of a partial approval]. */
const FIXTURE_ITEMS: Array<[string, string, string | undefined]> = [
  [
    'Physical therapy 12 sessions for the right knee was the original request. Physical therapy 6 sessions for ' +
      'the right knee was authorized by the Claims Administrator. The remaining IMR eligible portion of the ' +
      'original request, physical therapy 6 sessions for the right knee',
    'Upheld',
    'physical therapy 6 sessions for the right knee',
  ],
  [
    'Acupuncture 6 sessions for the low back was the original request. The Claims Administrator authorized ' +
      'acupuncture 3 sessions for the low back, leaving the original request IMR eligible. The original request, ' +
      'acupuncture 6 sessions for the low back',
    'Upheld',
    'acupuncture 6 sessions for the low back',
  ],
  ['Retrospective ketorolac 60 mg intramuscular injection (DOS: 08/15/2016)', 'Upheld', undefined],
  ['Magnetic resonance imaging of the lumbar spine without contrast', 'Upheld', undefined],
  ['Naproxen 550 mg #60 for the right knee', 'Overturned', undefined],
  [
    'Knee brace for the right knee was the original request. A hinged knee brace for the right knee was ' +
      'authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, a ' +
      'second knee brace for the right knee',
    'Upheld',
    'a second knee brace for the right knee',
  ],
];

describe('parser: the title layouts of both shapes read alike', () => {
  // The draft and the published letter lay the same titles out differently (one line or wrapped, the
  // decision beside the title or alone under it, a page break and its running header inside a title).
  for (const name of ['title-layouts.imr.md', 'title-layouts.txt']) {
    it(`reads every title of ${name} whole, with its decision`, () => {
      const letter = parse(fs.readFileSync(path.join(TITLE_FIXTURES, name), 'utf8'));
      assert.deepStrictEqual(
        letter.items.map((item) => [item.title.value, item.decision?.value, item.partial?.remaining.value]),
        FIXTURE_ITEMS,
      );
      assert.ok(letter.items.every((item) => at(letter, item.title.span)?.startsWith(item.title.value.slice(0, 20))));
    });
  }
});

describe('items: a label wrapped over one line break', () => {
  const WRAPPED = [
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    'Lumbar brace: Upheld',
    'Claims Administrator',
    'guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Lumbar Supports.',
    'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Lumbar Supports.',
    'Decision',
    'rationale: Lumbar supports have not been shown to help beyond the acute phase. The brace',
    'is not medically necessary.',
  ].join('\n');

  it('reads "Claims Administrator" / "guideline:" and "Decision" / "rationale:" as the labels, their text after them', () => {
    const [item] = parseDetermination(WRAPPED, testVocabulary).items;
    const entry = item.claimsAdministratorGuideline!;
    assert.strictEqual(WRAPPED.slice(entry.label.start, entry.label.end), 'Claims Administrator\nguideline');
    assert.strictEqual(entry.text, 'Decision based on MTUS Low Back Complaints 2004, Section(s): Lumbar Supports.');
    const rationale = item.rationale!;
    assert.strictEqual(WRAPPED.slice(rationale.label.start, rationale.label.end), 'Decision\nrationale');
    assert.strictEqual(
      rationale.text,
      'Lumbar supports have not been shown to help beyond the acute phase. The brace is not medically necessary.',
    );
    assert.strictEqual(rationale.conclusion?.necessary, false);
  });

  it('draws no missing-rationale or missing-citation', () => {
    const rules = checkText(WRAPPED).findings.map((finding) => finding.rule);
    assert.deepStrictEqual(
      rules.filter((rule) => rule === 'missing-rationale' || rule === 'missing-citation'),
      [],
    );
  });

  it('leaves a line that ends in "Decision" inside prose, and a "Decision" line not followed by the rest of the label, as text', () => {
    const text = WRAPPED.replace(
      'Decision\nrationale:',
      'Decision rationale: The reviewer agrees with the UR Decision\nrationale and',
    );
    const items = parseDetermination(text, testVocabulary).items;
    assert.strictEqual(items.length, 1);
    assert.match(items[0].rationale!.text, /agrees with the UR Decision rationale and Lumbar supports/);
    const apart = parseDetermination(WRAPPED.replace('Decision\nrationale:', 'Decision\n\nrationale:'), testVocabulary);
    assert.strictEqual(apart.items[0].rationale, undefined);
  });
});
