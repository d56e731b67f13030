import * as assert from 'assert';
import { builtInKnowledge, drugMentions, mergeKnowledge, pageRangesOf } from '../../../server/core/knowledge';

const kb = builtInKnowledge();

/** "drug-id strength" for each drug the text names, in order. */
function mentioned(text: string): string[] {
  return drugMentions(kb, text).map((mention) => [mention.drug.id, mention.strength].filter(Boolean).join(' '));
}

describe('drugMentions', () => {
  it('splits a compounded product into its ingredients with their strengths', () => {
    assert.deepStrictEqual(mentioned('Flurbiprofen 20%/Baclofen 5%/Lidocaine 4% cream 180gm'), [
      'flurbiprofen 20%',
      'baclofen 5%',
      'lidocaine 4%',
    ]);
    assert.deepStrictEqual(mentioned('Compounded topical cream: gabapentin 10%, lidocaine 5%, 180 grams'), [
      'gabapentin 10%',
      'lidocaine 5%',
    ]);
    assert.deepStrictEqual(mentioned('Ketoprofen cream 10%, cyclobenzaprine 2.5% and capsaicin 0.0375%'), [
      'ketoprofen 10%',
      'cyclobenzaprine 2.5%',
      'capsaicin 0.0375%',
    ]);
  });

  it('gives oral strengths in mg, the first figure of a combination', () => {
    assert.deepStrictEqual(mentioned('Norco 10/325 mg #120'), ['hydrocodone-acetaminophen 10 mg']);
    assert.deepStrictEqual(mentioned('Hydrocodone/ibuprofen 7.5/200mg #60'), ['hydrocodone-ibuprofen 7.5 mg']);
    assert.deepStrictEqual(mentioned('OxyContin ER 20 mg twice a day and Soma 350mg'), [
      'oxycodone 20 mg',
      'carisoprodol 350 mg',
    ]);
  });

  it('takes the longest name where names overlap, and keeps the written offsets', () => {
    assert.deepStrictEqual(mentioned('Lidocaine patch 5% #30'), ['lidocaine-patch 5%']);
    const [mention] = drugMentions(kb, 'Retro: FLEXERIL 7.5mg');
    assert.deepStrictEqual([mention.name, mention.from, mention.to, mention.strength], ['flexeril', 7, 15, '7.5 mg']);
  });

  it('names no drug in a title without one', () => {
    assert.deepStrictEqual(mentioned('Somatic therapy 12 visits'), []);
    assert.deepStrictEqual(mentioned(''), []);
  });

  it('remembers a text per drug list: a pack that adds a name reads the same text afresh', () => {
    const title = 'Acmedol 50 mg #60';
    assert.deepStrictEqual(mentioned(title), []);
    const drug = { ...kb.drugs.find((entry) => entry.id === 'tramadol')!, id: 'acme-opioid', names: ['acmedol'] };
    const { knowledge } = mergeKnowledge(kb, [{ name: 'acme.json', pack: { drugs: [drug] } }]);
    assert.deepStrictEqual(
      drugMentions(knowledge, title).map((mention) => mention.drug.id),
      ['acme-opioid'],
    );
    assert.strictEqual(drugMentions(kb, title), drugMentions(kb, title));
  });
});

describe('pageRangesOf', () => {
  it('reads the written pages of a source', () => {
    assert.deepStrictEqual(pageRangesOf({ section: 'Chronic pain programs', pages: '30-34, 49' }), [
      { min: 30, max: 34 },
      { min: 49, max: 49 },
    ]);
    assert.deepStrictEqual(pageRangesOf({ section: 'Massage therapy', pages: '60' }), [{ min: 60, max: 60 }]);
    assert.deepStrictEqual(pageRangesOf({ section: 'Physical medicine treatment' }), []);
  });
});
