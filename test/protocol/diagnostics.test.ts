import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ROOT, ServerSession, fixtureText, fixtureUri } from './harness';

/** Rule links point at the README copy shipped beside the bundles, readable offline. */
const DOCS = pathToFileURL(path.join(ROOT, 'dist/README.md')).href;
const REVIEWER = { reviewer: { licensure: ['California'], specialty: 'Acupuncture' } };

/** Rule, severity and range as `line:char-line:char`, for whole-list comparisons. */
function brief(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(
    ({ code, severity, range: { start, end } }) =>
      `${code} ${severity} ${start.line}:${start.character}-${end.line}:${end.character}`,
  );
}

function countOf(diagnostics: Diagnostic[], code: string): number {
  return diagnostics.filter((diagnostic) => diagnostic.code === code).length;
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'imr-determination', 0, text), edits);
}

describe('protocol: diagnostics and quick fixes (pushed)', () => {
  let session: ServerSession;
  const uri = fixtureUri('findings.imr.md');
  const text = fixtureText('findings.imr.md');
  let original: Diagnostic[];

  before(async () => {
    session = await ServerSession.start({ settings: REVIEWER });
    await session.open(uri, text);
    original = await session.diagnostics(uri, 1);
  });
  after(() => session.stop());

  /** Replaces the whole text as the next version and returns that version's diagnostics. */
  async function replaceText(newText: string): Promise<Diagnostic[]> {
    const version = await session.change(uri, [{ text: newText }]);
    return session.diagnostics(uri, version);
  }

  it('publishes the findings of the opened version: rule ids, severities and ranges', () => {
    assert.deepStrictEqual(brief(original), [
      'missing-credentials 1 0:2-0:42',
      'exceeds-guideline-limit 2 25:3-25:4',
      'decision-contradicts-rationale 1 25:80-25:90',
      'citation-mislabel 3 34:37-34:58',
      'missing-rationale 1 37:3-37:45',
    ]);
  });

  it('gives each diagnostic its source, a link to its rule, and its fixes as data', () => {
    const mislabel = original.find((diagnostic) => diagnostic.code === 'citation-mislabel');
    assert.deepStrictEqual(mislabel, {
      range: { start: { line: 34, character: 37 }, end: { line: 34, character: 58 } },
      severity: 3,
      code: 'citation-mislabel',
      codeDescription: { href: `${DOCS}#citation-mislabel` },
      source: 'imr',
      message: '"labor code 9792.20(f)" cites a Title 8 regulation as labor code; it is 8 CCR 9792.20(f).',
      data: {
        rule: 'citation-mislabel',
        fixes: [
          {
            title: 'Replace "labor code" with "8 CCR"',
            safe: true,
            preferred: true,
            edits: [
              { range: { start: { line: 34, character: 37 }, end: { line: 34, character: 47 } }, newText: '8 CCR' },
            ],
          },
        ],
      },
    });
  });

  it('fix-all applies every safe fix at once', async () => {
    await replaceText(text);
    const [fixAll] = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.strictEqual(fixAll.kind, 'source.fixAll.imr');
    const after = await replaceText(applied(text, fixAll.edit?.changes?.[uri] ?? []));
    assert.deepStrictEqual(brief(after), [
      'exceeds-guideline-limit 2 27:3-27:4',
      'decision-contradicts-rationale 1 27:80-27:90',
      'missing-rationale 1 39:3-39:45',
    ]);
  });

  it('publishes only the latest of several quick edits, never an older version after a newer one', async () => {
    await replaceText(text);
    const first = session.published.length;
    await session.change(uri, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'A' },
    ]);
    await session.change(uri, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'B' },
    ]);
    const last = await session.change(uri, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, text: '' },
    ]);
    assert.deepStrictEqual(brief(await session.diagnostics(uri, last)), brief(original));
    const versions = session.published
      .slice(first)
      .filter((params) => params.uri === uri)
      .map((params) => params.version as number);
    assert.deepStrictEqual(
      [...versions].sort((a, b) => a - b),
      versions,
    );
    assert.strictEqual(versions[versions.length - 1], last);
  });

  it('checks again with new settings: a rule turned off, another made a warning', async () => {
    session.settings = { ...REVIEWER, rules: { 'citation-mislabel': 'off', 'missing-rationale': 'warning' } };
    const count = session.published.length;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const diagnostics = await session.nextDiagnostics(uri, count);
    assert.deepStrictEqual(brief(diagnostics), [
      'missing-credentials 1 0:2-0:42',
      'exceeds-guideline-limit 2 25:3-25:4',
      'decision-contradicts-rationale 1 25:80-25:90',
      'missing-rationale 2 37:3-37:45',
    ]);
  });

  it('clears a letter’s diagnostics when it is closed', async () => {
    const count = session.published.length;
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepStrictEqual(await session.nextDiagnostics(uri, count), []);
    assert.deepStrictEqual(session.published[session.published.length - 1], { uri, diagnostics: [] });
  });
});

