/**
 * The web server in a real browser: Chromium (playwright-core, as the rest of the e2e suite)
 * loads dist/web/server.js in a Worker and this process speaks LSP to it through the page, over
 * `postMessage`, answering its file requests from disk as the web extension answers them with
 * `vscode.workspace.fs`. The same letters go to the Node server over stdio, and both must answer
 * alike: every diagnostic, every hover on every word, every code action, the workspace check.
 * Exit code: 0 when every comparison passed, 1 otherwise.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { Page } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createProtocolConnection,
  type DataCallback,
  type Diagnostic,
  type Disposable,
  type Message,
} from 'vscode-languageserver/node';
import { findConfigFile } from '../../server/node/config-files';
import { readTextFile } from '../../server/node/read-file';
import { findWorkspaceLetters } from '../../server/node/workspace-letters';
import {
  CONFIG_FILE_NAME,
  FindConfigRequest,
  FindLettersRequest,
  ReadFileRequest,
  type FindConfigParams,
  type FindLettersParams,
  type ReadFileParams,
} from '../../server/shared/files-protocol';
import { ServerSession, type SessionOptions } from '../protocol/harness';
import { launchChromium } from './code-server';
import {
  copyFixtureWorkspace,
  expectedFindings,
  PROJECT_ROOT,
  requireBuilt,
  SuiteCounts,
  withTempDir,
} from './project';

const WEB_SERVER = path.join(PROJECT_ROOT, 'dist', 'web', 'server.js');
/** The page that starts the worker and passes messages between it and this process. */
const PAGE = `<!doctype html><script>
const worker = new Worker('/server.js');
worker.onmessage = (event) => window.fromServer(event.data);
worker.onerror = (event) => window.workerError(String(event.message));
window.toServer = (message) => worker.postMessage(message);
</script>`;

/** A workspace to compare the two servers on, with the settings its editor would send. */
interface Workspace {
  name: string;
  /** Copies the workspace into `dir`; returns its folder. */
  copy(dir: string): string;
  settings: Record<string, unknown>;
}

const WORKSPACES: Workspace[] = [
  {
    name: 'the e2e workspace (test/e2e/workspace)',
    copy: copyFixtureWorkspace,
    settings: {
      reviewer: { licensure: ['California'], specialty: 'Chiropractic' },
      files: { extraGlobs: ['**/published/*.txt'] },
    },
  },
  {
    name: 'a workspace with a .imrlintrc.json and a guideline pack (test/fixtures/protocol/workspace)',
    copy: (dir) => {
      const target = path.join(dir, 'workspace');
      fs.cpSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'protocol', 'workspace'), target, { recursive: true });
      return target;
    },
    settings: { files: { extraGlobs: ['**/determinations/*.txt'] }, rules: { 'missing-rationale': 'warning' } },
  },
];

/** What one server answered about one workspace, in a form to compare. */
interface Answers {
  diagnostics: Record<string, Diagnostic[]>;
  hovers: Record<string, unknown[]>;
  codeActions: Record<string, unknown[]>;
  workspaceCheck: unknown;
  /** The file requests the server sent its client, by method (the web server's only way to files). */
  fileRequests: Record<string, number>;
}

