import * as assert from 'assert';
import { PUBLISHED, at, parse } from './letters';

describe('parser: header', () => {
  it('matches header values written as a separate block to their labels', () => {
    const letter = parse(PUBLISHED);
    assert.deepStrictEqual(
      letter.header.map((f) => [f.key, f.value?.value, f.date?.iso]),
      [
        ['caseNumber', 'CM16-0201234', undefined],
        ['dateAssigned', '10/14/2016', '2016-10-14'],
        ['decisionDate', '11/18/2016', '2016-11-18'],
        ['priority', 'Standard', undefined],
        ['dateOfInjury', '04/02/2013', '2013-04-02'],
        ['urDenialDate', '10/05/2016', '2016-10-05'],
        ['applicationReceived', '10/12/2016', '2016-10-12'],
      ],
    );
    const caseNumber = letter.header[0];
    assert.strictEqual(at(letter, caseNumber.value!.span), 'CM16-0201234');
    assert.strictEqual(at(letter, caseNumber.label.span), 'Case Number');
  });
});
