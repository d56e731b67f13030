import * as assert from 'assert';
import { assertionLexicon } from '../../../server/core/knowledge/assertion-lexicon';
import { SentenceReader, tokensOf } from '../../../server/core/parser/assertion';

/** Whether the reader takes the first "request" of the sentence as a hypothetical one. */
function hypothetical(sentence: string): boolean {
  const tokens = tokensOf(sentence, 0, sentence.length, () => false);
  const head = tokens.findIndex((token) => token.key === 'request');
  return new SentenceReader(assertionLexicon(), tokens, new Set()).hypotheticalAt(head);
}

describe('a request said hypothetically', () => {
  const hypotheticals = [
    'A request for 6 sessions would fall within the guideline.',
    'I could certify a request for 6 sessions.',
    'A further request for 4 visits might be considered.',
    'If he improves, the request for 4 more sessions could be considered.',
    'Should function improve, a request for 6 more visits is reasonable.',
    'A request for 6 sessions is supported only if function improves.',
  ];
  const facts = [
    'The request for 8 sessions would exceed the guideline.',
    'I cannot certify the request for 8 sessions.',
    'The request is for 8 sessions of chiropractic care.',
    'A request for 8 sessions was submitted on 09/01/2016.',
    'His request for 8 sessions could not be certified.',
  ];
  for (const sentence of hypotheticals)
    it(`hypothetical: ${sentence}`, () => assert.strictEqual(hypothetical(sentence), true));
  for (const sentence of facts)
    it(`this request: ${sentence}`, () => assert.strictEqual(hypothetical(sentence), false));
});
