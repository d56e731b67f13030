import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  CLEAN_LETTER,
  codeOf,
  expectCheckedWithoutFindings,
  expectedFindings,
  FINDINGS_LETTER,
  openLetter,
  revertLetter,
  waitForFindings,
  waitForTab,
  closeTab,
} from './helpers';

describe('diagnostics', () => {
  it('publishes the findings letter’s rule ids on their lines, with doc links', async () => {
    const editor = await openLetter(FINDINGS_LETTER);
    const diagnostics = await waitForFindings(editor.document.uri, expectedFindings()[FINDINGS_LETTER]);
    for (const diagnostic of diagnostics) {
      assert.strictEqual(diagnostic.source, 'imr', `source of ${codeOf(diagnostic)}`);
      const code = diagnostic.code;
      assert.ok(typeof code === 'object', `${codeOf(diagnostic)} has no doc link`);
      // Offline: a command that shows the README shipped with the extension, never a web page.
      assert.strictEqual(code.target.scheme, 'command', `doc link ${code.target.toString()}`);
      assert.strictEqual(code.target.path, 'imrDeterminations.showRuleDocs');
      assert.deepStrictEqual(JSON.parse(code.target.query), [code.value]);
    }
  });

  it('opens a rule’s documentation, shipped with the extension, in the Markdown preview', async () => {
    await vscode.commands.executeCommand('imrDeterminations.showRuleDocs', 'phi');
    const tab = await waitForTab(
      (candidate) => candidate.input instanceof vscode.TabInputWebview && /README\.md/.test(candidate.label),
    );
    assert.match(tab.label, /^Preview README\.md$/);
    await closeTab(tab.label);
  });

  it('reports nothing on a clean letter, and reports a contradiction typed into it', async () => {
    assert.deepStrictEqual(expectedFindings()[CLEAN_LETTER], []);
    const editor = await openLetter(CLEAN_LETTER);
    await expectCheckedWithoutFindings(editor, () => revertLetter(editor.document));
  });
});
