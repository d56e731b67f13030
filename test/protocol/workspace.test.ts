import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CheckWorkspaceResult } from '../../server/shared/protocol';
import type { Diagnostic, Hover } from 'vscode-languageserver/node';
import { FIXTURES, ServerSession, fixtureText } from './harness';

const WORKSPACE = path.join(FIXTURES, 'workspace');
const uriIn = (...parts: string[]) => pathToFileURL(path.join(FIXTURES, ...parts)).href;
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);

describe('protocol: project config, guideline packs and workspace checks', () => {
  describe('in a trusted workspace', () => {
    let session: ServerSession;
    before(async () => {
      session = await ServerSession.start({
        workspaceFolder: WORKSPACE,
        workspaceTrusted: true,
        settings: { files: { extraGlobs: ['**/determinations/*.txt'] }, rules: { 'missing-rationale': 'warning' } },
      });
    });
    after(() => session.stop());

    it('applies the nearest .imrlintrc.json under the editor settings, and its guideline pack', async () => {
      const uri = uriIn('workspace', 'letters', 'findings.imr.md');
      await session.open(uri, fixtureText('workspace/letters/findings.imr.md'));
      const diagnostics = await session.diagnostics(uri, 1);
      // citation-mislabel is off in the project config; missing-rationale is a warning in the settings;
      // the pack allows 8 acupuncture treatments, so the 8 requested no longer exceed the limit.
      assert.deepStrictEqual(
        diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]),
        [
          ['missing-credentials', 1],
          ['decision-contradicts-rationale', 1],
          ['missing-rationale', 2],
        ],
      );
    });

    it('says in hover that a pack entry overrides a built-in one', async () => {
      const uri = uriIn('workspace', 'letters', 'acupuncture.imr.md');
      await session.open(uri, fixtureText('workspace/letters/acupuncture.imr.md'));
      // Its own diagnostics arrive first, so they cannot land in the next test's window.
      await session.diagnostics(uri, 1);
      const hover = await session.request<Hover>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 28, character: 50 },
      });
      const text = (hover.contents as { value: string }).value;
      assert.ok(text.includes('**initial trial of up to 3-8 visits'), text);
      assert.ok(text.includes('overrides built-in `mtus-acupuncture` (from built-in)'), text);
    });

    it('checks every letter in the workspace, extra globs included, and publishes their findings', async () => {
      const before = session.published.length;
      const result = await session.request<CheckWorkspaceResult>('imr/checkWorkspace', {});
      assert.deepStrictEqual(result, { files: 3, errors: 2, warnings: 2 });
      const published = session.published.slice(before).map((params) => [params.uri, codes(params.diagnostics)]);
      assert.deepStrictEqual(published, [
        [uriIn('workspace', 'determinations', 'plain-letter.txt'), ['missing-conclusion']],
      ]);
    });
  });

  describe('in an untrusted workspace', () => {
    let session: ServerSession;
    before(async () => {
      session = await ServerSession.start({ workspaceFolder: WORKSPACE });
    });
    after(() => session.stop());

    it('still applies the project’s rule settings but loads no guideline pack', async () => {
      const uri = uriIn('workspace', 'letters', 'findings.imr.md');
      await session.open(uri, fixtureText('workspace/letters/findings.imr.md'));
      assert.deepStrictEqual(codes(await session.diagnostics(uri, 1)), [
        'missing-credentials',
        'exceeds-guideline-limit',
        'decision-contradicts-rationale',
        'missing-rationale',
      ]);
    });
  });

  describe('with broken files', () => {
    let session: ServerSession;
    before(async () => {
      session = await ServerSession.start({
        workspaceFolder: FIXTURES,
        workspaceTrusted: true,
        settings: { guidelinePacks: ['packs/from-settings.json'] },
      });
    });
    after(() => session.stop());

    it('shows an unreadable .imrlintrc.json as a diagnostic on that file and checks the letter with defaults', async () => {
      const uri = uriIn('broken-config', 'letter.imr.md');
      await session.open(uri, fixtureText('broken-config/letter.imr.md'));
      assert.deepStrictEqual(await session.diagnostics(uri, 1), []);
      assert.deepStrictEqual(await session.diagnostics(uriIn('broken-config', '.imrlintrc.json')), [
        {
          range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
          severity: 1,
          source: 'imr',
          message: 'invalid JSON: close brace expected',
        },
      ]);
    });

    it('shows a pack that breaks the schema on the pack, and a missing pack on the config line naming it', async () => {
      const uri = uriIn('broken-pack', 'letter.imr.md');
      await session.open(uri, fixtureText('broken-pack/letter.imr.md'));
      assert.deepStrictEqual(await session.diagnostics(uri, 1), []);
      const onPack = await session.diagnostics(uriIn('broken-pack', 'packs', 'bad.json'));
      assert.deepStrictEqual(
        onPack.map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.message]),
        [
          [2, 4, "limits[0]: must have required property 'source'"],
          [2, 4, "limits[0]: must have required property 'confidence'"],
          [2, 4, "limits[0]: must have required property 'passage'"],
          [2, 106, 'limits[0].recommended: must be boolean'],
        ],
      );
      const onConfig = await session.diagnostics(uriIn('broken-pack', '.imrlintrc.json'));
      assert.deepStrictEqual(onConfig, [
        {
          range: { start: { line: 0, character: 39 }, end: { line: 0, character: 59 } },
          severity: 1,
          source: 'imr',
          message: 'guideline pack "packs/missing.json": cannot read the file (ENOENT)',
        },
      ]);
    });

    it('shows a pack named in the settings that cannot be read on that pack’s own path', async () => {
      const missing = path.join(FIXTURES, 'packs', 'from-settings.json');
      assert.deepStrictEqual(await session.diagnostics(uriIn('packs', 'from-settings.json')), [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 1,
          source: 'imr',
          message: `guideline pack "${missing}": cannot read the file (ENOENT)`,
        },
      ]);
    });
  });

  describe('when a config or pack file changes on disk', () => {
    let session: ServerSession;
    let folder: string;
    let uri: string;
    const write = (name: string, text: string) => fs.writeFileSync(path.join(folder, name), text);

    before(async () => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-watch-'));
      write('letter.imr.md', fixtureText('findings.imr.md'));
      write('.imrlintrc.json', '{ "rules": { "missing-rationale": "off" }, "guidelinePacks": ["pack.json"] }\n');
      write('pack.json', '{ "limits": [] }\n');
      session = await ServerSession.start({ workspaceFolder: folder, workspaceTrusted: true, watchFiles: true });
      uri = pathToFileURL(path.join(folder, 'letter.imr.md')).href;
      await session.open(uri, fixtureText('findings.imr.md'));
    });
    after(async () => {
      await session.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    });

    async function changedOnDisk(name: string, text: string): Promise<Diagnostic[]> {
      write(name, text);
      const count = session.published.length;
      const changes = [{ uri: pathToFileURL(path.join(folder, name)).href, type: 2 }];
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
      return session.nextDiagnostics(uri, count);
    }

    it('watches config and pack files', async () => {
      assert.deepStrictEqual(codes(await session.diagnostics(uri, 1)), [
        'missing-credentials',
        'exceeds-guideline-limit',
        'decision-contradicts-rationale',
        'citation-mislabel',
      ]);
      assert.deepStrictEqual(
        session.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles'),
        {
          method: 'workspace/didChangeWatchedFiles',
          registerOptions: {
            watchers: [
              { globPattern: '**/.imrlintrc.json' },
              { globPattern: '**/*.json' },
              { globPattern: '**/*', kind: 4 },
            ],
          },
        },
      );
    });

    it('checks open letters again when a pack they use changes', async () => {
      const diagnostics = await changedOnDisk('pack.json', fixtureText('workspace/packs/organisation.json'));
      assert.deepStrictEqual(codes(diagnostics), [
        'missing-credentials',
        'decision-contradicts-rationale',
        'citation-mislabel',
      ]);
    });

    it('checks open letters again when their config file changes', async () => {
      const diagnostics = await changedOnDisk('.imrlintrc.json', '{ "rules": { "missing-rationale": "hint" } }\n');
      assert.deepStrictEqual(
        diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]),
        [
          ['missing-credentials', 1],
          ['exceeds-guideline-limit', 2],
          ['decision-contradicts-rationale', 1],
          ['citation-mislabel', 3],
          ['missing-rationale', 4],
        ],
      );
    });
  });

  describe('when letters a workspace check reported are deleted or renamed', () => {
    let session: ServerSession;
    let folder: string;
    const fileUri = (...parts: string[]) => pathToFileURL(path.join(folder, ...parts)).href;
    const deleted = (uri: string) =>
      session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });

    before(async () => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-ghosts-'));
      fs.mkdirSync(path.join(folder, 'old'));
      for (const name of ['first.imr.md', 'second.imr.md', path.join('old', 'third.imr.md')]) {
        fs.writeFileSync(path.join(folder, name), fixtureText('findings.imr.md'));
      }
      session = await ServerSession.start({ workspaceFolder: folder, watchFiles: true });
    });
    after(async () => {
      await session.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    });

    it('clears the findings of a deleted letter and of the letters in a deleted folder', async () => {
      const result = await session.request<CheckWorkspaceResult>('imr/checkWorkspace', {});
      assert.strictEqual(result.files, 3);
      assert.ok((await session.diagnostics(fileUri('first.imr.md'))).length > 0);
      fs.rmSync(path.join(folder, 'first.imr.md'));
      let count = session.published.length;
      await deleted(fileUri('first.imr.md'));
      assert.deepStrictEqual(await session.nextDiagnostics(fileUri('first.imr.md'), count), []);
      fs.rmSync(path.join(folder, 'old'), { recursive: true });
      count = session.published.length;
      await deleted(fileUri('old'));
      assert.deepStrictEqual(await session.nextDiagnostics(fileUri('old', 'third.imr.md'), count), []);
    });

    it('clears, on the next check, the findings of a letter renamed while no watcher saw it', async () => {
      fs.renameSync(path.join(folder, 'second.imr.md'), path.join(folder, 'renamed.imr.md'));
      const count = session.published.length;
      const result = await session.request<CheckWorkspaceResult>('imr/checkWorkspace', {});
      assert.strictEqual(result.files, 1);
      assert.deepStrictEqual(await session.nextDiagnostics(fileUri('second.imr.md'), count), []);
      assert.ok((await session.nextDiagnostics(fileUri('renamed.imr.md'), count)).length > 0);
    });
  });
});
