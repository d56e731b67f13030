import * as assert from 'assert';
import { kindWordsOfItems, type KindVocabulary } from '../../../server/core/parser/kind-words';

const vocabulary: KindVocabulary = {
  hypernyms: new Map([
    ['mri', ['imaging', 'testing']],
    ['x-ray', ['imaging', 'testing']],
    ['emg-ncv', ['testing']],
    ['nsaid', ['drug']],
  ]),
  kinds: new Map([
    ['mri', 'study'],
    ['x-ray', 'study'],
    ['emg-ncv', 'study'],
    ['ultrasound', 'study'],
    ['nsaid', 'drug'],
    ['consult', 'other'],
  ]),
};

describe('words for a kind of treatment', () => {
  it('name an item when no other item of the letter is of that kind', () =>
    assert.deepStrictEqual(
      kindWordsOfItems(
        [
          { treatment: 'mri', title: 'MRI of the lumbar spine' },
          { treatment: 'emg-ncv', title: 'EMG of the lower extremities' },
          { treatment: 'nsaid', title: 'Naproxen 550 mg' },
        ],
        vocabulary,
      ),
      [['imaging'], [], ['drug']],
    ));

  it("name no item whose kind another item shares, or that another item's title names", () =>
    assert.deepStrictEqual(
      kindWordsOfItems(
        [
          { treatment: 'mri', title: 'MRI of the lumbar spine' },
          { treatment: 'x-ray', title: 'X-rays of the knee' },
          { treatment: 'nsaid', title: 'Naproxen 550 mg' },
          { treatment: 'emg-ncv', title: 'Urine drug testing and EMG' },
        ],
        vocabulary,
      ),
      [[], [], [], []],
    ));

  it('name no item beside one of the same kind whose treatment has no words for its kind', () =>
    assert.deepStrictEqual(
      kindWordsOfItems(
        [
          { treatment: 'mri', title: 'MRI of the lumbar spine' },
          { treatment: 'ultrasound', title: 'Diagnostic ultrasound of the shoulder' },
          { treatment: 'nsaid', title: 'Naproxen 550 mg' },
          { treatment: 'consult', title: 'Spine surgery consultation' },
        ],
        vocabulary,
      ),
      [[], [], ['drug'], []],
    ));

  it('name no item beside one whose treatment is not known, which may be of any kind', () =>
    assert.deepStrictEqual(
      kindWordsOfItems(
        [{ treatment: 'mri', title: 'MRI of the lumbar spine' }, { title: 'Lumbar myelogram' }],
        vocabulary,
      ),
      [[], []],
    ));
});
