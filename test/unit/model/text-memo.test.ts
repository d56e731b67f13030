import * as assert from 'assert';
import { TextMemo } from '../../../server/core/model/text-memo';

/** A memo of two texts per generation, and the texts it had to read. */
function memoReading(): { memo: TextMemo<number>; get(text: string): number; read: string[] } {
  const memo = new TextMemo<number>(2);
  const read: string[] = [];
  const length = (text: string) => (read.push(text), text.length);
  return { memo, get: (text) => memo.get(text, length), read };
}

describe('TextMemo', () => {
  it('reads a text once and answers the same text from memory', () => {
    const memo = new TextMemo<string[]>(4);
    const read: string[] = [];
    const words = (text: string) => (read.push(text), text.split(' '));
    const first = memo.get('left knee', words);
    assert.strictEqual(memo.get('left knee', words), first);
    assert.deepStrictEqual(memo.get('right knee', words), ['right', 'knee']);
    assert.deepStrictEqual(read, ['left knee', 'right knee']);
  });

  it('forgets a text once two generations of other texts were read after it', () => {
    const { get, read } = memoReading();
    for (const text of ['a', 'bb', 'a', 'bb', 'ccc', 'dddd', 'eeeee', 'a']) get(text);
    assert.deepStrictEqual(read, ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'a']);
  });

  it('keeps a text of the older generation that is read again', () => {
    const { get, read } = memoReading();
    for (const text of ['a', 'bb', 'ccc', 'a', 'dddd', 'a']) get(text);
    assert.deepStrictEqual(read, ['a', 'bb', 'ccc', 'dddd']);
  });
});
