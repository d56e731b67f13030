import * as assert from 'assert';
import { TextMemo } from '../../../server/core/model/text-memo';

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

  it('forgets the least recently used text beyond its capacity', () => {
    const memo = new TextMemo<number>(2);
    const read: string[] = [];
    const length = (text: string) => (read.push(text), text.length);
    memo.get('a', length);
    memo.get('bb', length);
    memo.get('a', length); // "a" is now the most recently used
    memo.get('ccc', length); // so "bb" is forgotten
    memo.get('a', length);
    memo.get('bb', length);
    assert.deepStrictEqual(read, ['a', 'bb', 'ccc', 'bb']);
  });
});