describe('protocol: pull diagnostics', () => {
  let session: ServerSession;
  const uri = fixtureUri('findings.imr.md');

  before(async () => {
    session = await ServerSession.start({
      pull: true,
      settings: REVIEWER,
      watchFiles: true,
      refuse: ['workspace/diagnostic/refresh', 'client/registerCapability'],
    });
    await session.open(uri, fixtureText('findings.imr.md'));
  });
  after(() => session.stop());

  it('answers textDocument/diagnostic with the full report, then "unchanged" for the same version', async () => {
    const report = await session.request<{ kind: string; resultId: string; items: Diagnostic[] }>(
      'textDocument/diagnostic',
      {
        textDocument: { uri },
      },
    );
    assert.strictEqual(report.kind, 'full');
    assert.strictEqual(report.resultId, '0:1');
    assert.deepStrictEqual(brief(report.items), [
      'missing-credentials 1 0:2-0:42',
      'exceeds-guideline-limit 2 25:3-25:4',
      'decision-contradicts-rationale 1 25:80-25:90',
      'citation-mislabel 3 34:37-34:58',
      'missing-rationale 1 37:3-37:45',
    ]);
    const again = await session.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: '0:1' });
    assert.deepStrictEqual(again, { kind: 'unchanged', resultId: '0:1' });
  });

  it('pushes nothing for open letters to a client that pulls', () => {
    assert.deepStrictEqual(
      session.published.filter((params) => params.uri === uri),
      [],
    );
  });

  it('survives a client that refuses diagnostic refresh and registrations', async () => {
    session.settings = { rules: { 'missing-credentials': 'off' } };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const report = await session.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepStrictEqual(countOf(report.items, 'missing-credentials'), 0);
    assert.strictEqual(session.process.exitCode, null);
  });
});

describe('protocol: applying each quick fix’s edit clears its finding', () => {
  // A draft is silenced by a comment; a published letter, which must carry none, by its config file.
  for (const [name, edits, silence] of [
    ['findings.imr.md', 9, (code: string) => `Disable ${code} for this line`],
    ['plain-findings.txt', 6, () => 'Ignore this finding (in .imrlintrc.json)'],
  ] as const) {
    it(`in ${name} (${edits} quick fixes edit the letter; each finding can be silenced)`, async () => {
      const session = await ServerSession.start({ settings: REVIEWER });
      try {
        const uri = fixtureUri(name);
        const text = fixtureText(name);
        await session.open(uri, text);
        const original = await session.diagnostics(uri, 1);
        const replaceText = async (newText: string) =>
          session.diagnostics(uri, await session.change(uri, [{ text: newText }]));
        let tried = 0;
        for (const diagnostic of original) {
          await replaceText(text);
          const offered = await session.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic], only: ['quickfix'] },
          });
          const own = offered.filter((action) => action.diagnostics?.[0]?.code === diagnostic.code);
          const code = String(diagnostic.code);
          assert.ok(
            own.some((action) => action.title === silence(code)),
            code,
          );
          for (const action of own.filter((candidate) => candidate.edit?.changes?.[uri])) {
            const after = await replaceText(applied(text, action.edit?.changes?.[uri] ?? []));
            assert.strictEqual(countOf(after, code), countOf(original, code) - 1, `${action.title} leaves ${code}`);
            tried++;
          }
        }
        assert.strictEqual(tried, edits);
      } finally {
        await session.stop();
      }
    });
  }
});
