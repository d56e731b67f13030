/** The extension's commands; each asks the server (server/shared/protocol.ts) and acts on the answer. */
import * as vscode from 'vscode';
import {
  CheckWorkspaceRequest,
  GuidelinePassagesRequest,
  InsertSnippetCommand,
  SaveFileCommand,
  SHIPPED_RULE_DOCS_FILE,
  ShowRuleDocsCommand,
  ruleDocsAnchor,
  LANGUAGE_ID,
  LetterTemplateRequest,
  type CheckWorkspaceResult,
  type GuidelinePassage,
  type LetterTemplate,
  type SnippetInsertion,
} from '../../server/shared/protocol';
import type { LetterClient } from './letter-client';
import { checkWorkspaceMessage } from './summary-text';

export const SHOW_PROBLEMS = 'workbench.actions.view.problems';

export function registerCommands(letters: LetterClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('imrDeterminations.newDetermination', () => newDetermination(letters)),
    vscode.commands.registerCommand('imrDeterminations.insertGuidelinePassage', () => insertGuidelinePassage(letters)),
    vscode.commands.registerCommand('imrDeterminations.checkWorkspace', () => checkWorkspace(letters)),
    vscode.commands.registerCommand(InsertSnippetCommand, insertSnippets),
    vscode.commands.registerCommand(SaveFileCommand, saveFile),
    vscode.commands.registerCommand(ShowRuleDocsCommand, (rule?: string) => showRuleDocs(letters, rule)),
    vscode.commands.registerCommand('imrDeterminations.fixAll', fixAll),
    vscode.commands.registerCommand('imrDeterminations.openPreview', openPreview),
  );
}

/** The kind of the server's action that applies every safe fix (FIX_ALL_KIND on the server). */
const FIX_ALL_KIND = 'source.fixAll.imr';

/** Applies every safe fix of the active letter, as "Fix all" on save would. */
async function fixAll(): Promise<void> {
  await vscode.commands.executeCommand('editor.action.sourceAction', { kind: FIX_ALL_KIND, apply: 'first' });
}

/** A draft is Markdown: the built-in Markdown preview renders it beside the letter. */
async function openPreview(uri?: vscode.Uri): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (target) await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
}

/** A rule's section of the README shipped with the extension, in the Markdown preview: offline. */
async function showRuleDocs(letters: LetterClient, rule?: string): Promise<void> {
  const readme = letters.bundledFile(SHIPPED_RULE_DOCS_FILE);
  const target = rule ? readme.with({ fragment: ruleDocsAnchor(rule) }) : readme;
  await vscode.commands.executeCommand('markdown.showPreview', target);
}

/** Saves a file a quick fix edited (the config file "Ignore this finding" writes to). */
async function saveFile(uri: string): Promise<void> {
  const target = vscode.Uri.parse(uri).toString();
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target);
  await document?.save();
}

/** Runs a quick fix whose text has tab stops; the last insertion first, so the earlier ranges stay put. */
async function insertSnippets(uri: string, insertions: SnippetInsertion[]): Promise<void> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  const lastFirst = [...insertions].sort(
    (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
  );
  for (const { range, snippet } of lastFirst) {
    const { start, end } = range;
    await editor.insertSnippet(
      new vscode.SnippetString(snippet),
      new vscode.Range(start.line, start.character, end.line, end.character),
    );
  }
}

async function newDetermination(letters: LetterClient): Promise<void> {
  const template = await letters.request<LetterTemplate>(LetterTemplateRequest);
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(template.snippet));
}

interface PassageItem extends vscode.QuickPickItem {
  passage?: GuidelinePassage;
}

async function insertGuidelinePassage(letters: LetterClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Open an IMR determination letter to insert a guideline passage.');
    return;
  }
  const params = await letters.protocolPosition(editor.document, editor.selection.active);
  const passages = await letters.request<GuidelinePassage[]>(GuidelinePassagesRequest, params);
  if (passages.length === 0) {
    void vscode.window.showInformationMessage('The guideline knowledge holds no passages.');
    return;
  }
  const picked = await vscode.window.showQuickPick(passageItems(passages), {
    title: 'Insert Guideline Passage',
    placeHolder: 'Treatment, guideline or section',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.passage) await editor.insertSnippet(new vscode.SnippetString(picked.passage.snippet));
}

/** Passages for the item under the cursor first, under their own separator. */
function passageItems(passages: readonly GuidelinePassage[]): PassageItem[] {
  const item = (passage: GuidelinePassage): PassageItem => ({
    label: passage.label,
    description: passage.confidence,
    detail: passage.detail,
    passage,
  });
  const separator = (label: string): PassageItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const forItem = passages.filter((passage) => passage.matchesItem);
  const others = passages.filter((passage) => !passage.matchesItem);
  if (forItem.length === 0) return others.map(item);
  return [separator('For this item'), ...forItem.map(item), separator('Other treatments'), ...others.map(item)];
}

/** Resolves with the counts as soon as they are in, without waiting for the message to be dismissed. */
async function checkWorkspace(letters: LetterClient): Promise<CheckWorkspaceResult> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Checking IMR determinations…' },
    () => letters.request<CheckWorkspaceResult>(CheckWorkspaceRequest),
  );
  const action = result.files > 0 ? ['Show Problems'] : [];
  void vscode.window.showInformationMessage(checkWorkspaceMessage(result), ...action).then((choice) => {
    if (choice) void vscode.commands.executeCommand(SHOW_PROBLEMS);
  });
  return result;
}
