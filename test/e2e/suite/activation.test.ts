import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, openLetter, PLAIN_LETTER, waitForFindings, expectedFindings } from './helpers';

// Runs first (files load in name order): nothing has opened a letter before it. The fixture
// workspace names its plain-text letters in `imrDeterminations.files.extraGlobs` and nowhere else
// (no `files.associations`), as after a reload.
describe('activation', () => {
  it('checks a plain-text letter named only in imrDeterminations.files.extraGlobs, opened first', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const associations = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
    assert.ok(!Object.values(associations).includes(LANGUAGE_ID), 'the workspace associates files with letters');
    const editor = await openLetter(PLAIN_LETTER);
    const letter = await new Promise<vscode.TextDocument>((resolve) => {
      const settle = (document: vscode.TextDocument) => {
        if (document.uri.toString() !== editor.document.uri.toString() || document.languageId !== LANGUAGE_ID) return;
        subscription.dispose();
        resolve(document);
      };
      const subscription = vscode.workspace.onDidOpenTextDocument(settle);
      settle(editor.document);
    });
    assert.strictEqual(letter.languageId, LANGUAGE_ID);
    await waitForFindings(letter.uri, expectedFindings()[PLAIN_LETTER]);
    assert.strictEqual(extension.isActive, true);
  });
});
