import * as fs from 'fs';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { analyzeLetter, type RuleDocs } from '../core/features';
import { findWorkspaceLetters } from '../node/workspace-letters';
import type { LetterSetups } from './letter-setup';
import { diagnosticsOf, type CheckedLetter } from './letters';
import type { CheckWorkspaceResult } from '../shared/protocol';

export interface WorkspaceCheck {
  folders: string[];
  extraGlobs: string[];
  setups: LetterSetups;
  /** The check of a letter open in the editor: its unsaved text wins, and its diagnostics are already shown. */
  openLetter(path: string): Promise<CheckedLetter | undefined>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  docs: RuleDocs;
}

/**
 * Checks every letter in the workspace folders and publishes its diagnostics, so findings in
 * letters that are not open show too. Yields between files so the server keeps answering.
 */
export async function checkWorkspaceLetters(check: WorkspaceCheck): Promise<CheckWorkspaceResult> {
  const result: CheckWorkspaceResult = { files: 0, errors: 0, warnings: 0 };
  const files = [...new Set(check.folders.flatMap((folder) => findWorkspaceLetters(folder, check.extraGlobs)))];
  for (const file of files) {
    const diagnostics = await letterDiagnostics(check, file);
    if (!diagnostics) continue;
    result.files++;
    result.errors += diagnostics.filter((diagnostic) => diagnostic.severity === 1).length;
    result.warnings += diagnostics.filter((diagnostic) => diagnostic.severity === 2).length;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}

async function letterDiagnostics(check: WorkspaceCheck, file: string): Promise<Diagnostic[] | undefined> {
  const uri = pathToFileURL(file).href;
  const open = await check.openLetter(file);
  if (open) return diagnosticsOf(open.analysis, uri, check.docs);
  const text = readText(file);
  if (text === undefined) return undefined;
  const diagnostics = diagnosticsOf(analyzeLetter(text, await check.setups.forUri(uri)), uri, check.docs);
  check.publish(uri, diagnostics);
  return diagnostics;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
