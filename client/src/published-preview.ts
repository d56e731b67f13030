/**
 * The published text of a draft, beside it, as a read-only virtual document
 * (`imr-published:` URIs, one per draft), updated as the draft changes: exactly what
 * **IMR: Export Letter…** writes as text.
 */
import * as vscode from 'vscode';

/** A pause in typing before the preview asks for the new text. */
const SETTLE_MS = 300;

export class PublishedPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = 'imr-published';
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listener: vscode.Disposable;

  constructor(private readonly published: (draft: vscode.TextDocument) => Promise<string>) {
    this.listener = vscode.workspace.onDidChangeTextDocument(({ document }) => this.draftChanged(document));
  }

  /** Opens (or shows again) the preview of `draft` beside it; resolves with the preview's document. */
  async open(draft: vscode.TextDocument): Promise<vscode.TextDocument> {
    const preview = await vscode.workspace.openTextDocument(PublishedPreview.uriOf(draft.uri));
    await vscode.window.showTextDocument(preview, {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
      preview: false,
    });
    return preview;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const draftUri = vscode.Uri.parse(uri.query);
    const draft = vscode.workspace.textDocuments.find((document) => document.uri.toString() === draftUri.toString());
    return draft ? this.published(draft) : 'The draft is closed.';
  }

  /** The preview's name is the draft's, marked as published; the draft's URI rides in the query. */
  static uriOf(draft: vscode.Uri): vscode.Uri {
    const name = draft.path.split('/').pop() ?? 'letter';
    return vscode.Uri.from({
      scheme: PublishedPreview.scheme,
      path: `/${name.replace(/\.imr\.md$|\.[^.]*$/, '')} (published).txt`,
      query: draft.toString(),
    });
  }

  private draftChanged(document: vscode.TextDocument): void {
    if (document.uri.scheme === PublishedPreview.scheme) return;
    const preview = PublishedPreview.uriOf(document.uri);
    const key = preview.toString();
    if (!vscode.workspace.textDocuments.some((open) => open.uri.toString() === key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.changes.fire(preview);
      }, SETTLE_MS),
    );
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.listener.dispose();
    this.changes.dispose();
  }
}
