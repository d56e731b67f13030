/**
 * The VS Code extension: a thin client. Every check, hover, fix and completion comes from the
 * language server (dist/server.js); this side starts it, contributes the commands and shows the
 * active letter's counts. It activates on plain-text files too, so that the letters named in
 * `imrDeterminations.files.extraGlobs` are recognised after a reload from that setting alone;
 * the server starts only once a letter is open.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../server/shared/protocol';
import { registerChecklistView } from './checklist-view';
import { registerCommands } from './commands';
import { registerExport } from './export-letter';
import { watchExtraGlobs } from './extra-globs';
import { LetterClient } from './letter-client';
import { LetterStatus } from './letter-status';

let letters: LetterClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('IMR Determinations', { log: true });
  letters = new LetterClient(context, output);
  const client = letters;
  context.subscriptions.push(
    output,
    client,
    registerCommands(client),
    registerExport(client),
    new LetterStatus(client),
    registerChecklistView(client),
    watchExtraGlobs(() => void client.restart()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => onTrustGranted(client)),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isLetter(document)) void client.start();
    }),
  );
  await vscode.commands.executeCommand('setContext', 'imrDeterminations.active', true);
  if (vscode.workspace.textDocuments.some(isLetter)) await client.start();
}

function isLetter(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export function deactivate(): Promise<void> | undefined {
  return letters?.stop();
}

/** The server reads workspace packs and config only when trusted, and learns that at start. */
async function onTrustGranted(client: LetterClient): Promise<void> {
  await client.restart();
  void vscode.window.showInformationMessage(
    'IMR Determinations: the workspace is trusted now, so its guideline packs are loaded too.',
  );
}
