import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  codeOf,
  expectedFindings,
  FINDINGS_LETTER,
  fixtureText,
  openLetter,
  PLAIN_LETTER,
  revertLetter,
  waitForDiagnostics,
  waitForFindings,
} from './helpers';

/** Every quick fix the findings letter should offer, per rule, in the order offered. */
const QUICK_FIXES: Record<string, string[]> = {
  'missing-credentials': [
    "Insert the reviewer's credentials from the settings",
    'Disable missing-credentials for this line',
  ],
  phi: ['Replace with "[REDACTED]"', 'Disable phi for this line'],
  'decision-contradicts-rationale': [
    'Change the decision to Overturned',
    'Change the conclusion to "not medically necessary"',
    'Disable decision-contradicts-rationale for this line',
  ],
  'citation-mislabel': ['Replace "Labor Code" with "8 CCR"', 'Disable citation-mislabel for this line'],
};

/**
 * Quick fixes VS Code gets from the extension for one diagnostic's range. The API drops the
 * actions' `diagnostics`, so the finding under test must be the only one in its range.
 */
function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
}

/** Applies an action's WorkspaceEdit and waits until its finding is gone and no other rule appeared. */
async function applyAndExpectCleared(
  document: vscode.TextDocument,
  action: vscode.CodeAction,
  code: string,
): Promise<void> {
  assert.ok(action.edit, `"${action.title}" carries no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}" failed`);
  const others = expectedFindings()
    [FINDINGS_LETTER].map((finding) => finding.code)
    .filter((other) => other !== code);
  const left = await waitForDiagnostics(
    document.uri,
    (diagnostics) => !diagnostics.some((diagnostic) => codeOf(diagnostic) === code),
    `"${action.title}" to clear ${code}`,
  );
  assert.deepStrictEqual(left.map(codeOf).sort(), others.sort(), `findings after "${action.title}"`);
}

describe('quick fixes', () => {
  const expected = expectedFindings()[FINDINGS_LETTER];
  for (const { code } of expected) {
    it(`offers every fix for ${code}, and each one's edit clears it`, async () => {
      const { document } = await openLetter(FINDINGS_LETTER);
      const diagnostics = await waitForFindings(document.uri, expected);
      const diagnostic = diagnostics.find((candidate) => codeOf(candidate) === code);
      assert.ok(diagnostic);
      const actions = await quickFixesFor(document.uri, diagnostic);
      assert.deepStrictEqual(
        actions.map((action) => action.title),
        QUICK_FIXES[code],
      );
      for (const action of actions) {
        try {
          await applyAndExpectCleared(document, action, code);
        } finally {
          await revertLetter(document);
        }
        await waitForFindings(document.uri, expected);
      }
    });
  }
});

describe('quick fixes in a published plain-text letter', () => {
  const expected = expectedFindings()[PLAIN_LETTER];

  it('offer "Ignore this finding", kept in .imrlintrc.json, instead of a comment in the letter', async () => {
    const { document } = await openLetter(PLAIN_LETTER);
    const [diagnostic] = await waitForFindings(document.uri, expected);
    const actions = await quickFixesFor(document.uri, diagnostic);
    assert.deepStrictEqual(
      actions.map((action) => action.title),
      ['Append "The request is not medically necessary."', 'Ignore this finding (in .imrlintrc.json)'],
    );
    const ignore = actions[1];
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const config = vscode.Uri.joinPath(folder, '.imrlintrc.json');
    try {
      assert.ok(ignore.edit && (await vscode.workspace.applyEdit(ignore.edit)), 'the edit did not apply');
      assert.ok(ignore.command, 'no command saves the config file');
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      await waitForFindings(document.uri, []);
      assert.strictEqual(document.getText(), fixtureText(PLAIN_LETTER), 'the letter was changed');
      const written = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(config)).toString('utf8'));
      assert.deepStrictEqual(written, {
        ignore: [{ file: PLAIN_LETTER, rule: 'missing-conclusion', text: document.getText(diagnostic.range) }],
      });
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitForFindings(document.uri, expected);
  });
});
