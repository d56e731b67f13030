import * as assert from 'assert';
import { MARKDOWN, PUBLISHED, at, parse } from './letters';

describe('parser: conclusions of whole letters', () => {
  it('reads a conclusion split by a page break', () => {
    const letter = parse(PUBLISHED);
    const rationale = letter.items[0].rationale!;
    assert.deepStrictEqual([rationale.conclusion?.necessary, rationale.conclusion?.strength], [false, 'explicit']);
    assert.strictEqual(at(letter, rationale.conclusion?.span), 'not medically necessary');
  });

  it('reads the conclusion of an Overturned drug', () => {
    const letter = parse(PUBLISHED);
    const item = letter.items[1];
    assert.strictEqual(item.rationale?.conclusion?.necessary, true);
  });

  it('reads the conclusions of heading items', () => {
    const letter = parse(MARKDOWN);
    const [first, second] = letter.items;
    assert.strictEqual(first.rationale?.conclusion?.necessary, false);
    assert.deepStrictEqual(
      [second.rationale?.conclusion?.necessary, second.rationale?.conclusion?.strength],
      [true, 'explicit'],
    );
  });

  it('reads no explicit conclusion from a synonym whose sentence does not name the request', () => {
    const letter = parse(
      'IMR ISSUES, DECISIONS AND RATIONALES\nAcupuncture: Upheld\nDecision rationale: The worker has not had acupuncture. An initial trial is supported, but\nthe request for 8 visits exceeds the trial.\n',
    );
    assert.strictEqual(letter.items[0].rationale?.conclusion?.strength, 'implied');
  });

  it("counts the rationale's other names for the title's treatment as naming the request", () => {
    const letter = parse(
      'IMR ISSUES, DECISIONS AND RATIONALES\nChiropractic care, 6 visits: Upheld\nDecision rationale: Manipulation would not add to\nhis home program and, in my view, is not necessary.\n',
    );
    const conclusion = letter.items[0].rationale?.conclusion;
    assert.deepStrictEqual([conclusion?.necessary, conclusion?.strength], [false, 'explicit']);
  });
});

describe('parser: conclusions', () => {
  const conclusionOf = (rationale: string) => {
    const letter = parse(`IMR ISSUES, DECISIONS AND RATIONALES\nMassage: Upheld\nDecision rationale: ${rationale}\n`);
    const conclusion = letter.items[0].rationale?.conclusion;
    return conclusion && [conclusion.necessary, conclusion.strength, at(letter, conclusion.span)];
  };

  it('takes the last statement, past an earlier general one', () => {
    assert.deepStrictEqual(
      conclusionOf(
        'Further treatment after a trial is medically necessary based on improvement. Therefore further massage is not medically necessary.',
      ),
      [false, 'explicit', 'not medically necessary'],
    );
  });

  it("reads a word broken by a space or a line end, its span over the letter's own characters", () => {
    // `at` shows the letter's characters, each run of white space as one space.
    assert.deepStrictEqual(conclusionOf('The request is not medi cally neces sary.'), [
      false,
      'explicit',
      'not medi cally neces sary',
    ]);
    assert.deepStrictEqual(conclusionOf('Further massage is medic ally\nnecessary.'), [
      true,
      'explicit',
      'medic ally necessary',
    ]);
    assert.deepStrictEqual(conclusionOf('Further massage is not recom\nmended.'), [
      false,
      'implied',
      'not recom mended',
    ]);
  });

  it('reads hyphenated, misspelt and "determined to not be" forms', () => {
    assert.deepStrictEqual(conclusionOf('The request is not-medically necessary.'), [
      false,
      'explicit',
      'not-medically necessary',
    ]);
    assert.deepStrictEqual(conclusionOf('The request is medically neccessary.'), [
      true,
      'explicit',
      'medically neccessary',
    ]);
    assert.deepStrictEqual(conclusionOf('The request was determined to not be medically necessary.'), [
      false,
      'explicit',
      'not be medically necessary',
    ]);
  });

  it('ignores conditions and reads a plain synonym about the request as explicit', () => {
    assert.deepStrictEqual(
      conclusionOf(
        'Massage is medically necessary only if it is an adjunct to exercise. The request is not supported.',
      ),
      [false, 'explicit', 'not supported'],
    );
    assert.deepStrictEqual(
      conclusionOf('Massage is medically necessary only if it is an adjunct to exercise.'),
      undefined,
    );
    assert.strictEqual(conclusionOf('The records are thin.'), undefined);
  });

  it("reads a question as no conclusion, and its elliptical answer with the question's phrase", () => {
    assert.strictEqual(conclusionOf('Is massage medically necessary?'), undefined);
    assert.deepStrictEqual(conclusionOf('Is massage medically necessary? It is not.'), [
      false,
      'explicit',
      'medically necessary? It is not',
    ]);
    assert.deepStrictEqual(
      conclusionOf('The question is whether massage is medically necessary. Not on this record, and not for a month.'),
      [false, 'explicit', 'medically necessary. Not on this record, and not for a month'],
    );
    assert.deepStrictEqual(conclusionOf('I was asked if massage is medically necessary. Yes, it is.'), [
      true,
      'explicit',
      'medically necessary. Yes, it is',
    ]);
  });
});
