import * as assert from 'assert';
import * as vscode from 'vscode';
import { CLEAN_LETTER, LANGUAGE_ID, openLetter, positionIn } from './helpers';

function completionsAt(uri: vscode.Uri, position: vscode.Position, trigger?: string): Thenable<vscode.CompletionList> {
  return vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
    trigger,
  );
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('completion', () => {
  it('makes letters prose: word wrap on, no suggestions while typing, Enter never accepts one, snippets last', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.deepStrictEqual(editor.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    assert.strictEqual(editor.get('acceptSuggestionOnEnter'), 'off');
    assert.strictEqual(editor.get('snippetSuggestions'), 'bottom');
  });

  it('contributes only the two structural snippets', async () => {
    const { document } = await openLetter(CLEAN_LETTER);
    const blankLine = positionIn(CLEAN_LETTER, '# CLINICAL CASE SUMMARY').translate(1);
    for (const position of [blankLine, positionIn(CLEAN_LETTER, 'Case Number', 'Case Num'.length)]) {
      const list = await completionsAt(document.uri, position);
      const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
      const others = snippets.filter((label) => label !== 'imr-letter' && label !== 'imr-item');
      assert.deepStrictEqual(others, [], `snippets offered at line ${position.line + 1}`);
    }
    const atBlankLine = await completionsAt(document.uri, blankLine);
    assert.deepStrictEqual(
      atBlankLine.items
        .map(labelOf)
        .filter((label) => label.startsWith('imr-'))
        .sort(),
      ['imr-item', 'imr-letter'],
    );
  });

  it('offers nothing when ":" is typed in a rationale', async () => {
    const { document } = await openLetter(CLEAN_LETTER);
    const list = await completionsAt(
      document.uri,
      positionIn(CLEAN_LETTER, 'fall within it.', 'fall within it.'.length),
      ':',
    );
    assert.deepStrictEqual(
      list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf),
      [],
    );
  });

  it('offers the MTUS and ODG acupuncture passages by short names, with tab stops, in an acupuncture rationale', async () => {
    const { document } = await openLetter(CLEAN_LETTER);
    const list = await completionsAt(
      document.uri,
      positionIn(CLEAN_LETTER, 'fall within it. ', 'fall within it. '.length),
    );
    const passages = list.items.filter(
      (item) => item.kind === vscode.CompletionItemKind.Snippet && !labelOf(item).startsWith('imr-'),
    );
    const snippets = new Map(passages.map((item) => [labelOf(item), (item.insertText as vscode.SnippetString).value]));
    assert.strictEqual(
      snippets.get(
        'MTUS acupuncture, neck, upper back, elbow, forearm/wrist/hand, low back, knee, ankle/foot and chronic pain',
      ),
      'The MTUS Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1) allow ${1:3} to ${2:6} treatments to ' +
        'produce functional improvement, ${3:1} to ${4:3} times per week, with an optimum duration of ${5:1} to ' +
        '${6:2} months. Treatment may be extended only when functional improvement is documented as defined in ' +
        '8 CCR 9792.20.$0',
    );
    assert.strictEqual(
      snippets.get('ODG acupuncture, chronic pain, low back pain and neck pain'),
      'ODG allows an initial trial of ${1:3-4} acupuncture visits over ${2:2} weeks and, with evidence of objective ' +
        'functional improvement, a total of up to ${3:8-12} visits over ${4:4-6} weeks.$0',
    );
  });
});
