import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  codeOf,
  expectedFindings,
  FINDINGS_LETTER,
  openLetter,
  revertLetter,
  waitForDiagnostics,
  waitForFindings,
} from './helpers';

/** The phi finding's line in the findings letter: the line typed on. */
const expected = expectedFindings()[FINDINGS_LETTER];
const PHI_LINE = expected.find((finding) => finding.code === 'phi')!.line;

/** Types a character at the end of the phi line, the cursor staying there as when typing. */
async function typeOnPhiLine(editor: vscode.TextEditor): Promise<void> {
  const end = editor.document.lineAt(PHI_LINE).range.end;
  editor.selection = new vscode.Selection(end, end);
  await editor.edit((edit) => edit.insert(end, ' C'));
}

/** Waits for the state while typing: every finding but the one on the line typed on. */
function waitForHeldLine(editor: vscode.TextEditor): Promise<readonly vscode.Diagnostic[]> {
  const others = expected.filter((finding) => finding.line !== PHI_LINE).map((finding) => finding.code);
  return waitForDiagnostics(
    editor.document.uri,
    (diagnostics) => JSON.stringify(diagnostics.map(codeOf).sort()) === JSON.stringify([...others].sort()),
    'the findings of every line but the one being typed on',
  );
}

describe('typing', () => {
  it('holds back the findings on the line being typed until typing pauses', async () => {
    const editor = await openLetter(FINDINGS_LETTER);
    await waitForFindings(editor.document.uri, expected);
    try {
      await typeOnPhiLine(editor);
      await waitForHeldLine(editor);
      // No further keystroke: after the pause the held finding shows again.
      await waitForFindings(editor.document.uri, expected);
    } finally {
      await revertLetter(editor.document);
    }
  });

  it('shows them as soon as the cursor leaves the line', async () => {
    const editor = await openLetter(FINDINGS_LETTER);
    await waitForFindings(editor.document.uri, expected);
    try {
      await typeOnPhiLine(editor);
      await waitForHeldLine(editor);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const shown = await waitForFindings(editor.document.uri, expected);
      assert.ok(shown.some((diagnostic) => codeOf(diagnostic) === 'phi'));
    } finally {
      await revertLetter(editor.document);
    }
  });
});
