/**
 * Helpers for the extension test suite: open fixture letters and wait for the language server's
 * diagnostics by listening to VS Code's events, never by sleeping.
 */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { expectedFindings, ExpectedFinding, fixtureText, positionOf } from '../project';

export const EXTENSION_ID = 'imr-determinations.imr-determinations';
export const LANGUAGE_ID = 'imr-determination';
export const FINDINGS_LETTER = 'chiropractic-neck-findings.imr.md';
export const CLEAN_LETTER = 'acupuncture-low-back.imr.md';
export const PLAIN_LETTER = 'published/plain-letter.txt';
const WAIT_MS = 20_000;

export { expectedFindings, fixtureText };

function letterUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openLetter(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(letterUri(name));
  return vscode.window.showTextDocument(document);
}

/** Position of the first occurrence of `text` in a fixture letter (as the file is on disk). */
export function positionIn(name: string, text: string, offset = 0): vscode.Position {
  const { line, character } = positionOf(name, text);
  return new vscode.Position(line, character + offset);
}

/** The rule id of a diagnostic, whether VS Code holds it plain or with its doc link. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

function findings(diagnostics: readonly vscode.Diagnostic[]): ExpectedFinding[] {
  const list = diagnostics.map((diagnostic) => ({ code: codeOf(diagnostic), line: diagnostic.range.start.line }));
  return sortFindings(list);
}

/**
 * Resolves with the document's diagnostics once they satisfy `accept`, checking now and on every
 * onDidChangeDiagnostics event; rejects with what was last seen after a timeout.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const settle = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) settle();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = JSON.stringify(findings(vscode.languages.getDiagnostics(uri)));
      reject(new Error(`timed out after ${WAIT_MS / 1000} s waiting for ${what} on ${uri.path}; last seen ${seen}`));
    }, WAIT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    settle();
  });
}

/** Waits until the document shows exactly the expected findings (codes and lines). */
export function waitForFindings(uri: vscode.Uri, expected: ExpectedFinding[]): Promise<readonly vscode.Diagnostic[]> {
  const want = JSON.stringify(sortFindings(expected));
  return waitForDiagnostics(uri, (diagnostics) => JSON.stringify(findings(diagnostics)) === want, `findings ${want}`);
}

function sortFindings(list: ExpectedFinding[]): ExpectedFinding[] {
  return [...list].sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
}

/** Plain text of hover contents, whichever form the provider used. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/**
 * Reverts a letter to its text on disk, undoing what a test applied and leaving it clean; fails
 * if the disk copy no longer matches the fixture (an edit was saved).
 */
export async function revertLetter(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.strictEqual(document.isDirty, false, `${document.uri.path} is still modified after revert`);
  const name = path.basename(document.uri.fsPath);
  assert.ok(document.getText() === fixtureText(name), `${name} was saved with a test's edit in it`);
}

const FLIPPED = { Upheld: 'Overturned', Overturned: 'Upheld' } as const;

/**
 * Proves that the server checks this letter and finds nothing: no findings is also what a letter
 * the server never read shows. Flips the first item's decision, waits for exactly the
 * contradiction on that line, then `restore`s the letter and waits for no finding at all.
 */
export async function expectCheckedWithoutFindings(
  editor: vscode.TextEditor,
  restore: () => Thenable<unknown>,
): Promise<void> {
  const { document } = editor;
  const match = /: (Upheld|Overturned)$/m.exec(document.getText());
  assert.ok(match, 'the letter has no decided item');
  const decision = match[1] as keyof typeof FLIPPED;
  const start = document.positionAt(match.index + 2);
  const range = new vscode.Range(start, start.translate(0, decision.length));
  await editor.edit((edit) => edit.replace(range, FLIPPED[decision]));
  await waitForFindings(document.uri, [{ code: 'decision-contradicts-rationale', line: start.line }]);
  await restore();
  await waitForFindings(document.uri, []);
}

/** Resolves with the first tab that `accept`s, checking on every tab change; rejects after a timeout. */
export function waitForTab(accept: (tab: vscode.Tab) => boolean): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const find = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(accept);
    const settle = (): void => {
      const tab = find();
      if (!tab) return;
      cleanup();
      resolve(tab);
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(settle);
    const timer = setTimeout(() => {
      cleanup();
      const open = vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => tab.label);
      reject(new Error(`timed out after ${WAIT_MS / 1000} s waiting for a tab; open: ${JSON.stringify(open)}`));
    }, WAIT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    settle();
  });
}

/** Closes the tab with this label; a Tab object goes stale once, e.g., a preview has rendered. */
export async function closeTab(label: string): Promise<void> {
  const tab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((open) => open.label === label);
  if (tab) await vscode.window.tabGroups.close(tab);
}
