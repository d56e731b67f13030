import * as assert from 'assert';
import { parseDetermination } from '../../../server/core/parser';
import type { HeaderKey } from '../../../server/core/model/determination';
import { testVocabulary } from './vocabulary';

/** A header field as read: its key, its value and, for a date, its ISO form. */
type HeaderRow = [HeaderKey, string | undefined, string | undefined];

/** The header fields of a letter whose header is these lines, as [key, value, ISO date]. */
function headerOf(lines: string[]): HeaderRow[] {
  const text = [...lines, '', 'HOW THE IMR FINAL DETERMINATION WAS MADE', 'MAXIMUS Federal Services sent the file.'];
  const letter = parseDetermination(text.join('\n'), testVocabulary);
  return letter.header.map((field) => [field.key, field.value?.value, field.date?.iso]);
}

const ALL_READ: HeaderRow[] = [
  ['caseNumber', 'CM17-0204410', undefined],
  ['dateAssigned', '03/02/2017', '2017-03-02'],
  ['decisionDate', '03/29/2017', '2017-03-29'],
  ['priority', 'Standard', undefined],
  ['dateOfInjury', '06/19/2014', '2014-06-19'],
  ['urDenialDate', '02/13/2017', '2017-02-13'],
  ['applicationReceived', '02/24/2017', '2017-02-24'],
];

/** The same fields in the order a two-column header lists its labels: row by row, left then right. */
const BY_ROWS = [0, 4, 1, 5, 2, 6, 3].map((k) => ALL_READ[k]);

/** The labels of a two-column header, the values to follow on lines of their own. */
const TWO_COLUMN_LABELS = [
  'Case Number:          Date of Injury:',
  'Date Assigned:        UR Denial Date:',
  'Decision Date:        Application Received:',
  'Priority:',
];

/** A header layout, named by what the reader must do with it, and the fields it must read. */
interface HeaderCase {
  name: string;
  lines: string[];
  expected: HeaderRow[];
}

const APART_FROM_LABELS: HeaderCase[] = [
  {
    name: 'pairs a block of values with the block of labels before it, a label wrapped over two lines included',
    lines: [
      'Case Number:',
      'Date Assigned:',
      'Decision Date:',
      'Priority:',
      '',
      'CM17-0204410',
      '03/02/2017',
      '03/29/2017',
      'Standard',
      '',
      'Date of Injury:',
      'UR Denial Date:',
      'Application',
      'Received:',
      '',
      '06/19/2014',
      '02/13/2017',
      '02/24/2017',
    ],
    expected: ALL_READ,
  },
  {
    name: 'pairs labels and values written in two columns, column by column',
    lines: [
      ...TWO_COLUMN_LABELS,
      'CM17-0204410          06/19/2014',
      '03/02/2017            02/13/2017',
      '03/29/2017            02/24/2017',
      'Standard',
    ],
    expected: BY_ROWS,
  },
  {
    name: 'pairs two columns whose values are not aligned under their labels',
    lines: [
      ...TWO_COLUMN_LABELS,
      'CM17-0204410     06/19/2014',
      '03/02/2017       02/13/2017',
      '03/29/2017       02/24/2017',
      'Standard',
    ],
    expected: BY_ROWS,
  },
  {
    name: 'reads each value beside its label on a two-column line',
    lines: [
      'Case Number:     CM17-0204410     Date of Injury:          06/19/2014',
      'Date Assigned:   03/02/2017       UR Denial Date:          02/13/2017',
      'Decision Date:   03/29/2017       Application Received:    02/24/2017',
      'Priority:        Standard',
    ],
    expected: BY_ROWS,
  },
  {
    name: 'joins a label wrapped inside its column',
    lines: [
      'Case Number:          Date of Injury:',
      'Date Assigned:        UR Denial Date:',
      'Decision Date:        Application',
      'Priority:             Received:',
      'CM17-0204410          06/19/2014',
      '03/02/2017            02/13/2017',
      '03/29/2017            02/24/2017',
      'Standard',
    ],
    expected: BY_ROWS,
  },
  {
    name: 'keeps each label with its value when every line stands apart',
    lines: ['Case Number:', '', 'Date of Injury:', '', '', 'CM17-0204410', '', '06/19/2014'],
    expected: [ALL_READ[0], ALL_READ[4]],
  },
  {
    name: 'reads no date when a value is missing from the block, but keeps values of a shape only one label takes',
    lines: [
      'Case Number:',
      'Priority:',
      'Date of Injury:',
      'UR Denial Date:',
      'Application Received:',
      'CM17-0204410',
      'Standard',
      '02/13/2017',
      '02/24/2017',
    ],
    expected: [
      ['caseNumber', 'CM17-0204410', undefined],
      ['priority', 'Standard', undefined],
      ['dateOfInjury', undefined, undefined],
      ['urDenialDate', undefined, undefined],
      ['applicationReceived', undefined, undefined],
    ],
  },
  {
    name: 'reads no date when a label it cannot read stands among the labels and the blocks are out of step',
    lines: ['Date of Injury:', 'Date of Birth:', 'UR Denial Date:', '06/19/2014', '02/13/2017'],
    expected: [
      ['dateOfInjury', undefined, undefined],
      ['urDenialDate', undefined, undefined],
    ],
  },
  {
    name: 'leaves a label it cannot read without a value, and its neighbours with theirs',
    lines: ['Date of Injury:', 'Date of Birth:', 'UR Denial Date:', '06/19/2014', '01/01/1970', '02/13/2017'],
    expected: [ALL_READ[4], ALL_READ[5]],
  },
  {
    name: 'sets aside a running title or page number around the values',
    lines: ['Date of Injury:', 'UR Denial Date:', 'Page 1 of 4', '06/19/2014', '02/13/2017', 'Final Determination'],
    expected: [ALL_READ[4], ALL_READ[5]],
  },
  {
    name: 'reads no date when the values fall in other columns than the labels',
    lines: ['Date of Injury:       UR Denial Date:', '06/19/2014', '02/13/2017'],
    expected: [
      ['dateOfInjury', undefined, undefined],
      ['urDenialDate', undefined, undefined],
    ],
  },
];

