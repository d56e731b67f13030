/**
 * The web extension (dist/web/client.js, the manifest's `browser` entry), for VS Code for the
 * Web: the language server runs in a browser worker (dist/web/server.js), and the files around
 * a letter (config, packs, the workspace's letters) are read here, with `vscode.workspace.fs`,
 * when the server asks. Nothing leaves the browser.
 */
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { activateLetters, deactivateLetters } from '../letters-extension';
import type { LetterServer } from '../letter-client';
import { serveWorkspaceFiles } from './workspace-files';

/** The browser's Worker (the project compiles without the DOM's types). */
declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0];

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateLetters(context, workerServer(context));
}

export const deactivate = deactivateLetters;

function workerServer(context: vscode.ExtensionContext): LetterServer {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return {
    // The workspace's own file system: vscode-vfs on github.dev, vscode-remote in code-server, file in a local folder.
    schemes: () => [...new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme))],
    create: (id, name, options) => {
      const client = new LanguageClient(id, name, () => startWorker(main), options);
      serveWorkspaceFiles(client);
      return client;
    },
  };
}

/**
 * The transports themselves rather than the Worker: VS Code's web worker host wraps the Worker
 * class, so the client's own `instanceof Worker` test fails on the Worker it returns.
 */
async function startWorker(script: vscode.Uri): Promise<MessageTransports> {
  const worker = new Worker(await scriptUrl(script));
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

/**
 * A URL the browser can start a Worker from. vscode.dev serves the extension over https; an
 * extension installed on a remote (code-server) has a `vscode-remote:` URI, which a Worker cannot
 * load, so its bundle is read through the workspace file system and started from a blob.
 */
async function scriptUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'https' || script.scheme === 'http') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}
