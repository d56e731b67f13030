/**
 * `imr-language-server`: the IMR Determinations language server. Started by the VS Code
 * extension over Node IPC (`--node-ipc`) and by any other editor with `--stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg === transport || arg.startsWith(`${transport}=`)))) {
  process.stderr.write('imr-language-server: start it with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)\n');
  process.exit(2);
}

startServer(createConnection(ProposedFeatures.all));
