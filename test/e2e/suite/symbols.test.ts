import * as assert from 'assert';
import * as vscode from 'vscode';
import { CLEAN_LETTER, openLetter } from './helpers';

describe('document symbols', () => {
  it('returns the three sections, with the disputed item and its decision under the third', async () => {
    const { document } = await openLetter(CLEAN_LETTER);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    const outline = symbols.map((symbol) => ({
      name: symbol.name,
      line: symbol.selectionRange.start.line,
      children: symbol.children.map((child) => ({
        name: child.name,
        detail: child.detail,
        line: child.selectionRange.start.line,
      })),
    }));
    assert.deepStrictEqual(outline, [
      { name: 'HOW THE IMR FINAL DETERMINATION WAS MADE', line: 8, children: [] },
      { name: 'CLINICAL CASE SUMMARY', line: 24, children: [] },
      {
        name: 'IMR ISSUES, DECISIONS AND RATIONALES',
        line: 38,
        children: [
          {
            name: '6 acupuncture sessions for the lumbar spine, 2 times a week for 3 weeks',
            detail: 'Overturned',
            line: 42,
          },
        ],
      },
    ]);
  });
});
