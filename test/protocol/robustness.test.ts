import * as assert from 'assert';
import { ErrorCodes } from 'vscode-languageserver/node';
import { ServerSession, fixtureText, fixtureUri } from './harness';

/** Frames a body as one JSON-RPC message, whatever it holds. */
function framed(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

describe('protocol: junk on the wire', () => {
  let session: ServerSession;
  const uri = fixtureUri('acupuncture.imr.md');

  before(async () => {
    session = await ServerSession.start();
    await session.open(uri, fixtureText('acupuncture.imr.md'));
    await session.diagnostics(uri, 1);
  });
  after(() => session.stop());

  async function stillAnswers(): Promise<void> {
    const symbols = await session.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.strictEqual(symbols.length, 3);
  }

  it('keeps answering after a message whose body is not JSON', async () => {
    session.writeRaw(framed('{"jsonrpc": "2.0", "id": 99, "method": '));
    await stillAnswers();
  });

  it('keeps answering after JSON that is no JSON-RPC message', async () => {
    session.writeRaw(framed('[1, 2, 3]'));
    session.writeRaw(framed('{"jsonrpc": "2.0", "method": 42, "params": "junk"}'));
    await stillAnswers();
  });

  it('answers an unknown request with MethodNotFound and goes on', async () => {
    await assert.rejects(session.request('imr/noSuchThing', {}), (error: { code: number }) => error.code === ErrorCodes.MethodNotFound);
    await session.connection.sendNotification('imr/noSuchNotification', { junk: true });
    await stillAnswers();
  });

  it('clamps a change past the end of the document and checks the result', async () => {
    const text = fixtureText('acupuncture.imr.md');
    const lines = text.split('\n').length;
    const version = await session.change(uri, [
      { range: { start: { line: lines + 50, character: 0 }, end: { line: lines + 90, character: 7 } }, text: '\nAppended.\n' },
    ]);
    const diagnostics = await session.diagnostics(uri, version);
    assert.ok(Array.isArray(diagnostics));
    await stillAnswers();
  });

  it('ignores a change to a document that was never opened', async () => {
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: fixtureUri('never-opened.imr.md'), version: 7 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }],
    });
    const hover = await session.request('textDocument/hover', {
      textDocument: { uri: fixtureUri('never-opened.imr.md') },
      position: { line: 0, character: 0 },
    });
    assert.strictEqual(hover, null);
    await stillAnswers();
  });

  it('writes nothing on stderr while doing so', () => {
    assert.strictEqual(session.stderr, '');
  });
});
