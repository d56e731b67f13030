import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../core/check/config';
import {
  FIX_ALL_KIND,
  getCodeActions,
  getCompletions,
  getDocumentHighlights,
  getDocumentSymbols,
  getFoldingRanges,
  getHover,
  guidelinePassages,
  itemAround,
  letterSummary,
  letterTemplate,
  limitsForItem,
} from '../core/features';
import { CONFIG_FILE_NAME, knowledgeWithPacks } from '../node/config-files';
import { LetterSetups, filePathOf } from './letter-setup';
import { LetterAnalyses, diagnosticsOf, type CheckedLetter } from './letters';
import { ProblemFiles } from './problem-files';
import {
  CheckWorkspaceRequest,
  GuidelinePassagesRequest,
  LetterSummaryRequest,
  LetterTemplateRequest,
  type GuidelinePassagesParams,
  type LetterSummaryParams,
} from './protocol';
import { readEditorSettings, SETTINGS_SECTION, type EditorSettings } from './settings';
import { checkWorkspaceLetters } from './workspace-check';

/**
 * How long a slow letter must stay unchanged before it is checked again, so typing never waits
 * on it. A letter that checks faster than FAST_CHECK_MS is checked on the next turn of the event
 * loop instead (changes already queued still coalesce): fresh findings at no cost to typing.
 */
const DEBOUNCE_MS = 150;
const FAST_CHECK_MS = 100;

export interface InitializationOptions {
  /** Sent by the VS Code client; other editors are untrusted unless they say otherwise. */
  workspaceTrusted?: boolean;
}