/** The published header's two blocks of labels, each with its values written before it. */
const VALUES_FIRST = [
  'CM17-0204410',
  '03/02/2017',
  '03/29/2017',
  'Standard',
  '',
  'Case Number:',
  'Date Assigned:',
  'Decision Date:',
  'Priority:',
  '',
  '06/19/2014',
  '02/13/2017',
  '02/24/2017',
  '',
  'Date of Injury:',
  'UR Denial Date:',
  'Application',
  'Received:',
];

const BEFORE_LABELS: HeaderCase[] = [
  {
    name: 'pairs each block of labels with the block of values written before it, a wrapped label included',
    lines: VALUES_FIRST,
    expected: ALL_READ,
  },
  {
    name: 'pairs two columns of values written before their two columns of labels',
    lines: ['CM17-0204410          06/19/2014', '03/02/2017            02/13/2017', ...TWO_COLUMN_LABELS.slice(0, 2)],
    expected: [ALL_READ[0], ALL_READ[4], ALL_READ[1], ALL_READ[5]],
  },
  {
    name: 'reads no date of a block with a value missing, and reads the other block',
    lines: VALUES_FIRST.filter((line) => line !== '06/19/2014'),
    expected: [
      ...ALL_READ.slice(0, 4),
      ['dateOfInjury', undefined, undefined],
      ['urDenialDate', undefined, undefined],
      ['applicationReceived', undefined, undefined],
    ],
  },
  {
    name: 'pairs values after their labels when a date stands above the header',
    lines: ['11/29/2016', 'Date of Injury:', 'UR Denial Date:', '06/19/2014', '02/13/2017'],
    expected: [ALL_READ[4], ALL_READ[5]],
  },
  {
    name: 'pairs the way the blocks line up when values stand both before and after the labels',
    lines: [...VALUES_FIRST, '01/02/2018'],
    expected: ALL_READ,
  },
  {
    name: 'reads no date when a block of values could be the one before or the one after its labels',
    lines: ['06/19/2014', '02/13/2017', 'Date of Injury:', 'UR Denial Date:', '03/02/2017', '03/29/2017'],
    expected: [
      ['dateOfInjury', undefined, undefined],
      ['urDenialDate', undefined, undefined],
    ],
  },
];

