import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInKnowledge, defaultConfig } from '../../../server/core';
import { DiagnosticsPush } from '../../../server/lsp/diagnostics-push';
import { letterService, type LetterAnalyses, type VersionedAnalysis } from '../../../server/lsp/letters';

const letter = fs.readFileSync(
  path.join(__dirname, '../../../../test/fixtures/rules/clean/markdown-letter.imr.md'),
  'utf8',
);
const analysis = letterService.analyze(letter, { knowledge: builtInKnowledge(), config: defaultConfig() });

/** Lets every timer due by now run, and the checks they start finish. */
const afterDueTimers = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A push over one open document whose checks take `millis` each, full or incremental as `incremental` says. */
function pushOver(document: TextDocument, checks: (version: number) => Omit<VersionedAnalysis, 'analysis'>) {
  const sent: PublishDiagnosticsParams[] = [];
  const documents = { get: () => document, all: () => [document] } as unknown as TextDocuments<TextDocument>;
  const analyses = {
    check: async (doc: TextDocument) => ({ ...checks(doc.version), analysis }),
  } as unknown as LetterAnalyses;
  const push = new DiagnosticsPush(
    documents,
    analyses,
    async (params) => void sent.push(params),
    assert.fail,
    () => 'about:blank',
  );
  return { push, sent };
}

describe('diagnostics push', () => {
  it('checks the first edit after opening at once, however long the full check on opening took', async () => {
    const document = TextDocument.create('file:///letter.imr.md', 'imr-determination', 1, letter);
    const { push, sent } = pushOver(document, (version) => ({ version, millis: 500, incremental: version > 1 }));
    push.opened(document.uri);
    await afterDueTimers();
    TextDocument.update(document, [{ text: `${letter}x` }], 2);
    push.changed(document.uri);
    await afterDueTimers();
    assert.deepStrictEqual(
      sent.map((params) => params.version),
      [1, 2],
    );
  });

  it('waits for typing to pause on a letter whose edits check slowly', async () => {
    const document = TextDocument.create('file:///letter.imr.md', 'imr-determination', 1, letter);
    const { push, sent } = pushOver(document, (version) => ({ version, millis: 500, incremental: version > 1 }));
    push.opened(document.uri);
    await afterDueTimers();
    for (const version of [2, 3]) {
      TextDocument.update(document, [{ text: `${letter}${version}` }], version);
      push.changed(document.uri);
      await afterDueTimers();
    }
    assert.deepStrictEqual(
      sent.map((params) => params.version),
      [1, 2],
    );
  });
});
