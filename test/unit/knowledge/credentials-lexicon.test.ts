import * as assert from 'assert';
import Ajv from 'ajv';
import schema from '../../../server/core/knowledge/credentials-lexicon.schema.json';
import lexicon from '../../../server/core/knowledge/data/credentials-lexicon.json';
import { wordsOf, type CredentialsLexiconFile } from '../../../server/core/knowledge/credentials-lexicon';
import { buildPatterns } from '../../../server/core/parser/credential-patterns';

/** The states a pattern built from this lexicon file reads in a sentence. */
function statesRead(file: CredentialsLexiconFile, sentence: string): string[] {
  const { proseState } = buildPatterns(wordsOf(file));
  return [...sentence.matchAll(proseState)].map((match) =>
    match
      .slice(1)
      .find((group) => group)!
      .trim(),
  );
}

describe('credentials lexicon', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('validates against its schema, every entry with a comment', () => {
    assert.ok(validate(lexicon), JSON.stringify(validate.errors));
  });

  it('rejects an entry without a comment, an unknown word class or a capitalised word', () => {
    const classes = lexicon.wordClasses;
    assert.strictEqual(validate({ ...lexicon, wordClasses: { ...classes, articles: { words: ['a'] } } }), false);
    const extra = { ...classes, degrees: { words: ['md'], comment: 'a class no reader knows' } };
    assert.strictEqual(validate({ ...lexicon, wordClasses: extra }), false);
    const capital = { ...classes, articles: { words: ['A'], comment: 'capitals are folded by the reader' } };
    assert.strictEqual(validate({ ...lexicon, wordClasses: capital }), false);
  });

  it('reads the licence forms its words name, and a form only once its word is added', () => {
    const sentence = 'The expert reviewer is licensed via the Medical Board of Nevada.';
    assert.deepStrictEqual(statesRead(lexicon, 'The expert reviewer is licensed by the Medical Board of Nevada.'), [
      'Nevada',
    ]);
    assert.deepStrictEqual(statesRead(lexicon, sentence), []);
    const sources = lexicon.wordClasses.licenseSources;
    const widened = {
      ...lexicon,
      wordClasses: { ...lexicon.wordClasses, licenseSources: { ...sources, words: [...sources.words, 'via'] } },
    };
    assert.deepStrictEqual(statesRead(widened, sentence), ['Nevada']);
  });
});
