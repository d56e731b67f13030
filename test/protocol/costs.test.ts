import * as assert from 'assert';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver/node';
import { ServerSession, fixtureText, fixtureUri } from './harness';

describe('protocol: bursts and floods', () => {
  let session: ServerSession;
  before(async () => {
    session = await ServerSession.start({ workspaceFolder: `${__dirname}/../../../test/fixtures/protocol/workspace` });
  });
  after(() => session.stop());

  it('publishes at most 1,000 findings for a letter of 5,000 item headers, then one notice for the rest', async () => {
    const uri = fixtureUri('five-thousand-items.imr.md');
    const headers = Array.from({ length: 5_000 }, (_, index) => `## ${index + 1} sessions of acupuncture\n`).join('\n');
    await session.open(uri, fixtureText('acupuncture.imr.md') + '\n' + headers);
    const diagnostics = await session.diagnostics(uri, 1);
    assert.strictEqual(diagnostics.length, 1_001);
    const [notice] = diagnostics;
    const message = notice.message as string;
    assert.strictEqual(notice.code, 'too-many-findings');
    const match = /^This letter has (\d+) findings; the 1000 most severe are shown, and (\d+) more are not\.$/.exec(
      message,
    );
    assert.ok(match, message);
    assert.strictEqual(Number(match[1]) - 1_000, Number(match[2]));
    assert.ok(diagnostics.slice(1).every((diagnostic) => diagnostic.severity === 1));
  });

  it('checks an open letter again once after a burst of 100 configuration changes', async () => {
    const uri = fixtureUri('findings.imr.md');
    await session.open(uri, fixtureText('findings.imr.md'));
    await session.diagnostics(uri, 1);
    const before = session.published.length;
    // One write, as an editor's burst reaches the server: sent one by one, a loaded machine may pause between them.
    const change = JSON.stringify({
      jsonrpc: '2.0',
      method: 'workspace/didChangeConfiguration',
      params: { settings: {} },
    });
    session.writeRaw(`Content-Length: ${Buffer.byteLength(change)}\r\n\r\n${change}`.repeat(100));
    await session.nextDiagnostics(uri, before);
    // Anything still to come after the burst would arrive well within this pause.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const again = session.published.slice(before).filter((params) => params.uri === uri);
    assert.strictEqual(again.length, 1);
  });

  it('answers a cancelled workspace check with RequestCancelled', async () => {
    const source = new CancellationTokenSource();
    const answer = session.connection.sendRequest('imr/checkWorkspace', {}, source.token);
    source.cancel();
    await assert.rejects(answer, (error: { code: number }) => error.code === LSPErrorCodes.RequestCancelled);
  });
});
