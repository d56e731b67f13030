/** The language server as a Node process (dist/server.js over Node IPC), reading letters' config from disk. */
import * as path from 'path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { LetterServer } from './letter-client';
import { serverEnvironment } from './server-environment';

export function nodeServer(context: vscode.ExtensionContext): LetterServer {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return {
    schemes: () => ['file'],
    create: (id, name, options) => new LanguageClient(id, name, serverOptions, options),
  };
}
