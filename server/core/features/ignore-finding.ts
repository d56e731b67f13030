/**
 * "Ignore this finding" for published plain-text letters, which must not carry a comment: an
 * entry in the `ignore` list of the config file beside the letter (the nearest `.imrlintrc.json`,
 * or a new one), which the CLI honours too. The edit is computed here; the client applies it.
 */
import { modify } from 'jsonc-parser';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { IgnoredFinding } from '../check/config';
import { LineIndex } from '../model/line-index';

/** Where a letter's ignored findings are written. */
export interface IgnoreTarget {
  /** The config file's URI. */
  configUri: string;
  /** Its current text; absent when the file does not exist yet. */
  configText?: string;
  /** The letter's path from the config file's folder, as the entry names it. */
  letterKey: string;
  /** The client's command that saves a file (VS Code leaves an edited file unsaved), run after the edit. */
  saveCommand?: string;
}

const FORMATTING = { insertSpaces: true, tabSize: 2, eol: '\n' };

export function ignoreFindingEdit(target: IgnoreTarget, rule: string, text: string): WorkspaceEdit {
  const entry: IgnoredFinding = { file: target.letterKey, rule, text };
  const { configUri, configText } = target;
  if (configText === undefined) {
    const newText = `${JSON.stringify({ ignore: [entry] }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create', uri: configUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: configUri, version: null }, edits: [{ range: START, newText }] },
      ],
    };
  }
  return { changes: { [configUri]: appendEdits(configText, entry) } };
}

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The entry appended to the `ignore` list (created when absent), comments and layout kept. */
function appendEdits(configText: string, entry: IgnoredFinding): TextEdit[] {
  const lines = new LineIndex(configText);
  const edits = modify(configText, ['ignore', -1], entry, { formattingOptions: FORMATTING, isArrayInsertion: true });
  return edits.map((edit) => ({
    range: lines.rangeOf({ start: edit.offset, end: edit.offset + edit.length }),
    newText: edit.content,
  }));
}
