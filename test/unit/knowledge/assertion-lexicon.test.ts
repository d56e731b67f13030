import * as assert from 'assert';
import Ajv from 'ajv';
import schema from '../../../server/core/knowledge/assertion-lexicon.schema.json';
import lexicon from '../../../server/core/knowledge/data/assertion-lexicon.json';
import { assertionLexicon, wordKey } from '../../../server/core/knowledge/assertion-lexicon';

describe('assertion lexicon', () => {
  it('validates against its schema, every entry with a comment', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    assert.ok(validate(lexicon), JSON.stringify(validate.errors));
  });

  it('rejects an entry without a comment or with an unknown trigger kind', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const broken = { ...lexicon, triggers: [{ phrases: ['not'], kind: 'negation' }] };
    assert.strictEqual(validate(broken), false);
    const unknownKind = {
      ...lexicon,
      triggers: [{ phrases: ['not'], kind: 'maybe', comment: 'a kind no reader knows' }],
    };
    assert.strictEqual(validate(unknownKind), false);
  });

  it('matches words by keys that fold case and doubled letters', () => {
    assert.strictEqual(wordKey('Neccessary'), wordKey('necessary'));
    const keys = ['medicaly', 'necesary'].map(wordKey);
    assert.strictEqual(assertionLexicon().targets.matchesAt(keys, 0)[0]?.length, 2);
  });

  it('finds the longest phrase at a word as the first of its matches, and none where no phrase starts', () => {
    const sentence = 'I do not find that the request is medically necessary and it is not recommended by the guideline';
    const keys = sentence.split(' ').map(wordKey);
    const { targets, triggers, pseudo, terminators } = assertionLexicon();
    for (const index of [targets, triggers, pseudo, terminators]) {
      for (let at = 0; at < keys.length; at++)
        assert.strictEqual(index.longestAt(keys, at), index.matchesAt(keys, at)[0]);
    }
    assert.strictEqual(targets.longestAt(keys, keys.indexOf(wordKey('medically')))?.length, 2);
    assert.strictEqual(targets.longestAt(keys, 0), undefined);
    assert.deepStrictEqual(targets.matchesAt(keys, 0), []);
  });
});
