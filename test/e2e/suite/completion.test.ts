import * as assert from 'assert';
import * as vscode from 'vscode';
import { CLEAN_LETTER, openLetter, positionIn } from './helpers';

describe('completion', () => {
  it('offers the MTUS and ODG acupuncture passages, with tab stops, in an acupuncture rationale', async () => {
    const { document } = await openLetter(CLEAN_LETTER);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      positionIn(CLEAN_LETTER, 'fall within it. ', 'fall within it. '.length),
    );
    const snippets = new Map(
      list.items
        .filter((item) => item.kind === vscode.CompletionItemKind.Snippet)
        .map((item) => [(item.detail ?? '').split(':')[0], (item.insertText as vscode.SnippetString).value]),
    );
    assert.strictEqual(
      snippets.get('MTUS Acupuncture Medical Treatment Guidelines (2007)'),
      'The MTUS Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1) allow ${1:3} to ${2:6} treatments to ' +
        'produce functional improvement, ${3:1} to ${4:3} times per week, with an optimum duration of ${5:1} to ' +
        '${6:2} months. Treatment may be extended only when functional improvement is documented as defined in ' +
        '8 CCR 9792.20.$0',
    );
    assert.strictEqual(
      snippets.get('Official Disability Guidelines (ODG)'),
      'ODG allows an initial trial of ${1:3-4} acupuncture visits over ${2:2} weeks and, with evidence of objective ' +
        'functional improvement, a total of up to ${3:8-12} visits over ${4:4-6} weeks.$0',
    );
  });
});
