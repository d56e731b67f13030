import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { LetterSummary } from '../../server/shared/protocol';
import { ServerSession, fixtureText } from './harness';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);
/** What the findings fixture draws with the defaults. */
const DEFAULT_CODES = ['missing-credentials', 'exceeds-guideline-limit', 'decision-contradicts-rationale'];

describe('protocol: a config or pack that would switch checking off', () => {
  let folder: string;
  let session: ServerSession;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-config-'));
  });
  afterEach(async () => {
    await session.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function openLetter(): Promise<Diagnostic[]> {
    fs.mkdirSync(path.join(folder, 'letters'), { recursive: true });
    const uri = uriOf('letters/findings.imr.md');
    await session.open(uri, fixtureText('findings.imr.md'));
    return session.diagnostics(uri, 1);
  }

  it('checks the letter with defaults under a deeply nested config, shows the problem on the config and a notice', async () => {
    fs.writeFileSync(path.join(folder, '.imrlintrc.json'), `{"rules": ${'['.repeat(5_500)}}`);
    session = await ServerSession.start({ workspaceFolder: folder });
    assert.deepStrictEqual(codes(await openLetter()).slice(0, 3), DEFAULT_CODES);
    assert.deepStrictEqual(await session.diagnostics(uriOf('.imrlintrc.json')), [
      {
        range: { start: { line: 0, character: 109 }, end: { line: 0, character: 110 } },
        severity: 1,
        source: 'imr',
        message: 'nested more than 100 levels deep',
      },
    ]);
    assert.deepStrictEqual(session.messages, [
      {
        type: 2,
        message:
          'IMR: .imrlintrc.json:1:110: nested more than 100 levels deep. Letters are checked with the defaults for what could not be read; see the Problems panel.',
      },
    ]);
  });

  it('applies a config that starts with a byte order mark', async () => {
    fs.writeFileSync(path.join(folder, '.imrlintrc.json'), '\ufeff{"rules": {"exceeds-guideline-limit": "off"}}');
    session = await ServerSession.start({ workspaceFolder: folder });
    assert.deepStrictEqual(codes(await openLetter()).slice(0, 2), [
      'missing-credentials',
      'decision-contradicts-rationale',
    ]);
    assert.deepStrictEqual(session.messages, []);
  });

  it('in a trusted workspace, refuses a named pipe as a pack and goes on checking', async () => {
    assert.strictEqual(spawnSync('mkfifo', [path.join(folder, 'pipe.json')]).status, 0);
    fs.writeFileSync(path.join(folder, '.imrlintrc.json'), '{"guidelinePacks": ["pipe.json", "/dev/zero"]}');
    session = await ServerSession.start({ workspaceFolder: folder, workspaceTrusted: true });
    assert.deepStrictEqual(codes(await openLetter()).slice(0, 3), DEFAULT_CODES);
    const onConfig = await session.diagnostics(uriOf('.imrlintrc.json'));
    assert.deepStrictEqual(
      onConfig.map((diagnostic) => diagnostic.message),
      [
        'guideline pack "pipe.json": not a regular file (a named pipe)',
        'guideline pack "/dev/zero": not a regular file (a device)',
      ],
    );
  });

  it('ignores a config above the workspace folder, and names the config in use in the letter summary', async () => {
    fs.writeFileSync(path.join(folder, '.imrlintrc.json'), '{"rules": {"exceeds-guideline-limit": "off"}}');
    const project = path.join(folder, 'project');
    fs.mkdirSync(project);
    session = await ServerSession.start({ workspaceFolder: project });
    const uri = uriOf('project/findings.imr.md');
    await session.open(uri, fixtureText('findings.imr.md'));
    assert.deepStrictEqual(codes(await session.diagnostics(uri, 1)).slice(0, 3), DEFAULT_CODES);
    const summary = await session.request<LetterSummary>('imr/letterSummary', { uri });
    assert.strictEqual(summary.configFile, undefined);

    const inside = path.join(project, '.imrlintrc.json');
    fs.writeFileSync(inside, '{"rules": {"exceeds-guideline-limit": "off"}}');
    const before = session.published.length;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.deepStrictEqual(codes(await session.nextDiagnostics(uri, before)).slice(0, 2), [
      'missing-credentials',
      'decision-contradicts-rationale',
    ]);
    assert.strictEqual((await session.request<LetterSummary>('imr/letterSummary', { uri })).configFile, inside);
  });
});
