import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver-types';
import { getDocumentSymbols, getFoldingRanges } from '../../../server/core/features';
import { analyze, letter } from './helpers';

const ITEMS = [
  '## 6 acupuncture sessions for the neck: Upheld',
  '',
  '**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.',
  '',
  '**MAXIMUS guideline:** The Expert Reviewer did not cite any medical evidence for its decision.',
  '',
  '**Decision rationale:** No functional improvement is documented. The request is not medically necessary.',
  '',
  '## Lidoderm patches',
  '',
  '**Decision rationale:** The request is medically necessary.',
].join('\n');

describe('features: outline', () => {
  const { determination } = analyze(letter(ITEMS));

  it('lists the sections, with each item (its decision as detail) under the decisions section', () => {
    const symbols = getDocumentSymbols(determination);
    const brief = (symbol: (typeof symbols)[number]): unknown => ({
      name: symbol.name,
      detail: symbol.detail,
      kind: symbol.kind,
      lines: [symbol.range.start.line, symbol.range.end.line],
      selection: [symbol.selectionRange.start.line, symbol.selectionRange.start.character],
      children: symbol.children?.map(brief),
    });
    assert.deepStrictEqual(symbols.map(brief), [
      {
        name: 'HOW THE IMR FINAL DETERMINATION WAS MADE',
        detail: undefined,
        kind: SymbolKind.Namespace,
        lines: [0, 7],
        selection: [0, 2],
        children: [],
      },
      {
        name: 'CLINICAL CASE SUMMARY',
        detail: undefined,
        kind: SymbolKind.Namespace,
        lines: [9, 14],
        selection: [9, 2],
        children: [],
      },
      {
        name: 'IMR ISSUES, DECISIONS AND RATIONALES',
        detail: undefined,
        kind: SymbolKind.Namespace,
        lines: [16, 30],
        selection: [16, 2],
        children: [
          {
            name: '6 acupuncture sessions for the neck',
            detail: 'Upheld',
            kind: SymbolKind.Object,
            lines: [20, 26],
            selection: [20, 3],
            children: undefined,
          },
          {
            name: 'Lidoderm patches',
            detail: 'no decision',
            kind: SymbolKind.Object,
            lines: [28, 30],
            selection: [28, 3],
            children: undefined,
          },
        ],
      },
    ]);
  });

  it('folds sections and items from their first to their last line of text', () => {
    assert.deepStrictEqual(getFoldingRanges(determination), [
      { startLine: 0, endLine: 7 },
      { startLine: 9, endLine: 14 },
      { startLine: 16, endLine: 30 },
      { startLine: 20, endLine: 26 },
      { startLine: 28, endLine: 30 },
    ]);
  });
});
