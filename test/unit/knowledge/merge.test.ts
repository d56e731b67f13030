import * as assert from 'assert';
import { builtInKnowledge, treatmentLimits, mergeKnowledge } from '../../../server/core/knowledge';
import type { GuidelinePack, TreatmentLimit } from '../../../server/core/knowledge/types';

const kb = builtInKnowledge();
const builtInAcupuncture = kb.limits.find((limit) => limit.id === 'mtus-acupuncture')!;

const acmeAcupuncture: TreatmentLimit = {
  ...builtInAcupuncture,
  trial: { visits: { min: 4, max: 8 } },
  confidence: 'unverified',
  passage: 'Acme allows 4-8 acupuncture treatments for an initial trial.',
  pack: undefined,
};

describe('mergeKnowledge', () => {
  it('replaces a built-in entry of the same id in place and records what it overrides', () => {
    const { knowledge, notes } = mergeKnowledge(kb, [{ name: 'acme.json', pack: { limits: [acmeAcupuncture] } }]);
    const index = kb.limits.indexOf(builtInAcupuncture);
    assert.deepStrictEqual(knowledge.limits[index], {
      ...acmeAcupuncture,
      pack: 'acme.json',
      overrides: { id: 'mtus-acupuncture', pack: 'built-in' },
    });
    assert.strictEqual(knowledge.limits.length, kb.limits.length);
    assert.deepStrictEqual(notes, [
      {
        pack: 'acme.json',
        id: 'mtus-acupuncture',
        kind: 'override',
        message: 'acme.json: "mtus-acupuncture" overrides the built-in entry',
      },
    ]);
  });

  it('names the earlier user pack when a later one overrides it', () => {
    const later = { ...acmeAcupuncture, passage: 'Later.' };
    const { knowledge } = mergeKnowledge(kb, [
      { name: 'a.json', pack: { limits: [acmeAcupuncture] } },
      { name: 'b.json', pack: { limits: [later] } },
    ]);
    const merged = knowledge.limits.find((limit) => limit.id === 'mtus-acupuncture');
    assert.deepStrictEqual(
      [merged?.pack, merged?.overrides, merged?.passage],
      ['b.json', { id: 'mtus-acupuncture', pack: 'a.json' }, 'Later.'],
    );
  });

  it('adds new entries, which lookups then find', () => {
    const pack: GuidelinePack = { limits: [{ ...acmeAcupuncture, id: 'acme-acupuncture-knee', regions: ['knee'] }] };
    const { knowledge, notes } = mergeKnowledge(kb, [{ name: 'acme.json', pack }]);
    assert.deepStrictEqual(notes, []);
    assert.ok(
      treatmentLimits(knowledge, 'acupuncture', 'knee').some(
        (limit) => limit.id === 'acme-acupuncture-knee' && limit.pack === 'acme.json',
      ),
    );
    assert.ok(!treatmentLimits(knowledge, 'acupuncture', 'neck').some((limit) => limit.id === 'acme-acupuncture-knee'));
  });

  it('leaves out an entry naming an unknown treatment, with a note, and keeps the rest', () => {
    const pack: GuidelinePack = {
      limits: [
        { ...acmeAcupuncture, id: 'acme-cupping', treatment: 'cupping' },
        { ...acmeAcupuncture, id: 'acme-ok' },
      ],
    };
    const { knowledge, notes } = mergeKnowledge(kb, [{ name: 'acme.json', pack }]);
    assert.deepStrictEqual(notes, [
      {
        pack: 'acme.json',
        id: 'acme-cupping',
        kind: 'dropped',
        message: 'acme.json: left out: limits[0].treatment: unknown treatment "cupping"',
      },
    ]);
    assert.deepStrictEqual(
      knowledge.limits.slice(-1).map((limit) => limit.id),
      ['acme-ok'],
    );
  });

  it('lets drug names recognise their treatment, for packs too', () => {
    const opioid = kb.treatments.find((treatment) => treatment.id === 'opioid');
    assert.ok(opioid?.patterns.includes('norco') && opioid.patterns.includes('opioid'));
    const drug = { ...kb.drugs.find((entry) => entry.id === 'tramadol')!, id: 'acme-opioid', names: ['acmedol'] };
    const { knowledge } = mergeKnowledge(kb, [{ name: 'acme.json', pack: { drugs: [drug] } }]);
    const patterns = knowledge.treatments.find((treatment) => treatment.id === 'opioid')!.patterns;
    assert.ok(patterns.includes('acmedol'));
    assert.strictEqual(patterns.filter((pattern) => pattern === 'norco').length, 1);
  });

  it('leaves the base knowledge unchanged', () => {
    const before = JSON.stringify(kb);
    mergeKnowledge(kb, [{ name: 'acme.json', pack: { limits: [acmeAcupuncture] } }]);
    assert.strictEqual(JSON.stringify(kb), before);
  });
});
