/**
 * The web extension (dist/web/client.js, the manifest's `browser` entry), for VS Code for the
 * Web: the language server runs in a browser worker (dist/web/server.js), and the files around
 * a letter (config, packs, the workspace's letters) are read here, with `vscode.workspace.fs`,
 * when the server asks. Nothing leaves the browser.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateLetters, deactivateLetters } from '../letters-extension';
import type { LetterServer } from '../letter-client';
import { serveWorkspaceFiles } from './workspace-files';

/** The browser's Worker (the project compiles without the DOM's types). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

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
      const client = new LanguageClient(id, name, options, new Worker(main.toString(true)));
      serveWorkspaceFiles(client);
      return client;
    },
  };
}
