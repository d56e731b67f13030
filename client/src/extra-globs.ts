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

/**
 * Letters in the workspace's file system (`file` on the desktop; on the web, whatever the
 * workspace is served by) and unsaved ones; never the copies other views open (git, diff, output).
 */
export function documentSelector(globs: readonly string[], schemes: readonly string[]): DocumentFilter[] {
  return [
    ...schemes.map((scheme) => ({ language: LANGUAGE_ID, scheme })),
    { language: LANGUAGE_ID, scheme: 'untitled' },
    ...globs.flatMap((pattern) => schemes.map((scheme) => ({ scheme, pattern }))),
  ];
}

/** Gives a matching file the letter language; leaves every other document alone. */
function assignLanguage(document: vscode.TextDocument, globs: readonly string[], schemes: readonly string[]): void {
  const { scheme } = document.uri;
  if (document.languageId === LANGUAGE_ID || !schemes.includes(scheme)) return;
  if (!globs.some((pattern) => vscode.languages.match({ scheme, pattern }, document) > 0)) return;
  void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

/**
 * Assigns the language to open and newly opened matching files, and calls `onChange` when the
 * globs change (the language client's selector is fixed when it starts).
 */
export function watchExtraGlobs(schemes: () => string[], onChange: () => void): vscode.Disposable {
  const assign = (document: vscode.TextDocument) => assignLanguage(document, extraGlobs(), schemes());
  const assignAll = () => vscode.workspace.textDocuments.forEach(assign);
  assignAll();
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(assign),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SECTION}.${EXTRA_GLOBS}`)) return;
      assignAll();
      onChange();
    }),
  );
}
