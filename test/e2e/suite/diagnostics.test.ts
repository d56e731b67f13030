import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  CLEAN_LETTER,
  codeOf,
  expectedFindings,
  FINDINGS_LETTER,
  openLetter,
  positionIn,
  revertLetter,
  waitForFindings,
} from './helpers';

describe('diagnostics', () => {
  it('publishes the findings letter’s rule ids on their lines, with doc links', async () => {
    const editor = await openLetter(FINDINGS_LETTER);
    const diagnostics = await waitForFindings(editor.document.uri, expectedFindings()[FINDINGS_LETTER]);
    for (const diagnostic of diagnostics) {
      assert.strictEqual(diagnostic.source, 'imr', `source of ${codeOf(diagnostic)}`);
      const code = diagnostic.code;
      assert.ok(typeof code === 'object', `${codeOf(diagnostic)} has no doc link`);
      assert.ok(code.target.toString().endsWith(`#${code.value}`), `doc link ${code.target.toString()}`);
    }
  });

  it('reports nothing on a clean letter, and reports a contradiction typed into it', async () => {
    const editor = await openLetter(CLEAN_LETTER);
    const decision = positionIn(CLEAN_LETTER, ': Overturned', 2);
    await editor.edit((edit) => edit.replace(new vscode.Range(decision, decision.translate(0, 10)), 'Upheld'));
    await waitForFindings(editor.document.uri, [{ code: 'decision-contradicts-rationale', line: decision.line }]);
    await revertLetter(editor.document);
    await waitForFindings(editor.document.uri, expectedFindings()[CLEAN_LETTER]);
  });
});
