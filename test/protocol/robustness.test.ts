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

  it('keeps answering after JSON that is no JSON-RPC message', async () => {
    session.writeRaw(framed('[1, 2, 3]'));
    session.writeRaw(framed('{"jsonrpc": "2.0", "method": 42, "params": "junk"}'));
    await stillAnswers();
  });

  it('answers an unknown request with MethodNotFound and goes on', async () => {
    await assert.rejects(
      session.request('imr/noSuchThing', {}),
      (error: { code: number }) => error.code === ErrorCodes.MethodNotFound,
    );
    await session.connection.sendNotification('imr/noSuchNotification', { junk: true });
    await stillAnswers();
  });

  it('clamps a change past the end of the document and checks the result', async () => {
    const text = fixtureText('acupuncture.imr.md');
    const lines = text.split('\n').length;
    const version = await session.change(uri, [
      {
        range: { start: { line: lines + 50, character: 0 }, end: { line: lines + 90, character: 7 } },
        text: '\nAppended.\n',
      },
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

  it('logs and skips a well-framed message the connection cannot dispatch, and keeps answering', async () => {
    // vscode-jsonrpc throws on a cancellation without an id while queueing it, and its reader
    // reports what the queue throws as a read error: such a message is the client's mistake, not a deaf stream.
    const cancels = ['null', '{}', '{"id": null}'];
    for (const params of cancels)
      session.writeRaw(framed(`{"jsonrpc": "2.0", "method": "$/cancelRequest", "params": ${params}}`));
    await stillAnswers();
    const lines = session.stderr.trimEnd().split('\n');
    assert.strictEqual(lines.length, cancels.length, session.stderr);
    for (const line of lines) assert.match(line, /^imr-language-server: skipped a message it cannot dispatch \(.+\)$/);
    session.stderr = '';
  });

  it('checks only the first items of a 10 MB letter, says so, and keeps answering', async function () {
    // Parsing 5 MB and checking 2 MB of it takes seconds on a loaded 2-core machine; speed is the bench's
    // business, this test asserts what is published.
    this.timeout(90_000);
    const item = [
      '## 6 acupuncture sessions for the neck: Upheld',
      '',
      '**Claims Administrator guideline:** Decision based on MTUS Acupuncture Medical Treatment Guidelines.',
      '',
      '**MAXIMUS guideline:** Decision based on MTUS Acupuncture Medical Treatment Guidelines.',
      '',
      '**Decision rationale:** No functional improvement is documented. The request is not medically necessary.',
      '',
      '',
    ].join('\n');
    const count = Math.ceil(10_000_000 / item.length);
    const big = fixtureText('acupuncture.imr.md') + '\n' + item.repeat(count);
    const bigUri = fixtureUri('ten-megabytes.imr.md');
    await session.open(bigUri, big);
    const [notice] = await session.diagnostics(bigUri, 1);
    const message = notice.message as string;
    const match = /^This letter is too large \((\d+\.\d) MB\); checking the first (\d+) items\.$/.exec(message);
    assert.ok(match, message);
    assert.strictEqual(match[1], (big.length / 1_000_000).toFixed(1));
    const checked = Number(match[2]);
    assert.ok(checked > 1000 && checked < count, String(checked));
    assert.deepStrictEqual([notice.code, notice.severity], ['too-large', 3]);
    await stillAnswers();
  });
});

describe('protocol: a stream the server cannot read', () => {
  const frames: Array<[string, string | Buffer, string]> = [
    ['a body that is not JSON', framed('{"jsonrpc": "2.0", "id": 99, "method": '), 'Unexpected end of JSON input'],
    ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n{}', 'Content-Length'],
    ['a Content-Length that is no number', 'Content-Length: twelve\r\n\r\n{}', 'Content-Length'],
    [
      'binary garbage',
      Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251)),
      'no message header',
    ],
  ];
  for (const [what, bytes, reason] of frames) {
    it(`logs why and exits with status 1 after ${what}, so the client restarts it`, async () => {
      const session = await ServerSession.start();
      try {
        const uri = fixtureUri('acupuncture.imr.md');
        await session.open(uri, fixtureText('acupuncture.imr.md'));
        await session.diagnostics(uri, 1);
        session.writeRaw(bytes);
        assert.strictEqual(await session.exited(), 1);
        const lines = session.stderr.trimEnd().split('\n');
        assert.strictEqual(lines.length, 1, session.stderr);
        assert.match(lines[0], /^imr-language-server: cannot read the client's messages \(.+\); exiting$/);
        assert.ok(lines[0].includes(reason), lines[0]);
      } finally {
        await session.stop();
      }
    });
  }
});
