import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, FINDINGS_LETTER, LANGUAGE_ID, openLetter, waitForDiagnostics } from './helpers';

// Runs first (files load in name order): nothing has opened a letter before it.
describe('activation', () => {
  it('activates the extension when a *.imr.md letter opens, not before', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.strictEqual(extension.isActive, false, 'active before any letter was opened');
    const editor = await openLetter(FINDINGS_LETTER);
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
    // Diagnostics prove the server runs; only then is activation settled either way.
    await waitForDiagnostics(editor.document.uri, (diagnostics) => diagnostics.length > 0, 'any finding');
    assert.strictEqual(extension.isActive, true);
  });
});