/** Wires the pure language service to one connection. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let state: ServerState | undefined;

  connection.onInitialize((params) => {
    state = new ServerState(connection, documents, params);
    return state.capabilities();
  });
  connection.onInitialized(() => state?.initialized());
  documents.listen(connection);
  connection.listen();
}

class ServerState {
  private readonly setups: LetterSetups;
  private readonly analyses: LetterAnalyses;
  private readonly problems: ProblemFiles;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Map<string, number>();
  private readonly lastCost = new Map<string, number>();
  private readonly pullDiagnostics: boolean;
  private readonly configurationRequests: boolean;
  private globalSettings: EditorSettings = readEditorSettings(undefined);
  private folders: string[];

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly params: InitializeParams,
  ) {
    const capabilities = params.capabilities;
    this.pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    this.configurationRequests = !!capabilities.workspace?.configuration;
    this.folders = folderPaths(params);
    this.problems = new ProblemFiles((uri, diagnostics) => this.quietly(connection.sendDiagnostics({ uri, diagnostics })));
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    this.setups = new LetterSetups({
      settings: (uri) => this.settingsFor(uri),
      folders: () => this.folders,
      trusted: options.workspaceTrusted === true,
      knowledge: knowledgeWithPacks,
      report: (problems: ConfigProblem[]) => this.problems.show(problems),
    });
    this.analyses = new LetterAnalyses(this.setups);
    this.listen();
  }

  capabilities(): InitializeResult {
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', '#'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentHighlightProvider: true,
        diagnosticProvider: this.pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'imr-language-server' },
    };
  }

  initialized(): void {
    const capabilities = this.params.capabilities;
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      this.quietly(this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }));
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      this.quietly(
        this.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.{json,yaml,yml}' }],
        }),
      );
    }
    if (capabilities.workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(() => {
        const folders = this.connection.workspace.getWorkspaceFolders().then((current) => {
          this.folders = (current ?? []).flatMap((folder) => filePathOf(folder.uri) ?? []);
          this.settingsChanged();
        });
        this.quietly(folders);
      });
    }
  }

  private listen(): void {
    const { connection, documents } = this;
    documents.onDidOpen((event) => this.schedule(event.document.uri, 0));
    documents.onDidChangeContent((event) => this.schedule(event.document.uri, this.debounceFor(event.document.uri)));
    documents.onDidClose((event) => this.closed(event.document.uri));
    connection.onDidChangeConfiguration((change) => {
      const section = (change.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
      if (section !== undefined) this.globalSettings = readEditorSettings(section);
      this.settingsChanged();
    });
    connection.onDidChangeWatchedFiles(() => this.settingsChanged());

    connection.languages.diagnostics.on(async (params) => {
      const checked = await this.checkUri(params.textDocument.uri);
      if (!checked) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const resultId = String(checked.version);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(checked.analysis) };
    });
    connection.onHover(async (params) => {
      const checked = await this.checkUri(params.textDocument.uri);
      return checked ? getHover(checked.analysis, params.position) ?? null : null;
    });
    connection.onCompletion(async (params) => {
      const checked = await this.checkUri(params.textDocument.uri);
      return checked ? getCompletions(checked.analysis, params.position) : [];
    });
    connection.onCodeAction(async (params) => {
      const checked = await this.checkUri(params.textDocument.uri);
      return checked ? getCodeActions(checked.analysis, params.textDocument.uri, params.range, params.context.only) : [];
    });
    connection.onDocumentSymbol(async (params) => {
      const checked = await this.checkUri(params.textDocument.uri);
      return checked ? getDocumentSymbols(checked.analysis.determination) : [];
    });
    connection.onFoldingRanges(async (params) => {
      const checked = await this.checkUri(params.textDocument.uri);
      return checked ? getFoldingRanges(checked.analysis.determination) : [];
    });
    connection.onDocumentHighlight(async (params) => {
      const checked = await this.checkUri(params.textDocument.uri);
      return checked ? getDocumentHighlights(checked.analysis.determination, params.position) : [];
    });
    this.listenToCustomRequests();
  }

  private listenToCustomRequests(): void {
    const { connection } = this;
    connection.onRequest(GuidelinePassagesRequest, async (params: GuidelinePassagesParams) => {
      const checked = await this.checkUri(params.uri);
      if (!checked) return [];
      const { determination, knowledge } = checked.analysis;
      const item = itemAround(determination, determination.lines.offsetAt(params.position));
      return guidelinePassages(knowledge, limitsForItem(knowledge, determination, item));
    });
    connection.onRequest(LetterTemplateRequest, async (params?: { uri?: string }) => {
      const setup = await this.setups.forUri(params?.uri ?? 'untitled:new-determination');
      return { snippet: letterTemplate(setup.knowledge, setup.config.reviewer) };
    });
    connection.onRequest(LetterSummaryRequest, async (params: LetterSummaryParams) => {
      const checked = await this.checkUri(params.uri);
      return checked ? letterSummary(checked.analysis) : null;
    });
    connection.onRequest(CheckWorkspaceRequest, async () =>
      checkWorkspaceLetters({
        folders: this.folders,
        extraGlobs: (await this.settingsFor(undefined)).extraGlobs,
        setups: this.setups,
        openLetter: (path) => this.openLetterAt(path),
        publish: (uri, diagnostics) => this.quietly(this.connection.sendDiagnostics({ uri, diagnostics })),
      }),
    );
  }

  /** The open document's current check, or nothing for a document the client never opened. */
  private async checkUri(uri: string): Promise<CheckedLetter | undefined> {
    const document = this.documents.get(uri);
    return document ? this.analyses.check(document) : undefined;
  }

  private async openLetterAt(path: string): Promise<CheckedLetter | undefined> {
    const document = this.documents.all().find((candidate) => filePathOf(candidate.uri) === path);
    return document ? this.analyses.check(document) : undefined;
  }

  private async settingsFor(uri: string | undefined): Promise<EditorSettings> {
    if (!this.configurationRequests) return this.globalSettings;
    try {
      const section = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      return readEditorSettings(section);
    } catch {
      return this.globalSettings;
    }
  }

  /** Settings, config files, packs or folders changed: forget every check and check again. */
  private settingsChanged(): void {
    this.setups.clear();
    this.analyses.clear();
    this.problems.clear();
    this.published.clear();
    if (this.pullDiagnostics) this.quietly(this.connection.languages.diagnostics.refresh());
    else for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  private debounceFor(uri: string): number {
    const cost = this.lastCost.get(uri);
    return cost !== undefined && cost < FAST_CHECK_MS ? 0 : DEBOUNCE_MS;
  }

  /** Pushes diagnostics once the letter has rested; pull clients ask for them instead. */
  private schedule(uri: string, delay: number): void {
    if (this.pullDiagnostics) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.publish(uri), delay));
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const document = this.documents.get(uri);
    if (!document || this.published.get(uri) === document.version) return;
    try {
      const checked = await this.analyses.check(document);
      // Never publish for a version the client has already moved past.
      if (this.documents.get(uri)?.version !== checked.version) return;
      this.published.set(uri, checked.version);
      this.lastCost.set(uri, checked.millis);
      await this.connection.sendDiagnostics({ uri, version: checked.version, diagnostics: diagnosticsOf(checked.analysis) });
    } catch (error) {
      this.connection.console.error(`Checking ${uri} failed: ${(error as Error).stack ?? error}`);
    }
  }

  private closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.published.delete(uri);
    this.lastCost.delete(uri);
    this.analyses.forget(uri);
    this.setups.forget(uri);
    if (!this.pullDiagnostics) this.quietly(this.connection.sendDiagnostics({ uri, diagnostics: [] }));
  }

  /**
   * Requests to the client whose answer the server does not need: a client that refuses one
   * (an editor without diagnostic refresh, say) must not take the server down with an
   * unhandled rejection.
   */
  private quietly(request: Promise<unknown>): void {
    request.catch((error: unknown) => this.connection.console.warn(`The client refused a request: ${(error as Error).message ?? error}`));
  }
}

function folderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((uri) => filePathOf(uri) ?? []);
}
