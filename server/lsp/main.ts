/**
 * `imr-language-server`: the IMR Determinations language server. Started by the VS Code
 * extension over Node IPC (`--node-ipc`) and by any other editor with `--stdio`.
 */
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { DispatchingReader } from './dispatching-reader';
import { diskFiles } from './disk-files';
import { FrameCheck } from './frame-check';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg === transport || arg.startsWith(`${transport}=`)))) {
  process.stderr.write('imr-language-server: start it with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)\n');
  process.exit(2);
}

startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all), diskFiles);

/**
 * Over stdio, a stream the server cannot read (a wrong or missing Content-Length, a body that
 * is not JSON, binary garbage) is fatal: the server says why and exits, so the client sees it
 * go and restarts it, instead of a server that is alive but never answers again.
 */
function stdioConnection(): Connection {
  // stdout carries the protocol: anything logged goes to stderr, which clients show as the server's log.
  console.log = console.info = console.debug = console.warn = console.error;
  const reader = new DispatchingReader(process.stdin.pipe(new FrameCheck()));
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  reader.onError((error) => {
    const reason = String(error.message ?? error).split('\n')[0];
    process.stderr.write(`imr-language-server: cannot read the client's messages (${reason}); exiting\n`);
    process.exit(1);
  });
  reader.onClose(() => process.exit(shutdown ? 0 : 1));
  return connection;
}
