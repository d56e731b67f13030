import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, type RuleDocs } from '../core/features';
import type { LetterSetups } from './letter-setup';
import { letterService, type VersionedAnalysis } from './letters';
import { nextTurn, type ProjectFiles } from './project-files';
import type { CheckWorkspaceResult } from '../shared/protocol';

export interface WorkspaceCheck {
  folders: string[];
  extraGlobs: string[];
  setups: LetterSetups;
  files: ProjectFiles;
  /** The check of a letter open in the editor: its unsaved text wins, and its diagnostics are already shown. */
  openLetter(path: string): Promise<VersionedAnalysis | undefined>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** The client cancelled the request: stop between letters. */
  cancelled(): boolean;
  docs: RuleDocs;
}

/**
 * Checks every letter in the workspace folders and publishes its diagnostics, so findings in
 * letters that are not open show too. Yields between files so the server keeps answering.
 */
export async function checkWorkspaceLetters(check: WorkspaceCheck): Promise<CheckWorkspaceResult> {
  const result: CheckWorkspaceResult = { files: 0, errors: 0, warnings: 0 };
  const found = await Promise.all(check.folders.map((folder) => check.files.findLetters(folder, check.extraGlobs)));
  const files = [...new Set(found.flat())];
  for (const file of files) {
    if (check.cancelled()) break;
    const diagnostics = await letterDiagnostics(check, file);
    if (!diagnostics) continue;
    result.files++;
    result.errors += diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length;
    result.warnings += diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning).length;
    await new Promise<void>((resolve) => nextTurn(resolve));
  }
  return result;
}

async function letterDiagnostics(check: WorkspaceCheck, file: string): Promise<Diagnostic[] | undefined> {
  const uri = check.files.uriOf(file);
  const open = await check.openLetter(file);
  if (open) return letterService.diagnostics(open.analysis, uri, check.docs);
  const read = await check.files.readLetter(file);
  if ('error' in read) {
    check.publish(uri, [notReadNotice(read.error)]);
    return undefined;
  }
  const diagnostics = letterService.diagnostics(
    letterService.analyze(read.text, await check.setups.forUri(uri)),
    uri,
    check.docs,
  );
  check.publish(uri, diagnostics);
  return diagnostics;
}

/** A letter too large to read, in place of its findings, so it does not pass for a clean one. */
function notReadNotice(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'not-read',
    source: DIAGNOSTIC_SOURCE,
    message: `This letter was not checked: ${reason}.`,
  };
}