export async function runWebWorker(): Promise<SuiteCounts> {
  requireBuilt('dist/web/server.js', 'npm run build');
  requireBuilt('dist/server.js', 'npm run build');
  const counts = { passed: 0, failed: 0 };
  const site = await serveWorkerPage();
  const browser = await launchChromium();
  try {
    for (const workspace of WORKSPACES) {
      await withTempDir('imr-web-worker-', async (dir) => {
        const folder = workspace.copy(dir);
        const options: SessionOptions = {
          workspaceFolder: folder,
          workspaceTrusted: true,
          settings: workspace.settings,
          initializationOptions: { ruleDocsCommand: true, snippetCommand: true, saveCommand: true },
        };
        const node = await answersOf(await ServerSession.start(options), folder, {});
        const page = await browser.newPage();
        const fileRequests: Record<string, number> = {};
        const web = await answersOf(await workerSession(page, site.url, options, fileRequests), folder, fileRequests);
        await page.close();
        for (const [what, check] of comparisons(node, web, folder)) {
          try {
            check();
            counts.passed++;
            console.log(`  ✔ ${workspace.name}: ${what}`);
          } catch (error) {
            counts.failed++;
            console.log(`  ✘ ${workspace.name}: ${what}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      });
    }
  } finally {
    await browser.close();
    site.close();
  }
  console.log(`web worker: ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

/**
 * Compared as JSON, the form LSP messages take: postMessage's structured clone keeps properties
 * whose value is undefined, which JSON over stdio leaves out.
 */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function comparisons(nodeAnswers: Answers, webAnswers: Answers, folder: string): Array<[string, () => void]> {
  const [node, web] = [asJson(nodeAnswers), asJson(webAnswers)];
  const letters = Object.keys(node.diagnostics);
  return [
    [
      `both servers check its ${letters.length} letters`,
      () => assert.ok(letters.length > 0 && letters.length === Object.keys(web.diagnostics).length),
    ],
    ['the web worker publishes the same diagnostics', () => assert.deepStrictEqual(web.diagnostics, node.diagnostics)],
    [
      `the web worker answers the same hovers (${count(node.hovers)} of them, on every word)`,
      () => {
        assert.ok(count(node.hovers) > 0, 'no hover to compare');
        assert.deepStrictEqual(web.hovers, node.hovers);
      },
    ],
    [
      `the web worker offers the same code actions (${count(node.codeActions)} of them)`,
      () => {
        assert.ok(count(node.codeActions) > 0, 'no code action to compare');
        assert.deepStrictEqual(web.codeActions, node.codeActions);
      },
    ],
    [
      'the web worker checks the workspace alike',
      () => assert.deepStrictEqual(web.workspaceCheck, node.workspaceCheck),
    ],
    [
      `the web worker reached the files through its client (${JSON.stringify(web.fileRequests)})`,
      () => {
        assert.ok((web.fileRequests[FindConfigRequest] ?? 0) > 0 && (web.fileRequests[FindLettersRequest] ?? 0) > 0);
        const config = fs.existsSync(path.join(folder, CONFIG_FILE_NAME));
        assert.strictEqual((web.fileRequests[ReadFileRequest] ?? 0) > 0, config, 'a config read, when there is one');
      },
    ],
    ...expectedCheck(node, folder),
  ];
}

/** Where the workspace lists its expected findings (the e2e workspace), the answers hold them. */
function expectedCheck(node: Answers, folder: string): Array<[string, () => void]> {
  if (!fs.existsSync(path.join(folder, 'expected.json'))) return [];
  return [
    [
      'the findings are those expected.json lists',
      () => {
        for (const [letter, findings] of Object.entries(expectedFindings())) {
          const published = node.diagnostics[pathToFileURL(path.join(folder, letter)).href] ?? [];
          assert.deepStrictEqual(
            published.map((diagnostic) => ({ code: diagnostic.code, line: diagnostic.range.start.line })),
            findings,
            letter,
          );
        }
      },
    ],
  ];
}

/** Hovers given, or code actions offered (each request answers a list of them). */
function count(answers: Record<string, unknown[]>): number {
  const given = Object.values(answers).flatMap((list) => list.flatMap((answer) => answer ?? []));
  return given.length;
}

/** Opens every letter of the workspace, asks the server everything to compare, and stops it. */
async function answersOf(
  session: ServerSession,
  folder: string,
  fileRequests: Record<string, number>,
): Promise<Answers> {
  const answers: Answers = { diagnostics: {}, hovers: {}, codeActions: {}, workspaceCheck: undefined, fileRequests };
  try {
    const letters = findWorkspaceLetters(folder, ['**/*.txt']);
    for (const file of letters) {
      const uri = pathToFileURL(file).href;
      const text = fs.readFileSync(file, 'utf8');
      await session.open(uri, text);
      const diagnostics = await session.diagnostics(uri, 1);
      answers.diagnostics[uri] = diagnostics;
      answers.hovers[uri] = await Promise.all(
        wordStarts(text).map((position) => session.request('textDocument/hover', { textDocument: { uri }, position })),
      );
      answers.codeActions[uri] = await codeActions(session, uri, text, diagnostics);
    }
    answers.workspaceCheck = await session.request('imr/checkWorkspace', {});
    return answers;
  } finally {
    await session.stop();
  }
}

async function codeActions(session: ServerSession, uri: string, text: string, diagnostics: Diagnostic[]) {
  const lines = text.split('\n');
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } };
  const each = diagnostics.map((diagnostic) =>
    session.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    }),
  );
  const fixAll = session.request('textDocument/codeAction', {
    textDocument: { uri },
    range: whole,
    context: { diagnostics, only: ['source.fixAll.imr'] },
  });
  return Promise.all([...each, fixAll]);
}

/** The start of every word of a letter: where a reviewer would hover. */
function wordStarts(text: string): Array<{ line: number; character: number }> {
  return text
    .split('\n')
    .flatMap((line, index) =>
      [...line.matchAll(/\b\w/g)].map((match) => ({ line: index, character: match.index ?? 0 })),
    );
}

/** The web server in a Worker of `page`, as a session whose client answers its file requests from disk. */
async function workerSession(
  page: Page,
  url: string,
  options: SessionOptions,
  fileRequests: Record<string, number>,
): Promise<ServerSession> {
  const reader = new PageReader();
  let failure: string | undefined;
  await page.exposeFunction('fromServer', (message: Message) => reader.deliver(message));
  await page.exposeFunction('workerError', (message: string) => {
    failure = message;
    console.error(`[web worker] ${message}`);
  });
  await page.goto(url);
  const writer = new PageWriter(page);
  const connection = createProtocolConnection(reader, writer);
  const answer = Object.fromEntries(
    Object.entries(diskAnswers()).map(([method, reply]) => [
      method,
      (params: unknown) => {
        fileRequests[method] = (fileRequests[method] ?? 0) + 1;
        return reply(params);
      },
    ]),
  );
  const session = await ServerSession.over(connection, { ...options, answer });
  if (failure) throw new Error(`the worker failed: ${failure}`);
  return session;
}

/** The web extension's answers to the server's file requests (client/src/browser/workspace-files.ts), from disk. */
function diskAnswers(): Record<string, (params: any) => unknown> {
  const file = (uri: string) => fileURLToPath(uri);
  return {
    [ReadFileRequest]: ({ uri, maxBytes }: ReadFileParams) => readTextFile(file(uri), maxBytes),
    [FindConfigRequest]: ({ folder, boundary }: FindConfigParams) => {
      const found = findConfigFile(file(folder), file(boundary));
      return found ? pathToFileURL(found).href : null;
    },
    [FindLettersRequest]: ({ folder, extraGlobs }: FindLettersParams) =>
      findWorkspaceLetters(file(folder), extraGlobs).map((letter) => pathToFileURL(letter).href),
  };
}

class PageReader extends AbstractMessageReader {
  private callback?: DataCallback;
  private readonly waiting: Message[] = [];

  deliver(message: Message): void {
    if (this.callback) this.callback(message);
    else this.waiting.push(message);
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    this.waiting.splice(0).forEach(callback);
    return { dispose: () => (this.callback = undefined) };
  }
}

class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }

  async write(message: Message): Promise<void> {
    await this.page.evaluate(
      (sent) => (globalThis as unknown as { toServer(m: unknown): void }).toServer(sent),
      message,
    );
  }

  end(): void {}
}

/** Serves the page and the worker bundle on loopback: a Worker needs an http origin. */
function serveWorkerPage(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((request, response) => {
    if (request.url === '/server.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(fs.readFileSync(WEB_SERVER));
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(PAGE);
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

if (require.main === module) {
  runWebWorker().then(
    (counts) => process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    },
  );
}
