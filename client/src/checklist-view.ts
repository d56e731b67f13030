/**
 * The IMR Checklist view in the Explorer: for the active letter, its sections, credentials,
 * placeholders and each disputed item's decision, citations, rationale and conclusion, ticked
 * where the letter has them. Clicking an entry goes to it. Refreshed with the letter's findings.
 */
import * as vscode from 'vscode';
import {
  LANGUAGE_ID,
  LetterChecklistRequest,
  type Checklist,
  type ChecklistEntry,
  type LetterSummaryParams,
} from '../../server/shared/protocol';
import type { LetterClient } from './letter-client';

export const CHECKLIST_VIEW = 'imrDeterminations.checklist';

class ChecklistProvider implements vscode.TreeDataProvider<ChecklistEntry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private entries: ChecklistEntry[] = [];
  private document: vscode.TextDocument | undefined;
  /** Counts requests, so that a slow answer for a previous letter never overwrites a newer one. */
  private generation = 0;
  /** The newest request's answer: a superseded request resolves to it rather than to entries not yet loaded. */
  private latest: Promise<ChecklistEntry[]> = Promise.resolve([]);

  constructor(private readonly letters: LetterClient) {}

  /** Shows the active letter's checklist and returns its entries (the command's result, for tests and scripts). */
  refresh(): Promise<ChecklistEntry[]> {
    this.latest = this.load(++this.generation);
    return this.latest;
  }

  private async load(generation: number): Promise<ChecklistEntry[]> {
    const document = vscode.window.activeTextEditor?.document;
    const checklist = document?.languageId === LANGUAGE_ID ? await this.checklist(document) : undefined;
    if (generation !== this.generation) return this.latest;
    this.document = checklist ? document : undefined;
    this.entries = checklist?.entries ?? [];
    this.changed.fire();
    return this.entries;
  }

  getChildren(entry?: ChecklistEntry): ChecklistEntry[] {
    return entry ? (entry.children ?? []) : this.entries;
  }

  getTreeItem(entry: ChecklistEntry): vscode.TreeItem {
    const collapsed = entry.children?.length
      ? entry.done
        ? vscode.TreeItemCollapsibleState.Collapsed
        : vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(entry.label, collapsed);
    item.iconPath = entry.done
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    item.description = entry.done ? undefined : 'missing';
    item.accessibilityInformation = { label: `${entry.label}: ${entry.done ? 'done' : 'missing'}` };
    if (this.document && entry.line !== undefined) {
      const at = new vscode.Position(entry.line, 0);
      item.command = {
        title: 'Go to',
        command: 'vscode.open',
        arguments: [this.document.uri, { selection: new vscode.Range(at, at) }],
      };
    }
    return item;
  }

  /** Undefined while the server cannot answer (starting, restarting): the view just empties. */
  private async checklist(document: vscode.TextDocument): Promise<Checklist | undefined> {
    try {
      const params: LetterSummaryParams = { uri: await this.letters.protocolUri(document) };
      return (await this.letters.request<Checklist | null>(LetterChecklistRequest, params)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerChecklistView(letters: LetterClient): vscode.Disposable {
  const provider = new ChecklistProvider(letters);
  const view = vscode.window.createTreeView(CHECKLIST_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const refresh = () => void provider.refresh();
  return vscode.Disposable.from(
    provider,
    view,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) refresh();
    }),
    letters.onDidStart(refresh),
    vscode.commands.registerCommand('imrDeterminations.refreshChecklist', () => provider.refresh()),
  );
}