const DRAFT_FORMS: HeaderCase[] = [
  {
    name: 'parts bold labels from their values, also two pairs on one line and a trailing <br>',
    lines: [
      '**Case Number:** CM17-0204410 **Date Assigned:** 03/02/2017',
      '**Decision Date:** 03/29/2017<br>',
      '**Priority:** Standard',
      '**Date of Injury:** 06/19/2014',
      '**UR Denial Date:** 02/13/2017 **Application Received:** 02/24/2017',
    ],
    expected: ALL_READ,
  },
  {
    name: 'reads "DOI" as the label of the date of injury, in a line of its own or beside another pair',
    lines: ['Case Number: CM17-0204410     DOI: 06/19/2014', 'DOI:', '', '06/19/2014'],
    expected: [ALL_READ[0], ALL_READ[4], ALL_READ[4]],
  },
  {
    name: 'parts bold labels closed before their colons from their values',
    lines: ['**Case Number**: CM17-0204410', '**Date of Injury** : 06/19/2014 __UR Denial Date__: 02/13/2017'],
    expected: [ALL_READ[0], ALL_READ[4], ALL_READ[5]],
  },
  {
    name: 'reads a second pair that extraction has run into the first value',
    lines: ['Case Number: CM17-0204410 Date of Injury: 06/19/2014', 'Decision Date: 03/29/2017 Note: none'],
    expected: [ALL_READ[0], ALL_READ[4], ['decisionDate', '03/29/2017 Note: none', '2017-03-29']],
  },
  {
    name: 'reads a Markdown table of label and value cells, its rule row set aside',
    lines: [
      '| Case Number: | CM17-0204410 | Date of Injury: | 06/19/2014 |',
      '| --- | --- | :---: | --- |',
      '| Date Assigned: | 03/02/2017 | UR Denial Date: | 02/13/2017 |',
      '| Decision Date: | 03/29/2017 | Application Received: | 02/24/2017 |',
      '| Priority: | Standard | | |',
    ],
    expected: BY_ROWS,
  },
  {
    name: 'reads a Markdown table of label and value cells whose labels have no colon, under a "Field | Value" row',
    lines: [
      '| Field | Value |',
      '|---|---|',
      '| Case Number | CM17-0204410 |',
      '| **Date Assigned** | 03/02/2017 |',
      '| Decision Date | 03/29/2017 |',
      '| Priority | Standard |',
      '| Date of Injury | 06/19/2014 |',
      '| UR Denial Date | 02/13/2017 |',
      '| Application Received | 02/24/2017 |',
    ],
    expected: ALL_READ,
  },
  {
    name: 'pairs a table whose first row holds the labels without their colons',
    lines: ['| Date of Injury | UR Denial Date |', '| --- | --- |', '| 06/19/2014 | 02/13/2017 |'],
    expected: [ALL_READ[4], ALL_READ[5]],
  },
  {
    name: 'takes a colonless cell for a label only when its words are a whole header label',
    lines: ['| Date of Injury (DOI) | 06/19/2014 |', '| Injury | 02/13/2017 |', 'Date of Injury 06/19/2014'],
    expected: [],
  },
];

/** One test per layout, asserting every field the reader pairs. */
function itReadsEach(cases: HeaderCase[]): void {
  for (const { name, lines, expected } of cases) it(name, () => assert.deepStrictEqual(headerOf(lines), expected));
}

describe('parser: header values written apart from their labels', () => {
  itReadsEach(APART_FROM_LABELS);
});

describe('parser: header values written before their labels', () => {
  itReadsEach(BEFORE_LABELS);
});

describe('parser: header forms of a draft', () => {
  itReadsEach(DRAFT_FORMS);
  it('pairs a table whose first row holds the labels, and reads no date when a value cell is empty', () => {
    const full = ['| Date of Injury: | UR Denial Date: |', '| --- | --- |', '| 06/19/2014 | 02/13/2017 |'];
    assert.deepStrictEqual(headerOf(full), [ALL_READ[4], ALL_READ[5]]);
    const gap = [
      '| Case Number: | Date of Injury: | UR Denial Date: |',
      '| --- | --- | --- |',
      '| CM17-0204410 | | 02/13/2017 |',
    ];
    assert.deepStrictEqual(headerOf(gap), [
      ALL_READ[0],
      ['dateOfInjury', undefined, undefined],
      ['urDenialDate', undefined, undefined],
    ]);
  });
});
