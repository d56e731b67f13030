import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeTab, EXTENSION_ID, waitForDiagnostics, waitForTab } from './helpers';

interface Manifest {
  contributes: {
    walkthroughs: Array<{ id: string; steps: Array<{ id: string; media: { markdown: string } }> }>;
  };
}

describe('contributions', () => {
  it('validates .imrlintrc.json against its schema: a misspelt rule id and a wrong severity are flagged', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const config = vscode.Uri.joinPath(folder, 'schema-check', '.imrlintrc.json');
    const text = '{\n  "rules": { "missing-sectoin": "off", "phi": "loud" }\n}\n';
    await vscode.workspace.fs.writeFile(config, Buffer.from(text));
    try {
      await vscode.window.showTextDocument(config);
      const diagnostics = await waitForDiagnostics(config, (found) => found.length >= 2, 'the schema’s findings');
      const line = text.split('\n')[1];
      assert.deepStrictEqual(
        diagnostics
          .map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character])
          .sort((a, b) => a[1] - b[1]),
        [
          [1, line.indexOf('"missing-sectoin"')],
          [1, line.indexOf('"loud"')],
        ],
        JSON.stringify(diagnostics.map((diagnostic) => diagnostic.message)),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'schema-check'), { recursive: true });
    }
  });

  it('gives imrDeterminations.rules a schema of rule ids and severities: settings.json flags a misspelt id and a wrong severity', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const settings = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '.vscode', 'settings.json'));
    const editor = await vscode.window.showTextDocument(settings);
    // Edited, never saved: VS Code validates the text against the settings schema as it is typed.
    const rules = '  "imrDeterminations.rules": { "missing-sectoin": "off", "phi": "loud" },\n';
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), rules));
      const diagnostics = await waitForDiagnostics(settings.uri, (found) => found.length >= 2, 'the schema’s findings');
      assert.deepStrictEqual(
        diagnostics
          .map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character])
          .sort((a, b) => a[1] - b[1]),
        [
          [1, rules.indexOf('"missing-sectoin"')],
          [1, rules.indexOf('"loud"')],
        ],
        JSON.stringify(diagnostics.map((diagnostic) => diagnostic.message)),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('offers a getting-started walkthrough whose every step has its page', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [walkthrough] = (extension.packageJSON as Manifest).contributes.walkthroughs;
    assert.deepStrictEqual(
      walkthrough.steps.map((step) => step.id),
      ['newLetter', 'findings', 'guidelines', 'fixes', 'plainText'],
    );
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(path.join(extension.extensionPath, step.media.markdown)), step.media.markdown);
    }
    await vscode.commands.executeCommand(
      'workbench.action.openWalkthrough',
      `${EXTENSION_ID}#${walkthrough.id}`,
      false,
    );
    const tab = await waitForTab((candidate) => /Welcome|Walkthrough/i.test(candidate.label));
    await closeTab(tab.label);
  });
});
