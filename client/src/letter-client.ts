/**
 * The language client for IMR letters: starts the server (dist/server.js over Node IPC, or
 * dist/web/server.js in a browser worker, as the LetterServer says) and restarts it when what it
 * was started with changes (workspace trust, the extra file globs).
 */
import * as vscode from 'vscode';
import { DocumentDiagnosticRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { LANGUAGE_ID, type GuidelinePassagesParams } from '../../server/shared/protocol';
import { documentSelector, extraGlobs } from './extra-globs';
import { TypingHold } from './typing-hold';

/** Also the prefix of the `imrDeterminations.trace.server` setting the client reads. */
const CLIENT_ID = 'imrDeterminations';
const CLIENT_NAME = 'IMR Determinations';

/** How the server runs: a Node process on the desktop, a browser worker on the web. */
export interface LetterServer {
  /** The URI schemes of the letters it checks (besides unsaved ones): where it can find their config. */
  schemes(): string[];
  /** A client of a new server, not started yet. */
  create(id: string, name: string, options: LanguageClientOptions): BaseLanguageClient;
}

export class LetterClient implements vscode.Disposable {
  private running: Promise<BaseLanguageClient> | undefined;
  private client: BaseLanguageClient | undefined;
  private readonly hold = new TypingHold(
    (document) => document.languageId === LANGUAGE_ID,
    () => this.pullDiagnosticsAgain(),
  );
  private readonly started = new vscode.EventEmitter<void>();
  /** Fires each time a (re)started server is ready for requests. */
  readonly onDidStart = this.started.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly server: LetterServer,
  ) {}

  /** The URI schemes of the letters the server checks. */
  schemes(): string[] {
    return this.server.schemes();
  }

  start(): Promise<BaseLanguageClient> {
    this.running ??= this.launch();
    return this.running;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    const client = await running?.catch(() => undefined);
    if (client?.isRunning()) await client.stop();
  }

  /** Sends one of the extension's own requests (server/shared/protocol.ts), starting the server if need be. */
  async request<R>(method: string, params?: object): Promise<R> {
    const client = await this.start();
    return client.sendRequest<R>(method, params);
  }

  /** A file shipped with the extension. */
  bundledFile(relative: string): vscode.Uri {
    return vscode.Uri.joinPath(this.context.extensionUri, relative);
  }

  /** A document's URI as the server knows it. */
  async protocolUri(document: vscode.TextDocument): Promise<string> {
    const { code2ProtocolConverter } = await this.start();
    return code2ProtocolConverter.asUri(document.uri);
  }

  async protocolPosition(document: vscode.TextDocument, position: vscode.Position): Promise<GuidelinePassagesParams> {
    const { code2ProtocolConverter } = await this.start();
    return { uri: code2ProtocolConverter.asUri(document.uri), position: code2ProtocolConverter.asPosition(position) };
  }

  /** Every open letter's diagnostics are pulled again, e.g. once the held line's may show. */
  private pullDiagnosticsAgain(): void {
    const feature = this.client?.getFeature(DocumentDiagnosticRequest.method);
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.languageId === LANGUAGE_ID);
    if (feature && document) feature.getProvider(document)?.onDidChangeDiagnosticsEmitter.fire();
  }

  dispose(): void {
    this.hold.dispose();
    this.started.dispose();
    void this.stop();
  }

  private async launch(): Promise<BaseLanguageClient> {
    const client = this.server.create(CLIENT_ID, CLIENT_NAME, this.clientOptions());
    const trusted = vscode.workspace.isTrusted;
    this.output.info(
      trusted
        ? 'Starting the IMR language server (trusted workspace: its guideline packs and .imrlintrc.json are used).'
        : 'Starting the IMR language server (untrusted workspace: the rule severities of .imrlintrc.json apply; guideline packs, from the settings or .imrlintrc.json, are ignored).',
    );
    await client.start();
    this.client = client;
    this.started.fire();
    return client;
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: documentSelector(extraGlobs(), this.server.schemes()),
      initializationOptions: {
        workspaceTrusted: vscode.workspace.isTrusted,
        snippetCommand: true,
        saveCommand: true,
        ruleDocsCommand: true,
      },
      outputChannel: this.output,
      middleware: this.hold.middleware,
      synchronize: { configurationSection: CLIENT_ID },
    };
  }
}
