import * as assert from 'assert';
import { at, parse } from './letters';

describe('parser: regulation references', () => {
  const letter = parse(
    'Functional improvement as defined by labor code 9792.20(e) and 8 CCR 9792.24.1.\n<!-- imr-disable-next-line phi, date-order -->\nText\n<!-- imr-disable -->\n',
  );

  it('reads the code words and the subdivision', () => {
    assert.deepStrictEqual(
      letter.regulationRefs.map((r) => [r.code, r.section, r.subdivision, at(letter, r.codeSpan)]),
      [
        ['labor-code', '9792.20', '(e)', 'labor code'],
        ['ccr', '9792.24.1', undefined, '8 CCR'],
      ],
    );
  });

  it('reads no regulation reference inside an HTML comment', () => {
    const letter = parse(
      'as defined in\n<!-- expect: citation-mislabel:+1 "Labor Code 9792.20(f)" -->\nLabor Code 9792.20(f).\n',
    );
    assert.deepStrictEqual(
      letter.regulationRefs.map((r) => letter.lines.positionAt(r.span.start).line),
      [2],
    );
  });
});
