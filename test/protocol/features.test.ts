import * as assert from 'assert';
import type { CompletionItem, DocumentSymbol, Hover } from 'vscode-languageserver/node';
import { builtInKnowledge, entryInForce } from '../../server/core/knowledge';
import type { GuidelinePassage, LetterSummary, LetterTemplate } from '../../server/shared/protocol';
import { expandSnippet, letter } from '../unit/features/helpers';
import { ServerSession, fixtureText, fixtureUri } from './harness';

const MTUS_ACUPUNCTURE = builtInKnowledge().limits.find((limit) => limit.id === 'mtus-acupuncture')!;

describe('protocol: hovers, completions, outline and the extension’s own requests', () => {
  let session: ServerSession;
  const uri = fixtureUri('acupuncture.imr.md');

  before(async () => {
    session = await ServerSession.start();
    await session.open(uri, fixtureText('acupuncture.imr.md'));
    await session.open(fixtureUri('findings.imr.md'), fixtureText('findings.imr.md'));
  });
  after(() => session.stop());

  const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
  const hover = async (line: number, character: number) => {
    const result = await session.request<Hover | null>('textDocument/hover', at(line, character));
    return result as { contents: { kind: string; value: string }; range: unknown };
  };

  it('hover on a citation gives the guideline, the item’s limits with visit numbers, the passage, source and confidence', async () => {
    const result = await hover(28, 50);
    assert.deepStrictEqual(result.range, { start: { line: 28, character: 23 }, end: { line: 29, character: 52 } });
    const text = result.contents.value;
    assert.ok(text.startsWith('**MTUS Acupuncture Medical Treatment Guidelines (2007)** (MTUS)'), text);
    for (const part of [
      'Cited: 9792.24.1, Acupuncture Medical Treatment Guidelines, page(s) 13',
      'initial trial of up to 3-6 visits',
      '1-3 per week',
      MTUS_ACUPUNCTURE.passage,
      '9792.24.1 Acupuncture Medical Treatment Guidelines, pages 8-13 · verified against a public source',
      'The rationale does not document functional improvement, so only the initial trial applies.',
    ]) {
      assert.ok(text.includes(part), `missing "${part}" in\n${text}`);
    }
  });

  it('hover on the treatment in an item title gives its limits across guidelines', async () => {
    const result = await hover(23, 8);
    assert.deepStrictEqual(result.range, { start: { line: 23, character: 5 }, end: { line: 23, character: 16 } });
    assert.ok(result.contents.value.startsWith('**Acupuncture (neck (cervical spine))**: limits across guidelines'));
    assert.ok(
      result.contents.value.includes(
        '- MTUS Acupuncture Medical Treatment Guidelines (2007): **initial trial of up to 3-6 visits',
      ),
    );
    assert.ok(
      result.contents.value.includes(
        '- Official Disability Guidelines (ODG): **initial trial of up to 3-4 visits over 2 weeks',
      ),
    );
  });

  it('hover on Upheld says what the decision means and what the rationale must conclude', async () => {
    const result = await hover(23, 80);
    assert.deepStrictEqual(result, {
      contents: {
        kind: 'markdown',
        value:
          '**Upheld**: the expert reviewer agrees with utilization review; the disputed treatment is not medically necessary ' +
          'and is not authorized.\n\nThe rationale must conclude that the request **is not medically necessary**.\n\n' +
          'This rationale concludes that the request is not medically necessary.',
      },
      range: { start: { line: 23, character: 78 }, end: { line: 23, character: 84 } },
    });
  });

  it('hover on "9792.20(f)" gives the functional improvement definition of the letter’s era', async () => {
    const result = await hover(32, 45);
    assert.deepStrictEqual(result.range, { start: { line: 32, character: 37 }, end: { line: 32, character: 53 } });
    assert.ok(
      result.contents.value.startsWith(
        '**8 CCR 9792.20(f)**\n\n- **8 CCR 9792.20(f)**, "Functional improvement" (in force 2009-07-18 to 2017-11-30)',
      ),
    );
    assert.ok(result.contents.value.includes('Official Medical Fee Schedule'));
  });

  it('completion inside an acupuncture item’s rationale offers the MTUS acupuncture text as a snippet', async () => {
    const items = await session.request<CompletionItem[]>('textDocument/completion', at(33, 0));
    const first = items[0];
    assert.deepStrictEqual(
      { label: first.label, insertTextFormat: first.insertTextFormat, kind: first.kind },
      {
        label:
          'MTUS acupuncture, neck, upper back, elbow, forearm/wrist/hand, low back, knee, ankle/foot and chronic pain',
        insertTextFormat: 2,
        kind: 15,
      },
    );
    assert.ok(first.insertText?.includes('allow ${1:3} to ${2:6} treatments'), first.insertText);
    assert.strictEqual(expandSnippet(first.insertText ?? ''), MTUS_ACUPUNCTURE.passage);
  });

  it('completion inside an MRI item’s rationale offers the MRI criteria sentence as a snippet', async () => {
    const mriUri = fixtureUri('mri.imr.md');
    const text = letter(
      '## MRI of the lumbar spine: Overturned\n\n**Decision rationale:** The request is medically necessary.',
    );
    await session.open(mriUri, text);
    const rationale = text.split('\n').findIndex((line) => line.startsWith('**Decision rationale:**'));
    const items = await session.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: mriUri },
      position: { line: rationale, character: '**Decision rationale:** '.length },
    });
    const mri = builtInKnowledge().criteria.find((entry) => entry.id === 'acoem-mri-lumbar')!;
    assert.deepStrictEqual(
      items.map((item) => [item.label, item.kind, item.insertTextFormat, expandSnippet(item.insertText ?? '')]),
      [['ACOEM MRI/CT scan criteria', 15, 2, mri.criteriaSentence]],
    );
  });

  it('completion after "MAXIMUS guideline:" offers citations for the item’s treatment', async () => {
    const items = await session.request<CompletionItem[]>('textDocument/completion', at(28, 23));
    assert.deepStrictEqual(
      items.map((item) => [item.label, item.textEdit]),
      [
        [
          'Decision based on MTUS 9792.24.1 Acupuncture Medical Treatment Guidelines Page(s): 8-13.',
          {
            range: { start: { line: 28, character: 23 }, end: { line: 28, character: 23 } },
            newText: 'Decision based on MTUS 9792.24.1 Acupuncture Medical Treatment Guidelines Page(s): 8-13.',
          },
        ],
        [
          'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Acupuncture (Pain, Low Back and Neck chapters).',
          {
            range: { start: { line: 28, character: 23 }, end: { line: 28, character: 23 } },
            newText:
              'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Acupuncture (Pain, Low Back and Neck chapters).',
          },
        ],
      ],
    );
  });

  it('completion offers no label line or section heading the letter already has', async () => {
    assert.deepStrictEqual(await session.request<CompletionItem[]>('textDocument/completion', at(24, 0)), []);
    assert.deepStrictEqual(await session.request<CompletionItem[]>('textDocument/completion', at(10, 0)), []);
  });

  it('completion offers no passage when a trigger character is typed in a rationale', async () => {
    const items = await session.request<CompletionItem[]>('textDocument/completion', {
      ...at(33, 0),
      context: { triggerKind: 2, triggerCharacter: ':' },
    });
    assert.deepStrictEqual(items, []);
  });

  it('lists sections and items as symbols, and folds them', async () => {
    const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepStrictEqual(
      symbols.map((symbol) => [
        symbol.name,
        symbol.range.start.line,
        symbol.range.end.line,
        symbol.children?.map((child) => [child.name, child.detail]),
      ]),
      [
        ['HOW THE IMR FINAL DETERMINATION WAS MADE', 0, 9, []],
        ['CLINICAL CASE SUMMARY', 11, 17, []],
        [
          'IMR ISSUES, DECISIONS AND RATIONALES',
          19,
          34,
          [['6 acupuncture sessions for the cervical spine, 2 times a week for 3 weeks', 'Upheld']],
        ],
      ],
    );
    const folds = await session.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepStrictEqual(folds, [
      { startLine: 0, endLine: 9 },
      { startLine: 11, endLine: 17 },
      { startLine: 19, endLine: 34 },
      { startLine: 23, endLine: 34 },
    ]);
  });

  it('highlights a decision together with its rationale’s conclusion', async () => {
    const highlights = await session.request('textDocument/documentHighlight', at(23, 80));
    assert.deepStrictEqual(highlights, [
      { range: { start: { line: 23, character: 78 }, end: { line: 23, character: 84 } }, kind: 1 },
      { range: { start: { line: 34, character: 26 }, end: { line: 34, character: 49 } }, kind: 1 },
    ]);
  });

  it('imr/letterSummary counts items, decisions and findings', async () => {
    const summary = await session.request<LetterSummary>('imr/letterSummary', { uri: fixtureUri('findings.imr.md') });
    assert.deepStrictEqual(summary, { items: 2, upheld: 1, overturned: 1, errors: 3, warnings: 1 });
    assert.strictEqual(await session.request('imr/letterSummary', { uri: fixtureUri('not-open.imr.md') }), null);
  });

  it('imr/guidelinePassages puts the passages for the item under the cursor first', async () => {
    const passages = await session.request<GuidelinePassage[]>('imr/guidelinePassages', {
      uri,
      position: { line: 30, character: 0 },
    });
    assert.deepStrictEqual(
      passages.filter((passage) => passage.matchesItem).map((passage) => passage.id),
      ['mtus-acupuncture', 'odg-acupuncture'],
    );
    assert.deepStrictEqual(
      passages.slice(0, 2).map((passage) => passage.id),
      ['mtus-acupuncture', 'odg-acupuncture'],
    );
    // Every passage in force on the letter's date (its UR date, 02/10/2015), and none other.
    const knowledge = builtInKnowledge();
    const era = { date: '2015-02-10', source: 'case-summary-ur-date' as const };
    assert.deepStrictEqual(
      passages.map((passage) => passage.id).sort(),
      knowledge.limits
        .filter((limit) => entryInForce(knowledge, limit, era))
        .map((limit) => limit.id)
        .sort(),
    );
  });

  it('imr/letterTemplate gives a whole letter whose only errors are its unfilled parts', async () => {
    const template = await session.request<LetterTemplate>('imr/letterTemplate', {});
    const letter = expandSnippet(template.snippet);
    const untitled = 'untitled:Untitled-1';
    await session.open(untitled, letter);
    const diagnostics = await session.diagnostics(untitled, 1);
    assert.deepStrictEqual(
      [...new Set(diagnostics.filter((diagnostic) => diagnostic.severity === 1).map((diagnostic) => diagnostic.code))],
      ['unfilled-placeholder', 'missing-credentials'],
    );
    const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: untitled },
    });
    assert.deepStrictEqual(
      symbols.map((symbol) => [symbol.name, symbol.children?.length]),
      [
        ['HOW THE IMR FINAL DETERMINATION WAS MADE', 0],
        ['CLINICAL CASE SUMMARY', 0],
        ['IMR ISSUES, DECISIONS AND RATIONALES', 1],
      ],
    );
  });
});
