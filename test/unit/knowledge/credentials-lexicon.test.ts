import * as assert from 'assert';
import Ajv from 'ajv';
import schema from '../../../server/core/knowledge/credentials-lexicon.schema.json';
import lexicon from '../../../server/core/knowledge/data/credentials-lexicon.json';
import { wordsOf, type CredentialsLexiconFile } from '../../../server/core/knowledge/credentials-lexicon';
import { buildPatterns } from '../../../server/core/parser/credential-patterns';

/** The states a pattern built from this lexicon file reads in a sentence. */
function statesRead(file: CredentialsLexiconFile, sentence: string): string[] {
  const { proseState } = buildPatterns(wordsOf(file));
  return [...sentence.matchAll(proseState)].map((match) => match[1].trim());
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
    const sentence = 'The expert reviewer holds a full license to practice in Nevada.';
    assert.deepStrictEqual(statesRead(lexicon, 'The expert reviewer holds an active license to practice in Nevada.'), [
      'Nevada',
    ]);
    assert.deepStrictEqual(statesRead(lexicon, sentence), []);
    const qualifiers = lexicon.wordClasses.licenseQualifiers;
    const widened = {
      ...lexicon,
      wordClasses: {
        ...lexicon.wordClasses,
        licenseQualifiers: { ...qualifiers, words: [...qualifiers.words, 'full'] },
      },
    };
    assert.deepStrictEqual(statesRead(widened, sentence), ['Nevada']);
  });
});
