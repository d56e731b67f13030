import * as assert from 'assert';
import { parse } from './letters';

describe('parser: inline directives', () => {
  const letter = parse(
    'Functional improvement as defined by labor code 9792.20(e) and 8 CCR 9792.24.1.\n<!-- imr-disable-next-line phi, date-order -->\nText\n<!-- imr-disable -->\n',
  );

  it('reads directives with their rules and lines', () => {
    assert.deepStrictEqual(
      letter.directives.map((d) => [d.kind, d.rules, d.line]),
      [
        ['disable-next-line', ['phi', 'date-order'], 1],
        ['disable', [], 3],
      ],
    );
  });
});
