/**
 * The VS Code extension, the same on the desktop (extension.ts) and on the web
 * (browser/extension.ts): a thin client. Every check, hover, fix and completion comes from the
 * language server; this side starts it, contributes the commands and shows the
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
import { LetterClient, type LetterServer } from './letter-client';
import { LetterStatus } from './letter-status';

let letters: LetterClient | undefined;

export async function activateLetters(context: vscode.ExtensionContext, server: LetterServer): Promise<void> {
  const output = vscode.window.createOutputChannel('IMR Determinations', { log: true });
  letters = new LetterClient(context, output, server);
  const client = letters;
  context.subscriptions.push(
    output,
    client,
    registerCommands(client),
    registerExport(client),
    new LetterStatus(client),
    registerChecklistView(client),
    watchExtraGlobs(
      () => client.schemes(),
      () => void client.restart(),
    ),
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

export function deactivateLetters(): Promise<void> | undefined {
  return letters?.stop();
}

/** The server reads workspace packs and config only when trusted, and learns that at start. */
async function onTrustGranted(client: LetterClient): Promise<void> {
  await client.restart();
  void vscode.window.showInformationMessage(
    'IMR Determinations: the workspace is trusted now, so its guideline packs are loaded too.',
  );
}
