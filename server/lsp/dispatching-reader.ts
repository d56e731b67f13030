import { StreamMessageReader, type DataCallback, type Disposable } from 'vscode-languageserver/node';

/**
 * vscode-jsonrpc's reader reports what the connection throws while taking a message (a
 * `$/cancelRequest` without params or an id) as an error reading the stream, which is fatal
 * here. The stream is fine then, only that one message is not: it is logged and skipped.
 */
export class DispatchingReader extends StreamMessageReader {
  override listen(callback: DataCallback): Disposable {
    return super.listen((message) => {
      try {
        callback(message);
      } catch (error) {
        const reason = String((error as Error)?.message ?? error).split('\n')[0];
        process.stderr.write(`imr-language-server: skipped a message it cannot dispatch (${reason})\n`);
      }
    });
  }
}
