/**
 * Starts the real bundled server (`dist/server.js --stdio`) and talks to it as an editor would:
 * a JSON-RPC connection over its stdio that answers the requests a server sends its client.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'dist/server.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/protocol');

export interface SessionOptions {
  /** Pull-diagnostics clients (VS Code) get no pushed diagnostics for open letters. */
  pull?: boolean;
  workspaceTrusted?: boolean;
  workspaceFolder?: string;
  /** The `imrDeterminations` section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** Declares dynamic registration of file watchers, as VS Code does. */
  watchFiles?: boolean;
  /** Server-to-client requests this client answers with an error, as a client that lacks them would. */
  refuse?: string[];
  /** Further server-to-client requests this client answers (the web server asks for files). */
  answer?: Record<string, (params: any) => unknown>;
  /** Sent besides `workspaceTrusted`, as the VS Code client sends its own. */
  initializationOptions?: Record<string, unknown>;
  /** Node's own options for the server's process (before the script). */
  nodeArgs?: string[];
}

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function fixtureUri(name: string): string {
  return pathToFileURL(path.join(FIXTURES, name)).href;
}

export class ServerSession {
  readonly published: PublishDiagnosticsParams[] = [];
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  /** The notices the server showed (window/showMessage). */
  readonly messages: Array<{ type: number; message: string }> = [];
  private readonly listeners: Array<() => void> = [];
  private readonly versions = new Map<string, number>();
  stderr = '';
  /** What the client answers to workspace/configuration; change it, then send didChangeConfiguration. */
  settings: Record<string, unknown> = {};

  private constructor(
    readonly connection: ProtocolConnection,
    /** The server's process, when this session started it (stdio). */
    private readonly child?: ChildProcessWithoutNullStreams,
  ) {}

  static async start(options: SessionOptions = {}): Promise<ServerSession> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    return ServerSession.over(connection, options, child);
  }

  /** A session over any connection: the stdio server's, or the web server's in a browser worker. */
  static async over(
    connection: ProtocolConnection,
    options: SessionOptions = {},
    child?: ChildProcessWithoutNullStreams,
  ): Promise<ServerSession> {
    const session = new ServerSession(connection, child);
    child?.stderr.on('data', (chunk: Buffer) => (session.stderr += chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      session.published.push(params);
      for (const listener of [...session.listeners]) listener();
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      session.messages.push(params);
    });
    session.settings = options.settings ?? {};
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => session.settings),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: ServerSession['registrations'] }) => {
      session.registrations.push(
        ...params.registrations.map(({ method, registerOptions }) => ({ method, registerOptions })),
      );
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    for (const method of options.refuse ?? []) {
      connection.onRequest(method, () => new ResponseError(ErrorCodes.MethodNotFound, `${method} is not supported`));
    }
    for (const [method, answer] of Object.entries(options.answer ?? {})) connection.onRequest(method, answer);
    connection.listen();
    const folder = options.workspaceFolder ?? FIXTURES;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'fixtures' }],
      capabilities: clientCapabilities(options.pull ?? false, options.watchFiles ?? false),
      initializationOptions: { ...options.initializationOptions, workspaceTrusted: options.workspaceTrusted ?? false },
    });
    await connection.sendNotification('initialized', {});
    return session;
  }

  /** Resolves with the latest publication for `uri` (and `version`, when given), received already or to come. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.publication((params) => params.uri === uri && (version === undefined || params.version === version), 0);
  }

  /** Resolves with the first publication for `uri` after the first `count` publications (e.g. after a settings change). */
  nextDiagnostics(uri: string, count: number): Promise<Diagnostic[]> {
    return this.publication((params) => params.uri === uri, count);
  }

  private publication(matches: (params: PublishDiagnosticsParams) => boolean, from: number): Promise<Diagnostic[]> {
    const find = () => [...this.published.slice(from)].reverse().find(matches);
    return new Promise((resolve) => {
      const check = () => {
        const found = find();
        if (found) resolve(found.diagnostics);
        return found !== undefined;
      };
      if (check()) return;
      const listener = () => {
        if (check()) this.listeners.splice(this.listeners.indexOf(listener), 1);
      };
      this.listeners.push(listener);
    });
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'imr-determination', version: 1, text },
    });
  }

  /** Sends changes as the next version and returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Writes raw bytes to the server's stdin, for junk-on-the-wire tests. */
  writeRaw(bytes: string | Buffer): void {
    this.process.stdin.write(bytes);
  }

  /** The server's process; only a session over stdio has one. */
  get process(): ChildProcessWithoutNullStreams {
    if (!this.child) throw new Error('this session has no server process');
    return this.child;
  }

  /** Resolves with the exit status once the server process has ended. */
  exited(): Promise<number | null> {
    if (this.process.exitCode !== null) return Promise.resolve(this.process.exitCode);
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; killing it below is enough.
    }
    this.connection.dispose();
    this.child?.kill();
  }
}

function clientCapabilities(pull: boolean, watchFiles: boolean): ClientCapabilities {
  return {
    textDocument: {
      publishDiagnostics: { versionSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
    },
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeWatchedFiles: { dynamicRegistration: watchFiles },
    },
  };
}
