/**
 * Holds back the findings on the line being typed until typing pauses or the cursor leaves the
 * line: a half-typed word ("Chr") is not a defect, and a squiggle under it is noise. Findings
 * elsewhere show at once; the status bar, which asks the server, still counts every finding.
 *
 * VS Code pulls diagnostics (LSP 3.17), so this is diagnostic-pull middleware: a pull while a
 * line is held returns the findings without that line's, and when the hold ends the client is
 * told to pull again.
 */
import * as vscode from 'vscode';
import { vsdiag, type Middleware, type ProvideDiagnosticSignature } from 'vscode-languageclient';

/** How long typing must pause before the line's findings show. */
export const TYPING_PAUSE_MS = 1000;

interface Hold {
  line: number;
  timer: NodeJS.Timeout;
}

export class TypingHold implements vscode.Disposable {
  private readonly holds = new Map<string, Hold>();
  /** Documents whose last pull was filtered: the next must ask for the full set, not "unchanged". */
  private readonly filtered = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  /** `pullAgain` makes the language client pull every open letter's diagnostics again. */
  constructor(
    private readonly isLetter: (document: vscode.TextDocument) => boolean,
    private readonly pullAgain: () => void,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => this.typed(event)),
      vscode.window.onDidChangeTextEditorSelection((event) => this.moved(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.release(document.uri.toString(), false)),
    ];
  }

  readonly middleware: Middleware = {
    provideDiagnostics: async (document, previousResultId, token, next: ProvideDiagnosticSignature) => {
      const key = document instanceof vscode.Uri ? document.toString() : document.uri.toString();
      const wasFiltered = this.filtered.delete(key);
      const report = await next(document, wasFiltered ? undefined : previousResultId, token);
      const hold = this.holds.get(key);
      if (!hold || !report || report.kind !== vsdiag.DocumentDiagnosticReportKind.full) return report;
      this.filtered.add(key);
      const items = report.items.filter((diagnostic) => !touches(diagnostic.range, hold.line));
      return { kind: vsdiag.DocumentDiagnosticReportKind.full, items };
    },
  };

  private typed(event: vscode.TextDocumentChangeEvent): void {
    const { document, contentChanges } = event;
    if (contentChanges.length === 0 || !this.isLetter(document)) return;
    const editor = vscode.window.activeTextEditor;
    const line = editor?.document === document ? editor.selection.active.line : contentChanges[0].range.start.line;
    const key = document.uri.toString();
    clearTimeout(this.holds.get(key)?.timer);
    this.holds.set(key, { line, timer: setTimeout(() => this.release(key, true), TYPING_PAUSE_MS) });
  }

  private moved(event: vscode.TextEditorSelectionChangeEvent): void {
    const key = event.textEditor.document.uri.toString();
    const hold = this.holds.get(key);
    if (hold && event.selections[0].active.line !== hold.line) this.release(key, true);
  }

  private release(key: string, pull: boolean): void {
    const hold = this.holds.get(key);
    if (!hold) return;
    clearTimeout(hold.timer);
    this.holds.delete(key);
    if (pull && this.filtered.has(key)) this.pullAgain();
  }

  dispose(): void {
    for (const hold of this.holds.values()) clearTimeout(hold.timer);
    this.holds.clear();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

function touches(range: vscode.Range, line: number): boolean {
  return range.start.line <= line && line <= range.end.line;
}
