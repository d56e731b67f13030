import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  CLEAN_LETTER,
  codeOf,
  EXTENSION_ID,
  expectedFindings,
  FINDINGS_LETTER,
  expectCheckedWithoutFindings,
  LANGUAGE_ID,
  openLetter,
  positionIn,
  revertLetter,
  waitForDiagnostics,
  waitForFindings,
  waitForTab,
  closeTab,
} from './helpers';
import { TEMPLATE_FILL } from '../../unit/features/template-fill';

const ACCEPT_WAIT_MS = 10_000;

/**
 * Accepts the focused item of the quick pick a command opened, retrying until the document
 * changes: the pick appears only after the command's server request returns.
 */
async function acceptQuickPickUntilChanged(document: vscode.TextDocument): Promise<void> {
  const version = document.version;
  const deadline = Date.now() + ACCEPT_WAIT_MS;
  while (document.version === version) {
    assert.ok(Date.now() < deadline, 'the passage picker did not insert anything');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('commands', () => {
  it('the snippet command of a quick fix inserts its text with the cursor on the first value', async () => {
    const editor = await openLetter(CLEAN_LETTER);
    const at = positionIn(CLEAN_LETTER, 'CLINICAL CASE SUMMARY');
    const range = { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } };
    try {
      await vscode.commands.executeCommand('imrDeterminations.insertSnippet', editor.document.uri.toString(), [
        { range, snippet: 'Certification(s)/Specialty: ${1:Specialty}\n' },
      ]);
      assert.strictEqual(editor.document.lineAt(at.line).text, 'Certification(s)/Specialty: Specialty');
      assert.strictEqual(editor.document.getText(editor.selection), 'Specialty');
    } finally {
      await revertLetter(editor.document);
    }
  });

  it('"New Determination" opens a letter whose placeholders are findings until they are replaced', async () => {
    await vscode.commands.executeCommand('imrDeterminations.newDetermination');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor opened');
    const { document } = editor;
    assert.strictEqual(document.isUntitled, true);
    assert.strictEqual(document.languageId, LANGUAGE_ID);
    assert.match(document.getText(), /^\*\*Case Number:\*\* \[case number\]\n\*\*Date Assigned:\*\* MM\/DD\/YYYY\n/);
    // The fixture workspace's settings give the reviewer's credentials: the template writes them, nothing else.
    assert.match(
      document.getText(),
      /\n- State\(s\) of Licensure: California\n- Certification\(s\)\/Specialty: Chiropractic\n/,
    );
    try {
      const placeholders = TEMPLATE_FILL.map(([placeholder]) => placeholder);
      const found = await waitForDiagnostics(
        document.uri,
        (diagnostics) => diagnostics.length === placeholders.length,
        'a finding on each placeholder',
      );
      assert.deepStrictEqual(
        found.map((diagnostic) => [codeOf(diagnostic), document.getText(diagnostic.range)]),
        placeholders.map((placeholder) => ['unfilled-placeholder', placeholder]),
      );
      await editor.edit((edit) => {
        let text = document.getText();
        for (const [placeholder, value] of TEMPLATE_FILL) text = text.replace(placeholder, value);
        edit.replace(new vscode.Range(0, 0, document.lineCount, 0), text);
      });
      await expectCheckedWithoutFindings(editor, () => vscode.commands.executeCommand('undo'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('"Insert Guideline Passage…" inserts the passage for the item under the cursor', async () => {
    const editor = await openLetter(CLEAN_LETTER);
    const cursor = positionIn(CLEAN_LETTER, 'fall within it. ', 'fall within it. '.length);
    editor.selection = new vscode.Selection(cursor, cursor);
    const command = vscode.commands.executeCommand('imrDeterminations.insertGuidelinePassage');
    try {
      await acceptQuickPickUntilChanged(editor.document);
      await command;
      const line = editor.document.lineAt(cursor.line).text;
      const inserted = 'The MTUS Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1) allow 3 to 6 treatments';
      assert.ok(line.includes(`fall within it. ${inserted}`), line);
    } finally {
      await revertLetter(editor.document);
    }
  });

  it('"Check All Determinations in Workspace" counts the letters and their findings', async () => {
    const result = await vscode.commands.executeCommand('imrDeterminations.checkWorkspace');
    assert.deepStrictEqual(result, { files: 3, errors: 2, warnings: 2 });
  });

  it('"Fix All Safe Problems" (Ctrl+Alt+X) applies every safe fix: only the contradiction is left to decide', async () => {
    const editor = await openLetter(FINDINGS_LETTER);
    const expected = expectedFindings()[FINDINGS_LETTER];
    await waitForFindings(editor.document.uri, expected);
    try {
      await vscode.commands.executeCommand('imrDeterminations.fixAll');
      // The credentials lines inserted above move the contradiction down: compare rule ids only.
      await waitForDiagnostics(
        editor.document.uri,
        (diagnostics) => diagnostics.map(codeOf).join() === 'decision-contradicts-rationale',
        'only the contradiction',
      );
    } finally {
      await revertLetter(editor.document);
    }
  });

  it('binds Insert Guideline Passage and Fix All to keys in letters', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { keybindings: Array<{ command: string; key: string; when: string }> };
    };
    assert.deepStrictEqual(
      manifest.contributes.keybindings.map(({ command, key, when }) => [command, key, when]),
      [
        [
          'imrDeterminations.insertGuidelinePassage',
          'ctrl+alt+g',
          'editorTextFocus && editorLangId == imr-determination',
        ],
        ['imrDeterminations.fixAll', 'ctrl+alt+x', 'editorTextFocus && editorLangId == imr-determination'],
      ],
    );
  });

  it('"Open Preview to the Side" shows a draft in the Markdown preview', async () => {
    await openLetter(CLEAN_LETTER);
    await vscode.commands.executeCommand('imrDeterminations.openPreview');
    const tab = await waitForTab(
      (candidate) => candidate.input instanceof vscode.TabInputWebview && /acupuncture-low-back/.test(candidate.label),
    );
    assert.match(tab.label, /acupuncture-low-back\.imr\.md/);
    await closeTab(tab.label);
  });
});
