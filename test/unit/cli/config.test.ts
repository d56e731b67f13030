import * as assert from 'assert';
import { formatConfigProblem, parseConfig } from '../../../server/core/check/config';

const RULES = ['phi', 'missing-section'];

function problemsOf(text: string): string[] {
  return parseConfig(text, '.imrlintrc.json', RULES).problems.map(formatConfigProblem);
}

describe('parseConfig', () => {
  it('reads rule settings, packs and the reviewer, allowing comments and trailing commas', () => {
    const text = `{
  // silence PHI checks in our redacted archive
  "rules": { "phi": "off", "missing-section": "warning", },
  "guidelinePacks": ["packs/org.json"],
  "reviewer": { "licensure": ["California"], "specialty": "Chiropractor" },
}`;
    const parsed = parseConfig(text, 'x/.imrlintrc.json', RULES);
    assert.deepStrictEqual(parsed.problems, []);
    assert.deepStrictEqual(parsed.config, {
      rules: { phi: 'off', 'missing-section': 'warning' },
      guidelinePacks: ['packs/org.json'],
      reviewer: { licensure: ['California'], specialty: 'Chiropractor' },
      ignore: [],
    });
    assert.deepStrictEqual(parsed.packRanges, [{ start: { line: 3, character: 21 }, end: { line: 3, character: 37 } }]);
  });

  it('reports invalid JSON at its line and column', () => {
    assert.deepStrictEqual(problemsOf('{\n  "rules": { "phi": "off" }\n  "reviewer": {}\n}'), [
      '.imrlintrc.json:3:3: invalid JSON: comma expected',
    ]);
  });

  it('reports a severity that does not exist', () => {
    assert.deepStrictEqual(problemsOf('{"rules": {\n  "phi": "loud"\n}}'), [
      '.imrlintrc.json:2:10: rule "phi": expected one of error, warning, information, hint, off',
    ]);
  });

  it('reports a misspelt rule id rather than silently configuring nothing', () => {
    assert.deepStrictEqual(problemsOf('{"rules": {"phii": "off"}}'), ['.imrlintrc.json:1:12: unknown rule "phii"']);
  });

  it('reports unknown settings and wrong types, keeping what is valid', () => {
    const parsed = parseConfig(
      '{"rule": {}, "guidelinePacks": "org.json", "reviewer": {"licensure": "California", "specialty": 3}}',
      'c.json',
      RULES,
    );
    assert.deepStrictEqual(parsed.problems.map(formatConfigProblem), [
      'c.json:1:2: unknown setting "rule" (expected rules, guidelinePacks, reviewer or ignore)',
      'c.json:1:32: "guidelinePacks" must be an array of strings',
      'c.json:1:70: "reviewer.licensure" must be an array of strings',
      'c.json:1:97: "reviewer.specialty" must be a string',
    ]);
    assert.deepStrictEqual(parsed.config, { rules: {}, guidelinePacks: [], reviewer: { licensure: [] }, ignore: [] });
  });

  it('reports a file that is not an object, and an empty file', () => {
    assert.deepStrictEqual(problemsOf('["phi"]'), [
      '.imrlintrc.json:1:1: expected an object like {"rules": {"phi": "off"}}',
    ]);
    assert.deepStrictEqual(problemsOf(''), ['.imrlintrc.json:1:1: invalid JSON: value expected']);
  });

  it('accepts any rule id when no list of known rules is given', () => {
    assert.deepStrictEqual(parseConfig('{"rules": {"future-rule": "error"}}', 'c.json').config.rules, {
      'future-rule': 'error',
    });
  });
});
