import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtInSnippetsText, SNIPPETS_FILE } from '../../../client/scripts/snippets';

const ROOT = path.resolve(__dirname, '../../../..');

interface SnippetJson {
  prefix: string;
  description: string;
  body: string[];
}

describe('contributed snippets', () => {
  const committed = fs.readFileSync(path.join(ROOT, SNIPPETS_FILE), 'utf8');
  const snippets = Object.values(JSON.parse(committed) as Record<string, SnippetJson>);

  it('is the generator output for the built-in knowledge (run `npm run build` to refresh it)', () => {
    assert.strictEqual(committed, builtInSnippetsText());
  });

  it('offers the whole letter and an item block', () => {
    const prefixes = snippets.map((snippet) => snippet.prefix);
    assert.deepStrictEqual(prefixes.slice(0, 2), ['imr-letter', 'imr-item']);
    const letter = snippets[0].body.join('\n');
    for (const heading of [
      '# HOW THE IMR FINAL DETERMINATION WAS MADE',
      '# CLINICAL CASE SUMMARY',
      '# IMR ISSUES, DECISIONS AND RATIONALES',
    ]) {
      assert.ok(letter.includes(`\n${heading}\n`) || letter.startsWith(`${heading}\n`), heading);
    }
    assert.ok(letter.endsWith(snippets[1].body.join('\n')), "the item block is the letter template's item");
  });

  it('offers no standard passage as a snippet: passages come from completion in a rationale and the picker', () => {
    assert.deepStrictEqual(
      snippets.map((snippet) => snippet.prefix),
      ['imr-letter', 'imr-item'],
    );
  });

  it('gives every snippet a unique prefix and ends each body with the final stop', () => {
    const prefixes = snippets.map((snippet) => snippet.prefix);
    assert.strictEqual(new Set(prefixes).size, prefixes.length);
    for (const snippet of snippets) assert.ok(snippet.body[snippet.body.length - 1].endsWith('$0'), snippet.prefix);
  });
});
