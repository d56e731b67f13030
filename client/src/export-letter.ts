/**
 * **IMR: Export Letter…** and **IMR: Open Published Preview**. The server writes the published
 * text or the PDF (server/lsp/export-letter.ts); this side asks which format and where, shows the
 * errors that stop the export with "Export anyway", and writes the one file the reviewer chose.
 * Called with arguments (format, target, force) it asks nothing, so tests and other extensions
 * can drive it.
 */
import * as vscode from 'vscode';
import {
  ExportLetterRequest,
  LANGUAGE_ID,
  type ExportBlocker,
  type ExportFormat,
  type ExportLetterParams,
  type ExportLetterResult,
} from '../../server/shared/protocol';
import { base64ToBytes } from '../../server/shared/base64';
import type { LetterClient } from './letter-client';
import { PublishedPreview } from './published-preview';

export const EXPORT_COMMAND = 'imrDeterminations.exportLetter';
export const PREVIEW_COMMAND = 'imrDeterminations.openPublishedPreview';

/** What the command may be given instead of asking. */
export interface ExportArguments {
  format?: ExportFormat;
  /** The file to write (a URI string or a path). */
  target?: string;
  /** Export even with errors, without asking. */
  force?: boolean;
  /** The letter; the active editor's by default. */
  letter?: string;
}

/** What the command did, for whoever ran it. */
export interface ExportOutcome {
  written?: string;
  blockers: ExportBlocker[];
}

export function registerExport(letters: LetterClient): vscode.Disposable {
  const preview = new PublishedPreview((document) => publishedText(letters, document));
  return vscode.Disposable.from(
    preview,
    vscode.workspace.registerTextDocumentContentProvider(PublishedPreview.scheme, preview),
    vscode.commands.registerCommand(EXPORT_COMMAND, (args?: ExportArguments) => exportLetter(letters, args ?? {})),
    vscode.commands.registerCommand(PREVIEW_COMMAND, async (uri?: vscode.Uri) => {
      const document = await letterDocument(uri?.toString());
      return document ? preview.open(document) : undefined;
    }),
  );
}

async function exportLetter(letters: LetterClient, args: ExportArguments): Promise<ExportOutcome | undefined> {
  const document = await letterDocument(args.letter);
  if (!document) return undefined;
  const driven = args.target !== undefined;
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  const result = await exportOf(letters, document, format);
  if (!result) return undefined;
  const { blockers } = result;
  if (result.incomplete) {
    void vscode.window.showErrorMessage('IMR: this letter is too long to export whole; nothing was written.');
    return { blockers };
  }
  if (blockers.length > 0 && !args.force && (driven || !(await exportAnyway(blockers)))) return { blockers };
  const target = args.target !== undefined ? targetUri(args.target) : await pickTarget(document, format);
  if (!target) return { blockers };
  const bytes = result.encoding === 'base64' ? base64ToBytes(result.content) : new TextEncoder().encode(result.content);
  await vscode.workspace.fs.writeFile(target, bytes);
  if (!driven) void announce(target, result.replaced);
  return { written: target.toString(), blockers };
}

async function letterDocument(letter: string | undefined): Promise<vscode.TextDocument | undefined> {
  const document = letter
    ? await vscode.workspace.openTextDocument(targetUri(letter))
    : vscode.window.activeTextEditor?.document;
  if (document?.languageId === LANGUAGE_ID) return document;
  void vscode.window.showInformationMessage('Open an IMR determination letter to export it.');
  return undefined;
}

async function exportOf(
  letters: LetterClient,
  document: vscode.TextDocument,
  format: ExportFormat,
): Promise<ExportLetterResult | undefined> {
  const params: ExportLetterParams = { uri: await letters.protocolUri(document), format };
  return (await letters.request<ExportLetterResult | null>(ExportLetterRequest, params)) ?? undefined;
}

/** The published text the preview shows; a notice in its place when the server cannot give it. */
async function publishedText(letters: LetterClient, document: vscode.TextDocument): Promise<string> {
  const result = await exportOf(letters, document, 'text');
  if (!result) return 'The letter is not open in the editor.';
  if (result.incomplete) return 'This letter is too long to export whole.';
  return result.content;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'PDF', description: '.pdf, paginated, with the case number and page numbers', format: 'pdf' as const },
      { label: 'Plain text', description: '.txt, the published layout as text', format: 'text' as const },
    ],
    { title: 'Export Letter', placeHolder: 'Export the letter in the published layout as…' },
  );
  return picked?.format;
}

/** A modal naming each error, with "Export anyway". */
async function exportAnyway(blockers: ExportBlocker[]): Promise<boolean> {
  const count = blockers.length;
  const detail = blockers.map((b) => `Line ${b.line + 1}: ${b.message} (${b.rule})`).join('\n');
  const choice = await vscode.window.showWarningMessage(
    `This letter has ${count} error${count === 1 ? '' : 's'}. Export it anyway?`,
    { modal: true, detail },
    'Export anyway',
  );
  return choice === 'Export anyway';
}

async function pickTarget(document: vscode.TextDocument, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const extension = format === 'pdf' ? 'pdf' : 'txt';
  const base = document.uri.path.replace(/\.imr\.md$|\.[^./]*$/, '');
  const defaultUri = document.isUntitled ? undefined : document.uri.with({ path: `${base}.${extension}` });
  return vscode.window.showSaveDialog({
    title: 'Export Letter',
    saveLabel: 'Export',
    defaultUri,
    filters: format === 'pdf' ? { PDF: ['pdf'] } : { 'Plain text': ['txt'] },
  });
}

function targetUri(target: string): vscode.Uri {
  return /^[a-z][\w+.-]+:/i.test(target) && !/^[a-z]:[\\/]/i.test(target)
    ? vscode.Uri.parse(target)
    : vscode.Uri.file(target);
}

async function announce(target: vscode.Uri, replaced: string[]): Promise<void> {
  const note = replaced.length
    ? ` The PDF's standard fonts cannot show ${replaced.join(' ')}; they are written as "?".`
    : '';
  const choice = await vscode.window.showInformationMessage(`Exported to ${target.fsPath}.${note}`, 'Open');
  if (choice) await vscode.commands.executeCommand('vscode.open', target);
}
