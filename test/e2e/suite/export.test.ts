import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  CLEAN_LETTER,
  expectedFindings,
  FINDINGS_LETTER,
  fixtureText,
  openLetter,
  revertLetter,
  waitForFindings,
} from './helpers';

const EXPORT = 'imrDeterminations.exportLetter';
const PREVIEW = 'imrDeterminations.openPublishedPreview';

interface Outcome {
  written?: string;
  blockers: Array<{ rule: string; line: number }>;
}

/** The published text of the clean letter: its lines less the Markdown marks. */
function assertPublished(text: string): void {
  assert.match(text, /^Case Number: CM\d{2}-\d{7}\n/);
  assert.match(text, /\nHOW THE IMR FINAL DETERMINATION WAS MADE\n/);
  assert.match(text, /\nIMR ISSUES, DECISIONS AND RATIONALES\n/);
  assert.match(text, /\nDecision rationale: /);
  assert.doesNotMatch(text, /\*\*|^#|^- /m);
}

/** Resolves when the document's text satisfies `accept`, checking now and on every change. */
function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const settle = (): boolean => {
      if (!accept(document.getText())) return false;
      cleanup();
      resolve(document.getText());
      return true;
    };
    const listener = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) settle();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${what}; the preview reads: ${document.getText().slice(0, 200)}`));
    }, 20_000);
    const cleanup = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    settle();
  });
}

describe('export', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-export-e2e-'));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('IMR: Export Letter… writes the published text to the file given, and only that file', async () => {
    await openLetter(CLEAN_LETTER);
    const target = path.join(folder, 'letter.txt');
    const outcome = await vscode.commands.executeCommand<Outcome>(EXPORT, { format: 'text', target });
    assert.deepStrictEqual(outcome, { written: vscode.Uri.file(target).toString(), blockers: [] });
    assertPublished(fs.readFileSync(target, 'utf8'));
    assert.deepStrictEqual(fs.readdirSync(folder), ['letter.txt']);
  });

  it('writes a PDF', async () => {
    await openLetter(CLEAN_LETTER);
    const target = path.join(folder, 'letter.pdf');
    await vscode.commands.executeCommand<Outcome>(EXPORT, { format: 'pdf', target });
    const bytes = fs.readFileSync(target);
    assert.strictEqual(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(bytes.subarray(-8).toString('latin1'), /%%EOF\s*$/);
  });

  it('refuses a letter with errors, naming them, unless forced', async () => {
    const editor = await openLetter(FINDINGS_LETTER);
    await waitForFindings(editor.document.uri, expectedFindings()[FINDINGS_LETTER]);
    const target = path.join(folder, 'findings.txt');
    const refused = await vscode.commands.executeCommand<Outcome>(EXPORT, { format: 'text', target });
    assert.strictEqual(refused.written, undefined);
    assert.deepStrictEqual(
      refused.blockers.map((blocker) => blocker.rule),
      ['missing-credentials', 'decision-contradicts-rationale'],
    );
    assert.ok(!fs.existsSync(target));
    const forced = await vscode.commands.executeCommand<Outcome>(EXPORT, { format: 'text', target, force: true });
    assert.strictEqual(forced.written, vscode.Uri.file(target).toString());
    assert.ok(fs.readFileSync(target, 'utf8').includes('CLINICAL CASE SUMMARY'));
  });

  it('IMR: Open Published Preview shows the published text beside the draft and follows its edits', async () => {
    const editor = await openLetter(CLEAN_LETTER);
    const preview = await vscode.commands.executeCommand<vscode.TextDocument>(PREVIEW);
    assert.strictEqual(preview.uri.scheme, 'imr-published');
    assertPublished(await waitForText(preview, (text) => text.startsWith('Case Number:'), 'the preview stayed empty'));
    const visible = vscode.window.visibleTextEditors.map((shown) => shown.document.uri.toString());
    assert.ok(visible.includes(preview.uri.toString()) && visible.includes(editor.document.uri.toString()));
    const line = fixtureText(CLEAN_LETTER)
      .split('\n')
      .findIndex((text) => text.startsWith('# CLINICAL'));
    await editor.edit((edit) => edit.insert(new vscode.Position(line + 1, 0), '\nThe worker drives a forklift.\n'));
    await waitForText(
      preview,
      (text) => text.includes('\nThe worker drives a forklift.\n'),
      'the preview missed the edit',
    );
    await revertLetter(editor.document);
  });
});
