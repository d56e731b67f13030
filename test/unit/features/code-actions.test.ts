import * as assert from 'assert';
import type { Finding } from '../../../server/core/check/finding';
import { getCodeActions, safeFixes, FIX_ALL_KIND } from '../../../server/core/features';
import { analyze } from './helpers';
import { parseConfig } from '../../../server/core/check/config';

const URI = 'file:///letter.imr.md';

function finding(rule: string, start: number, end: number, fixes: Finding['fixes']): Finding {
  return { rule, severity: 'warning', message: rule, span: { start, end }, fixes };
}

describe('features: code actions', () => {
  // A heading makes it a Markdown draft, whose findings are silenced by a comment.
  const text = 'first line\n  second line has a problem\nthird line\n# end\n';
  const analysis = analyze(text);
  analysis.findings = [
    finding('phi', 13, 19, [
      { title: 'Redact', changes: [{ span: { start: 13, end: 19 }, newText: '[redacted]' }], safe: true },
    ]),
    finding('citation-mislabel', 15, 18, [
      { title: 'Relabel', changes: [{ span: { start: 15, end: 18 }, newText: 'x' }], safe: true },
    ]),
    finding('missing-conclusion', 40, 45, [
      { title: 'Conclude', changes: [{ span: { start: 45, end: 45 }, newText: '.' }], safe: false },
    ]),
  ];

  it('offers each finding’s fixes and a "disable for this line" comment above the finding’s line, with its indent', () => {
    const range = { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } };
    const actions = getCodeActions(analysis, URI, range, ['quickfix']);
    assert.deepStrictEqual(
      actions.map((action) => [action.title, action.kind, action.edit?.changes?.[URI]]),
      [
        [
          'Redact',
          'quickfix',
          [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } }, newText: '[redacted]' }],
        ],
        [
          'Disable phi for this line',
          'quickfix',
          [
            {
              range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
              newText: '  <!-- imr-disable-next-line phi -->\n',
            },
          ],
        ],
      ],
    );
    assert.strictEqual(actions[0].diagnostics?.[0].code, 'phi');
  });

  it('writes the "disable for this line" comment in the letter’s line breaks: CRLF, or a lone CR', () => {
    for (const eol of ['\r\n', '\r']) {
      const broken = analyze(text.replace(/\n/g, eol));
      broken.findings = [analysis.findings[0]];
      const range = { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } };
      const disable = getCodeActions(broken, URI, range, ['quickfix']).find((action) =>
        action.title.startsWith('Disable'),
      );
      assert.strictEqual(disable?.edit?.changes?.[URI][0].newText, `  <!-- imr-disable-next-line phi -->${eol}`);
    }
  });

  it('fix-all applies only safe fixes, skipping one that overlaps a fix already taken', () => {
    assert.deepStrictEqual(
      safeFixes(analysis.findings).map((fix) => fix.title),
      ['Redact'],
    );
    const [fixAll] = getCodeActions(
      analysis,
      URI,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      ['source.fixAll'],
    );
    assert.strictEqual(fixAll.kind, FIX_ALL_KIND);
    assert.deepStrictEqual(fixAll.edit?.changes?.[URI], [
      { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } }, newText: '[redacted]' },
    ]);
  });

  it('answers only the kinds asked for', () => {
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    assert.deepStrictEqual(getCodeActions(analysis, URI, everywhere, ['refactor']), []);
    assert.deepStrictEqual(
      getCodeActions(analysis, URI, everywhere, ['source']).map((action) => action.kind),
      [FIX_ALL_KIND],
    );
  });

  it('offers a snippet fix as the client’s snippet command, and not at all to a client without one', () => {
    const letter = analyze('first line\n# end\n');
    letter.findings = [
      finding('missing-credentials', 0, 5, [
        {
          title: 'Insert to fill in',
          changes: [{ span: { start: 10, end: 10 }, newText: '\nState: ${1:California}' }],
          safe: false,
          snippet: true,
        },
      ]),
    ];
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const titles = (actions: ReturnType<typeof getCodeActions>) => actions.map((action) => action.title);
    assert.deepStrictEqual(titles(getCodeActions(letter, URI, range, ['quickfix'])), [
      'Disable missing-credentials for this line',
    ]);
    const [snippet] = getCodeActions(letter, URI, range, ['quickfix'], 'imrDeterminations.insertSnippet');
    assert.deepStrictEqual(
      [snippet.title, snippet.edit, snippet.command],
      [
        'Insert to fill in',
        undefined,
        {
          title: 'Insert to fill in',
          command: 'imrDeterminations.insertSnippet',
          arguments: [
            URI,
            [
              {
                range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } },
                snippet: '\nState: ${1:California}',
              },
            ],
          ],
        },
      ],
    );
  });

  describe('in a published plain-text letter', () => {
    const plain = analyze('first line\nsecond line has a problem\n');
    plain.findings = [finding('phi', 11, 17, [])];
    const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } };
    const CONFIG = 'file:///letters/.imrlintrc.json';
    const entry = { file: 'a/letter.txt', rule: 'phi', text: 'second' };

    it('offers "Ignore this finding" in a new .imrlintrc.json, saved by the client’s command, and no comment', () => {
      const target = { configUri: CONFIG, letterKey: 'a/letter.txt', saveCommand: 'save' };
      const [ignore, ...others] = getCodeActions(plain, URI, range, ['quickfix'], undefined, target);
      assert.deepStrictEqual(others, []);
      assert.strictEqual(ignore.title, 'Ignore this finding (in .imrlintrc.json)');
      assert.deepStrictEqual(ignore.command, { title: ignore.title, command: 'save', arguments: [CONFIG] });
      assert.deepStrictEqual(ignore.edit, {
        documentChanges: [
          { kind: 'create', uri: CONFIG, options: { ignoreIfExists: true } },
          {
            textDocument: { uri: CONFIG, version: null },
            edits: [
              {
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                newText: `${JSON.stringify({ ignore: [entry] }, null, 2)}\n`,
              },
            ],
          },
        ],
      });
    });

    it('appends to the ignore list of an existing config file, its other settings kept', () => {
      const configText = '{\n  // project rules\n  "rules": { "citation-format": "off" }\n}\n';
      const target = { configUri: CONFIG, configText, letterKey: 'a/letter.txt' };
      const [ignore] = getCodeActions(plain, URI, range, ['quickfix'], undefined, target);
      const edits = ignore.edit?.changes?.[CONFIG] ?? [];
      const lines = configText.split('\n');
      const offset = (p: { line: number; character: number }) =>
        lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
      let written = configText;
      for (const edit of [...edits].reverse()) {
        written = written.slice(0, offset(edit.range.start)) + edit.newText + written.slice(offset(edit.range.end));
      }
      assert.ok(written.includes('// project rules'), written);
      assert.deepStrictEqual(parseConfig(written, 'c.json').config.ignore, [entry]);
      assert.deepStrictEqual(parseConfig(written, 'c.json').config.rules, { 'citation-format': 'off' });
    });

    it('offers no way to silence a finding of a plain-text letter that is not on disk', () => {
      assert.deepStrictEqual(getCodeActions(plain, URI, range, ['quickfix']), []);
    });
  });
});
