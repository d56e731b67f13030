import * as assert from 'assert';
import fc from 'fast-check';
import { builtInKnowledge, formatPackProblem, parsePack } from '../../../server/core/knowledge';

const kb = builtInKnowledge();

/** A pack with one limit, in our pretty-printed layout, with `limit` fields merged in. */
function packText(limit: Record<string, unknown> = {}): string {
  const entry = {
    id: 'acme-acupuncture',
    guideline: 'mtus-acupuncture-2007',
    treatment: 'acupuncture',
    recommended: true,
    trial: { visits: { min: 3, max: 6 } },
    source: { section: 'Acme policy 12' },
    confidence: 'unverified',
    passage: 'Acme allows 3-6 acupuncture visits.',
    ...limit,
  };
  return JSON.stringify({ name: 'acme', limits: [entry] }, null, 2);
}

const summary = (text: string) => parsePack(text, 'acme.json', kb).problems.map(formatPackProblem);

describe('parsePack', () => {
  it('reads a valid pack with no problems', () => {
    const parsed = parsePack(packText(), 'acme.json', kb);
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(parsed.pack?.limits?.[0].id, 'acme-acupuncture');
  });

  it('reports a bad field on its own line', () => {
    // Line 12 of the pretty-printed pack is `"max": "six"`.
    assert.deepStrictEqual(summary(packText({ trial: { visits: { min: 3, max: 'six' } } })), [
      'acme.json:12:18: limits[0].trial.visits.max: must be number',
    ]);
  });

  it('reports an unknown property and a bad confidence with the allowed values', () => {
    assert.deepStrictEqual(summary(packText({ confidence: 'sure', visits: 6 })), [
      'acme.json:20:7: limits[0]: unknown property "visits"',
      'acme.json:18:21: limits[0].confidence: must be one of "verified", "observed-in-letters", "unverified"',
    ]);
  });

  it('reports a missing required field on the entry', () => {
    const text = packText().replace('      "passage": "Acme allows 3-6 acupuncture visits."', '      "note": "x"');
    assert.deepStrictEqual(summary(text), ["acme.json:4:5: limits[0]: must have required property 'passage'"]);
  });

  it('reports a range whose min is above its max, and an era that ends before it starts, on the lower end', () => {
    // Line 11 of the pretty-printed pack is `"min": 10`: no figure starts above where it ends.
    assert.deepStrictEqual(summary(packText({ trial: { visits: { min: 10, max: 6 } } })), [
      'acme.json:11:18: limits[0].trial.visits: min 10 is more than max 6',
    ]);
    const guideline = {
      id: 'acme-guide',
      name: 'Acme guide',
      family: 'Acme',
      mtus: false,
      aliases: ['acme guide'],
      inForce: { from: '2020-01-01', to: '2019-12-31' },
      confidence: 'unverified',
    };
    assert.deepStrictEqual(summary(JSON.stringify({ name: 'acme', guidelines: [guideline] }, null, 2)), [
      'acme.json:13:17: guidelines[0].inForce: from 2020-01-01 is after to 2019-12-31',
    ]);
    assert.strictEqual(
      parsePack(packText({ trial: { visits: { min: 6, max: 6 } } }), 'acme.json', kb).problems.length,
      0,
    );
  });

  it('reports broken JSON where it breaks', () => {
    assert.deepStrictEqual(summary('{\n  "limits": [\n    {"id": "a",}\n  ]\n}'), [
      'acme.json:3:16: invalid JSON: property name expected',
    ]);
    assert.deepStrictEqual(summary('{\n  "limits": [\n'), ['acme.json:3:1: invalid JSON: close bracket expected']);
    assert.deepStrictEqual(summary(''), ['acme.json:1:1: invalid JSON: value expected']);
  });

  it('reports unknown guideline, treatment and region ids, and duplicate ids', () => {
    const text = JSON.stringify(
      {
        limits: [
          JSON.parse(packText({ guideline: 'acme-guide', treatment: 'cupping', regions: ['neck', 'tail'] })).limits[0],
          JSON.parse(packText()).limits[0],
        ],
      },
      null,
      1,
    );
    assert.deepStrictEqual(
      parsePack(text, 'acme.json', kb).problems.map((problem) => problem.reason),
      [
        'limits[0].guideline: unknown guideline "acme-guide"',
        'limits[0].treatment: unknown treatment "cupping"',
        'limits[0].regions[1]: unknown region "tail"',
        'limits[1].id: duplicate id "acme-acupuncture"',
      ],
    );
  });

  it('holds a Drug List status to its list version: none when not confirmed, one when confirmed, and a known drug', () => {
    const line = (extra: object) => ({
      id: 'acme-list-line',
      drug: 'gabapentin',
      source: { section: 'MTUS Drug List' },
      confidence: 'unverified',
      ...extra,
    });
    const reasons = (entry: object) =>
      parsePack(JSON.stringify({ drugList: [entry] }), 'acme.json', kb).problems.map((problem) => problem.reason);
    assert.deepStrictEqual(reasons(line({ status: 'not-confirmed' })), []);
    assert.deepStrictEqual(reasons(line({ status: 'exempt', list: { version: 'v.6', effective: '2020-01-15' } })), []);
    assert.deepStrictEqual(reasons(line({ status: 'exempt' })), [
      "drugList[0]: must have required property 'list'",
      'drugList[0]: must match "else" schema',
    ]);
    assert.deepStrictEqual(
      reasons(line({ status: 'not-confirmed', list: { version: 'v.6', effective: '2020-01-15' } })),
      ['drugList[0].list: boolean schema is false', 'drugList[0]: must match "then" schema'],
    );
    assert.deepStrictEqual(reasons(line({ status: 'not-confirmed', drug: 'snake-oil' })), [
      'drugList[0].drug: unknown drug "snake-oil"',
    ]);
  });

  it('accepts references to guidelines and treatments the pack itself defines', () => {
    const pack = {
      guidelines: [
        {
          id: 'acme-guide',
          name: 'Acme',
          family: 'Acme',
          mtus: false,
          aliases: ['acme'],
          inForce: {},
          confidence: 'unverified',
        },
      ],
      treatments: [{ id: 'cupping', name: 'Cupping', kind: 'visits', patterns: ['cupping'] }],
      limits: [JSON.parse(packText({ guideline: 'acme-guide', treatment: 'cupping' })).limits[0]],
    };
    assert.deepStrictEqual(parsePack(JSON.stringify(pack), 'acme.json', kb).problems, []);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ limits: [value] })),
        ),
        (text) => {
          const parsed = parsePack(text, 'x.json', kb);
          assert.ok(parsed.pack !== undefined || parsed.problems.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
