import * as assert from 'assert';
import { wordForms } from '../../../server/core/knowledge/word-forms';

describe('word forms: a phrase found in another form of its words', () => {
  const same = (a: string, b: string) => assert.strictEqual(wordForms(a), wordForms(b), `${a} / ${b}`);
  const apart = (a: string, b: string) => assert.notStrictEqual(wordForms(a), wordForms(b), `${a} / ${b}`);

  it('reads a hyphen or a slash as a space between words', () => {
    same('Non-weight-bearing', 'non weight bearing');
    same('flare-up', 'flare up');
    same('s/p', 's p');
  });

  it('folds regular inflections: -s, -es, -ed, -ing, -en after a doubled consonant, -y and -ies', () => {
    same('has already fallen', 'has already fall');
    same('falls', 'falling');
    same('short courses', 'short course');
    same('acute flares', 'acute flare');
    same('flared', 'flare');
    same('injuries', 'injury');
    same('studies', 'studied');
    same('stopped', 'stop');
  });

  it('keeps short words, numbers, the percent sign and an -s that is not a plural', () => {
    apart('need', 'ne');
    apart('50%', '50');
    apart('2 weeks', '20 weeks');
    assert.strictEqual(wordForms('diagnosis status loss'), 'diagnosis status los');
  });

  it('leaves irregular forms apart', () => {
    apart('fell', 'fall');
  });
});
