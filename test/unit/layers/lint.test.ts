import * as assert from 'assert';
import * as path from 'path';
import { ESLint } from 'eslint';

const root = path.join(__dirname, '../../../..');
const eslint = new ESLint({ cwd: root });

/** The import restrictions ESLint reports for one import line in a file at `file` (not written to disk). */
async function importProblems(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\n`, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

async function assertRejected(file: string, line: string): Promise<void> {
  assert.strictEqual((await importProblems(file, line)).length, 1, `${file}: ${line}`);
}

async function assertAllowed(file: string, line: string): Promise<void> {
  assert.deepStrictEqual(await importProblems(file, line), [], `${file}: ${line}`);
}

describe('the layering, as lint enforces it', () => {
  it('keeps the core away from the server, the CLI, the Node adapters, the editor and Node', async () => {
    await assertRejected('server/core/features/probe.ts', "import { startServer } from '../../lsp/server';");
    await assertRejected('server/core/rules/probe.ts', "import { main } from '../../cli/main';");
    await assertRejected('server/core/parser/probe.ts', "import { matchesGlob } from '../../node/glob';");
    await assertRejected('server/core/export/probe.ts', "import { letterPdf } from '../../pdf/letter-pdf';");
    await assertRejected('server/core/features/probe.ts', "import * as vscode from 'vscode';");
    await assertRejected('server/core/features/probe.ts', "import { Connection } from 'vscode-languageserver/node';");
    await assertRejected('server/core/knowledge/probe.ts', "import * as fs from 'fs';");
    await assertRejected('server/core/model/probe.ts', "import * as path from 'node:path';");
  });

  it('keeps knowledge below the parser, the rules and the features', async () => {
    await assertRejected('server/core/knowledge/probe.ts', "import { TermMatcher } from '../parser/terms';");
    await assertRejected('server/core/knowledge/item/probe.ts', "import { allRules } from '../../rules';");
    await assertRejected('server/core/knowledge/probe.ts', "import { hover } from '../features/hover';");
    await assertAllowed('server/core/knowledge/probe.ts', "import type { Span } from '../model/span';");
  });

  it('keeps the export above the features, and every other layer below it', async () => {
    await assertAllowed('server/core/export/probe.ts', "import type { LetterAnalysis } from '../features/analysis';");
    await assertRejected('server/core/features/probe.ts', "import { exportLetter } from '../export';");
    await assertRejected('server/core/parser/probe.ts', "import { publishedText } from '../export/published-text';");
  });

  it('keeps the engine below the rules it runs', async () => {
    await assertRejected('server/core/check/probe.ts', "import { allRules } from '../rules';");
    await assertAllowed('server/core/rules/probe.ts', "import type { Rule } from '../check/rule';");
  });

  it('lets each layer import the ones below it', async () => {
    await assertAllowed('server/core/features/probe.ts', "import { allRules } from '../rules';");
    await assertAllowed('server/core/parser/probe.ts', "import { findPhrase } from '../knowledge/phrase';");
    await assertAllowed('server/core/parser/probe.ts', "import { ITEM_LABELS } from '../letter/grammar';");
    await assertRejected('server/core/parser/probe.ts', "import { labelledLine } from '../letter/labels';");
    await assertAllowed('server/lsp/main.ts', "import * as fs from 'fs';");
    await assertAllowed('server/cli/probe.ts', "import { checkText } from '../core';");
  });

  it('keeps the Node adapters below the server and the CLI, and those two apart', async () => {
    await assertRejected('server/node/probe.ts', "import { startServer } from '../lsp/server';");
    await assertRejected('server/node/probe.ts', "import { main } from '../cli/main';");
    await assertRejected('server/pdf/probe.ts', "import { runExport } from '../cli/export';");
    await assertRejected('server/lsp/probe.ts', "import { lintLetters } from '../cli/lint';");
    await assertRejected('server/cli/probe.ts', "import { letterService } from '../lsp/letters';");
    await assertAllowed('server/cli/probe.ts', "import { walkFolder } from '../node/folder-walk';");
  });

  it('keeps Node out of what runs in a browser worker: the web server, the server logic, the web client', async () => {
    await assertRejected('server/lsp/probe.ts', "import * as fs from 'fs';");
    await assertRejected('server/lsp/probe.ts', "import * as path from 'node:path';");
    await assertRejected('server/lsp/probe.ts', "import { readTextFile } from '../node/read-file';");
    await assertRejected('server/web/probe.ts', "import { createConnection } from 'vscode-languageserver/node';");
    await assertRejected('server/web/probe.ts', "import { main } from '../cli/main';");
    await assertAllowed('server/web/probe.ts', "import { startServer } from '../lsp/server';");
    await assertAllowed('server/node/probe.ts', "import * as fs from 'fs';");
    await assertRejected('client/src/browser/probe.ts', "import * as path from 'path';");
    await assertRejected('client/src/browser/probe.ts', "import { nodeServer } from '../node-server';");
    await assertRejected('client/src/probe.ts', "import { LanguageClient } from 'vscode-languageclient/node';");
    await assertAllowed('client/src/node-server.ts', "import { LanguageClient } from 'vscode-languageclient/node';");
    await assertAllowed(
      'client/src/browser/probe.ts',
      "import { LanguageClient } from 'vscode-languageclient/browser';",
    );
  });

  it('lets the client import only the shared protocol of the server', async () => {
    await assertRejected('client/src/probe.ts', "import { checkText } from '../../server/core';");
    await assertAllowed('client/src/probe.ts', "import { LANGUAGE_ID } from '../../server/shared/protocol';");
  });
});
