/**
 * A minimal LSP client over stdio for the benchmark: starts the real bundled server, frames
 * JSON-RPC itself (Content-Length headers), answers the requests a server sends its client, and
 * resolves when fresh diagnostics for a version arrive (pushed, or pulled when the server
 * offers a diagnostic provider).
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { serverEnvironment } from '../../client/src/server-environment';

interface Message {
  id?: number | string;
  method?: string;
  params?: any;
  result?: any;
  error?: { message: string };
}

interface Waiter {
  uri: string;
  version: number;
  resolve(diagnostics: Diagnostic[]): void;
}

/** A one-character (or any) edit: a range and its new text. */
export interface RangedChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

export class BenchClient {
  private readonly waiters: Waiter[] = [];
  private readonly pending = new Map<number, (message: Message) => void>();
  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private capabilities: any = {};
  /** Called with every diagnostics push, in order (the A/B harness hashes them). */
  onPublish?: (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => void;

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  /** Starts the server as the extension does (client/src/node-server.ts), with the environment it gives it. */
  static start(serverScript: string): BenchClient {
    const env = serverEnvironment(process.env);
    return new BenchClient(
      spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env }),
    );
  }

  async initialize(rootFolder: string): Promise<void> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: `file://${rootFolder}`,
      workspaceFolders: [{ uri: `file://${rootFolder}`, name: 'bench' }],
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: false } },
        workspace: { configuration: true, workspaceFolders: true },
      },
    });
    this.capabilities = result.capabilities ?? {};
    this.notify('initialized', {});
  }

  /** Whether the server takes ranged edits; otherwise every change sends the whole text. */
  get incremental(): boolean {
    const sync = this.capabilities.textDocumentSync;
    return (typeof sync === 'number' ? sync : sync?.change) === 2;
  }

  open(uri: string, text: string): Promise<Diagnostic[]> {
    const fresh = this.diagnosticsFor(uri, 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'imr-determination', version: 1, text } });
    return fresh;
  }

  /** Sends one edit (ranged, or the whole new text for a full-sync server) and waits for its diagnostics. */
  change(uri: string, version: number, change: RangedChange | { text: string }): Promise<Diagnostic[]> {
    const fresh = this.diagnosticsFor(uri, version);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    return fresh;
  }

  /** The server's peak resident set size so far, in MB (VmHWM). */
  peakRssMb(): number {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) / 1024 : NaN;
  }

  /**
   * The CPU time the server has run so far, in ms, all its threads together (the scheduler's
   * count in nanoseconds, /proc/PID/task/N/schedstat): unlike wall time, other work on the
   * machine does not add to it.
   */
  cpuMs(): number {
    const tasks = `/proc/${this.child.pid}/task`;
    let nanoseconds = 0;
    for (const task of fs.readdirSync(tasks)) {
      try {
        nanoseconds += Number(fs.readFileSync(`${tasks}/${task}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // A thread that ended between the listing and the read.
      }
    }
    return nanoseconds / 1e6;
  }

  async stop(): Promise<void> {
    await Promise.race([this.request('shutdown', null), delay(2000)]);
    this.notify('exit', null);
    await Promise.race([new Promise((resolve) => this.child.once('exit', resolve)), delay(2000)]);
    this.child.kill();
  }

  private diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    if (this.capabilities.diagnosticProvider) {
      return this.request('textDocument/diagnostic', { textDocument: { uri } }).then((report) => report?.items ?? []);
    }
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  private request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) =>
      this.pending.set(id, (message) =>
        message.error ? reject(new Error(message.error.message)) : resolve(message.result),
      ),
    );
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin!.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length:\s*(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      this.pending.get(Number(message.id))?.(message);
      this.pending.delete(Number(message.id));
    } else if (message.id !== undefined) {
      // The server asks its client something (configuration, capability registration): answer plainly.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      this.onPublish?.(message.params);
      this.settle(message.params.uri, message.params.version, message.params.diagnostics);
    }
  }

  /** A push without a version counts for every waiter on that document up to the oldest one. */
  private settle(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    for (let i = 0; i < this.waiters.length; i++) {
      const waiter = this.waiters[i];
      if (waiter.uri !== uri || (version !== undefined && version < waiter.version)) continue;
      this.waiters.splice(i--, 1);
      waiter.resolve(diagnostics);
      if (version === undefined) return;
    }
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
