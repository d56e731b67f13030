/** The desktop extension (dist/client.js): the language server runs as a Node process. */
import type * as vscode from 'vscode';
import { activateLetters, deactivateLetters } from './letters-extension';
import { nodeServer } from './node-server';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateLetters(context, nodeServer(context));
}

export const deactivate = deactivateLetters;
