import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../../server/core';
import { bundledRuleDocs } from '../../../server/node/rule-docs';
import { readmeText } from '../../../client/scripts/readme-rules';

const readme = fs.readFileSync(path.join(__dirname, '../../../../README.md'), 'utf8');

describe('README', () => {
  it('documents every rule under a heading of its id, with its severity, description and doc', () => {
    for (const rule of allRules) {
      assert.ok(
        readme.includes(`#### \`${rule.id}\`\n\n*${rule.defaultSeverity}* · ${rule.description}\n\n${rule.doc}\n`),
        rule.id,
      );
      assert.ok(
        readme.includes(`| [\`${rule.id}\`](#${rule.id}) | ${rule.defaultSeverity} | ${rule.description} |`),
        rule.id,
      );
    }
  });

  it('holds the rule table and sections as npm run docs:rules writes them from the rules', () => {
    assert.ok(readmeText(readme) === readme, 'the README is out of date: run npm run docs:rules');
  });

  it('is where a diagnostic links for its rule: the README beside the bundles, offline', () => {
    const link = new URL(bundledRuleDocs('phi'));
    assert.strictEqual(link.protocol, 'file:');
    assert.strictEqual(link.hash, '#phi');
    assert.ok(link.pathname.endsWith('/README.md'), link.pathname);
  });

  it('opens with the two commands', () => {
    const commands = readme.slice(0, readme.indexOf('```sh') + 200);
    assert.ok(commands.includes('npm ci && npm run release') && commands.includes('npm test'));
  });
});
