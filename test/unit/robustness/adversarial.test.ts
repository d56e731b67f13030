import { checkText } from '../../../server/core';
import { adversarialInputs } from '../../bench/adversarial';
import { assertInsideDocument } from './invariants';

/** Times are the benchmark's business (`npm run bench`); here each input only has to check cleanly. */
describe('robustness: adversarial inputs', () => {
  for (const input of adversarialInputs()) {
    it(`checks ${input.name} without throwing, every span inside the document`, () => {
      assertInsideDocument(input.text, checkText(input.text));
    });
  }
});
