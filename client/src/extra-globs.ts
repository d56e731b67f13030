/**
 * Files outside `*.imr.md` that a user names in `imrDeterminations.files.extraGlobs`
 * (`**\/determinations/*.txt`): sent to the server and opened as IMR letters.
 */
import * as vscode from 'vscode';
import type { DocumentFilter } from 'vscode-languageclient';
import { LANGUAGE_ID } from '../../server/shared/protocol';

const SECTION = 'imrDeterminations';
const EXTRA_GLOBS = 'files.extraGlobs';

export function extraGlobs(): string[] {
  const globs = vscode.workspace.getConfiguration(SECTION).get<unknown>(EXTRA_GLOBS);
  return Array.isArray(globs)
    ? globs.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '')
    : [];
}

/** Letters on disk and unsaved ones; never the copies other views open (git, diff, output). */
export function documentSelector(globs: readonly string[]): DocumentFilter[] {
  return [
    { language: LANGUAGE_ID, scheme: 'file' },
    { language: LANGUAGE_ID, scheme: 'untitled' },
    ...globs.map((pattern) => ({ scheme: 'file', pattern })),
  ];
}

/** Gives a matching file the letter language; leaves every other document alone. */
function assignLanguage(document: vscode.TextDocument, globs: readonly string[]): void {
  if (document.languageId === LANGUAGE_ID || document.uri.scheme !== 'file') return;
  if (!globs.some((pattern) => vscode.languages.match({ scheme: 'file', pattern }, document) > 0)) return;
  void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

/**
 * Assigns the language to open and newly opened matching files, and calls `onChange` when the
 * globs change (the language client's selector is fixed when it starts).
 */
export function watchExtraGlobs(onChange: () => void): vscode.Disposable {
  const assignAll = () => vscode.workspace.textDocuments.forEach((document) => assignLanguage(document, extraGlobs()));
  assignAll();
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((document) => assignLanguage(document, extraGlobs())),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SECTION}.${EXTRA_GLOBS}`)) return;
      assignAll();
      onChange();
    }),
  );
}
