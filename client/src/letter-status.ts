/** The status bar item for the active letter: items, decisions and open findings. */
import * as vscode from 'vscode';
import {
  LANGUAGE_ID,
  LetterSummaryRequest,
  type LetterSummary,
  type LetterSummaryParams,
} from '../../server/shared/protocol';
import { SHOW_PROBLEMS } from './commands';
import type { LetterClient } from './letter-client';
import { statusText, statusTooltip } from './summary-text';

export class LetterStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'imrDeterminations.letter',
    vscode.StatusBarAlignment.Left,
    100,
  );
  private readonly subscriptions: vscode.Disposable[];
  /** Counts requests, so that a slow answer for a previous editor never overwrites a newer one. */
  private generation = 0;

  constructor(private readonly letters: LetterClient) {
    this.item.name = 'IMR Letter';
    this.item.command = SHOW_PROBLEMS;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) void this.refresh();
      }),
      letters.onDidStart(() => void this.refresh()),
    ];
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const summary = document?.languageId === LANGUAGE_ID ? await this.summary(document) : undefined;
    if (generation !== this.generation) return;
    if (!summary) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(summary);
    this.item.tooltip = statusTooltip(summary);
    this.item.show();
  }

  /** Undefined while the server cannot answer (starting, restarting, crashed): the item just hides. */
  private async summary(document: vscode.TextDocument): Promise<LetterSummary | undefined> {
    try {
      const params: LetterSummaryParams = { uri: await this.letters.protocolUri(document) };
      return await this.letters.request<LetterSummary>(LetterSummaryRequest, params);
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
