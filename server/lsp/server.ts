import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../core/check/config';
import { FIX_ALL_KIND, type RuleDocs } from '../core/features';
import { knowledgeWithPacks } from '../core/check/project';
import type { IgnoreTarget } from '../core/features/ignore-finding';
import { CONFIG_FILE_NAME } from '../shared/files-protocol';
import { LetterSetups, folderOf } from './letter-setup';
import { DiagnosticsPush } from './diagnostics-push';
import { exportResult } from './export-letter';
import { LetterAnalyses, letterService, type VersionedAnalysis } from './letters';
import { ProblemFiles } from './problem-files';
import {
  CheckWorkspaceRequest,
  type CheckWorkspaceResult,
  ExportLetterRequest,
  type ExportLetterParams,
  GuidelinePassagesRequest,
  LetterChecklistRequest,
  LetterSummaryRequest,
  LetterTemplateRequest,
  type GuidelinePassagesParams,
  type LetterSummaryParams,
  InsertSnippetCommand,
  SaveFileCommand,
  ShowRuleDocsCommand,
} from '../shared/protocol';
import { nextTurn, type ProjectFiles } from './project-files';
import { commandRuleDocs } from './rule-links';
import { readEditorSettings, SETTINGS_SECTION, type EditorSettings } from './settings';
import { checkWorkspaceLetters } from './workspace-check';
import { WarmUp } from './warm-up';
import { WorkspaceFindings } from './workspace-findings';

/** How long settings must stay unchanged before letters are checked again with them. */
const SETTINGS_SETTLE_MS = 50;

export interface InitializationOptions {
  /** The client runs `ShowRuleDocsCommand`: rule links open the docs through it. */
  ruleDocsCommand?: boolean;
  /** The client runs `SaveFileCommand`, so an edited config file can be saved after a fix. */
  saveCommand?: boolean;
  /** Sent by the VS Code client; other editors are untrusted unless they say otherwise. */
  workspaceTrusted?: boolean;
  /** The client runs `InsertSnippetCommand`, so fixes with tab stops may be offered to it. */
  snippetCommand?: boolean;
}

/** Wires the pure language service to one connection, reaching the files around the letters through `files`. */
export function startServer(connection: Connection, files: ProjectFiles): void {
  const documents = new TextDocuments(TextDocument);
  let state: ServerState | undefined;

  connection.onInitialize((params) => {
    state = new ServerState(connection, documents, params, files);
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
  private readonly workspaceFindings: WorkspaceFindings;
  /** Absent for clients that pull diagnostics themselves. */
  private readonly push?: DiagnosticsPush;
  private readonly configurationRequests: boolean;
  /** The client's command for fixes with tab stops, when it has one. */
  private readonly snippetCommand?: string;
  /** The client's command that saves a file, when it has one. */
  private readonly saveCommand?: string;
  /** Where a diagnostic's rule link points. */
  private readonly ruleDocs: RuleDocs;
  /** Counts settings, config and pack changes, so a pulled result of an earlier config is never "unchanged". */
  private settingsGeneration = 0;
  private globalSettings: EditorSettings = readEditorSettings(undefined);
  private settingsTimer?: ReturnType<typeof setTimeout>;
  private folders: string[];
  private readonly warmUp = new WarmUp(letterService);

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly params: InitializeParams,
    private readonly files: ProjectFiles,
  ) {
    const capabilities = params.capabilities;
    this.configurationRequests = !!capabilities.workspace?.configuration;
    this.folders = folderFiles(params, files);
    this.problems = new ProblemFiles(
      files,
      (uri, diagnostics) => this.quietly(connection.sendDiagnostics({ uri, diagnostics })),
      (message) =>
        this.quietly(connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })),
    );
    this.workspaceFindings = new WorkspaceFindings(files, (uri) =>
      this.quietly(connection.sendDiagnostics({ uri, diagnostics: [] })),
    );
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    this.snippetCommand = options.snippetCommand === true ? InsertSnippetCommand : undefined;
    this.saveCommand = options.saveCommand === true ? SaveFileCommand : undefined;
    this.ruleDocs = options.ruleDocsCommand === true ? commandRuleDocs(ShowRuleDocsCommand) : files.ruleDocs;
    this.setups = new LetterSetups({
      settings: (uri) => this.settingsFor(uri),
      folders: () => this.folders,
      files,
      trusted: options.workspaceTrusted === true,
      knowledge: knowledgeWithPacks,
      report: (problems: ConfigProblem[]) => this.problems.show(problems),
    });
    this.analyses = new LetterAnalyses(this.setups, (letter) => this.warmUp.checked(letter));
    // VS Code shows pulled and pushed diagnostics side by side: a client that pulls gets no pushes.
    if (!capabilities.textDocument?.diagnostic) {
      const send = (params: PublishDiagnosticsParams) => {
        this.warmUp.busy();
        return connection.sendDiagnostics(params);
      };
      const logError = (message: string) => connection.console.error(message);
      this.push = new DiagnosticsPush(documents, this.analyses, send, logError, this.ruleDocs);
    }
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
        diagnosticProvider: this.push ? undefined : { interFileDependencies: false, workspaceDiagnostics: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'imr-language-server' },
    };
  }

  initialized(): void {
    this.warmUp.busy();
    const capabilities = this.params.capabilities;
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      this.quietly(
        this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }),
      );
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      this.quietly(
        this.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: `**/${CONFIG_FILE_NAME}` },
            { globPattern: '**/*.json' },
            // Deleted or renamed letters (and folders of them): their workspace-check findings go.
            { globPattern: '**/*', kind: WatchKind.Delete },
          ],
        }),
      );
    }
    if (capabilities.workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(() => {
        const folders = this.connection.workspace.getWorkspaceFolders().then((current) => {
          this.folders = (current ?? []).flatMap((folder) => this.files.fileOf(folder.uri) ?? []);
          this.settingsChanged();
        });
        this.quietly(folders);
      });
    }
  }

  private listen(): void {
    const { connection, documents } = this;
    documents.onDidOpen((event) => {
      this.warmUp.busy();
      this.workspaceFindings.opened(event.document.uri);
      this.push?.opened(event.document.uri);
    });
    documents.onDidChangeContent((event) => {
      this.warmUp.busy();
      this.push?.changed(event.document.uri);
    });
    documents.onDidClose((event) => {
      this.warmUp.busy();
      this.closed(event.document.uri);
    });
    connection.onDidChangeConfiguration((change) => {
      const section = (change.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
      if (section !== undefined) this.globalSettings = readEditorSettings(section);
      this.settingsChanged();
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        if (change.type === FileChangeType.Deleted) this.workspaceFindings.deleted(change.uri);
      }
      // A new config file anywhere may govern open letters; other JSON matters only when it is a loaded pack.
      const relevant = changes.some(({ uri }) => {
        const file = this.files.fileOf(uri);
        return file !== undefined && (this.files.basename(file) === CONFIG_FILE_NAME || this.setups.readFrom(file));
      });
      if (relevant) this.settingsChanged();
    });

    connection.languages.diagnostics.on(async (params) => {
      const checked = await this.checkUri(params.textDocument.uri);
      if (!checked) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      // A new config may change the findings of an unchanged version: the settings count too.
      const resultId = `${this.settingsGeneration}:${checked.version}`;
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return {
        kind: DocumentDiagnosticReportKind.Full,
        resultId,
        items: letterService.diagnostics(checked.analysis, params.textDocument.uri, this.ruleDocs),
      };
    });
    connection.onHover(
      this.cancellable(async (params) => {
        const checked = await this.checkUri(params.textDocument.uri);
        return checked ? (letterService.hover(checked.analysis, params.position) ?? null) : null;
      }),
    );
    connection.onCompletion(
      this.cancellable(async (params) => {
        const checked = await this.checkUri(params.textDocument.uri);
        return checked ? letterService.completions(checked.analysis, params.position, params.context) : [];
      }),
    );
    connection.onCodeAction(
      this.cancellable(async (params) => {
        const uri = params.textDocument.uri;
        const checked = await this.checkUri(uri);
        if (!checked) return [];
        const { only } = params.context;
        const ignoreIn = await this.ignoreTarget(uri);
        return letterService.codeActions(checked.analysis, uri, params.range, only, this.snippetCommand, ignoreIn);
      }),
    );
    connection.onDocumentSymbol(
      this.cancellable(async (params) => {
        const checked = await this.checkUri(params.textDocument.uri);
        return checked ? letterService.documentSymbols(checked.analysis) : [];
      }),
    );
    connection.onFoldingRanges(
      this.cancellable(async (params) => {
        const checked = await this.checkUri(params.textDocument.uri);
        return checked ? letterService.foldingRanges(checked.analysis) : [];
      }),
    );
    connection.onDocumentHighlight(
      this.cancellable(async (params) => {
        const checked = await this.checkUri(params.textDocument.uri);
        return checked ? letterService.highlights(checked.analysis, params.position) : [];
      }),
    );
    this.listenToCustomRequests();
  }

  private listenToCustomRequests(): void {
    const { connection } = this;
    connection.onRequest(
      GuidelinePassagesRequest,
      this.cancellable(async (params: GuidelinePassagesParams) => {
        const checked = await this.checkUri(params.uri);
        return checked ? letterService.passages(checked.analysis, params.position) : [];
      }),
    );
    connection.onRequest(LetterTemplateRequest, async (params?: { uri?: string }) => {
      const setup = await this.setups.forUri(params?.uri ?? 'untitled:new-determination');
      return { snippet: letterService.template(setup) };
    });
    connection.onRequest(
      LetterChecklistRequest,
      this.cancellable(async (params: LetterSummaryParams) => {
        const checked = await this.checkUri(params.uri);
        return checked ? letterService.checklist(checked.analysis) : null;
      }),
    );
    connection.onRequest(
      LetterSummaryRequest,
      this.cancellable(async (params: LetterSummaryParams) => {
        const checked = await this.checkUri(params.uri);
        if (!checked) return null;
        const { configFile } = await this.setups.forUri(params.uri);
        return { ...letterService.summary(checked.analysis), configFile };
      }),
    );
    connection.onRequest(
      ExportLetterRequest,
      this.cancellable(async (params: ExportLetterParams) => {
        const document = this.documents.get(params.uri);
        const checked = await this.checkUri(params.uri);
        return document && checked ? exportResult(checked.analysis, document, params.format) : null;
      }),
    );
    connection.onRequest(CheckWorkspaceRequest, (_params: unknown, token: CancellationToken) =>
      this.cancellable(() => this.checkWorkspace(token))(undefined, token),
    );
  }

  private async checkWorkspace(token: CancellationToken): Promise<CheckWorkspaceResult> {
    const published: string[] = [];
    const result = await checkWorkspaceLetters({
      folders: this.folders,
      extraGlobs: (await this.settingsFor(undefined)).extraGlobs,
      setups: this.setups,
      files: this.files,
      openLetter: (path) => this.openLetterAt(path),
      docs: this.ruleDocs,
      cancelled: () => token.isCancellationRequested,
      publish: (uri, diagnostics) => {
        published.push(uri);
        this.quietly(this.connection.sendDiagnostics({ uri, diagnostics }));
      },
    });
    this.workspaceFindings.checked(published);
    return result;
  }

  /** Where "Ignore this finding" writes for a letter on disk; nothing for an unsaved one. */
  private async ignoreTarget(uri: string): Promise<IgnoreTarget | undefined> {
    const file = this.files.fileOf(uri);
    if (!file) return undefined;
    const target = await this.files.ignoreTarget(
      file,
      folderOf(this.files, this.folders, file) ?? this.files.dirname(file),
    );
    return target && { ...target, saveCommand: this.saveCommand };
  }

  /**
   * Honours `$/cancelRequest`: a request cancelled before or while it waits for its check is
   * answered with RequestCancelled, as LSP asks, instead of a stale result.
   */
  private cancellable<P, R>(
    handler: (params: P) => Promise<R>,
  ): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
    const cancelled = () => new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    return async (params, token) => {
      if (token.isCancellationRequested) return cancelled();
      const result = await handler(params);
      return token.isCancellationRequested ? cancelled() : result;
    };
  }

  /** The open document's current check, or nothing for a document the client never opened. */
  private async checkUri(uri: string): Promise<VersionedAnalysis | undefined> {
    this.warmUp.busy();
    const document = this.documents.get(uri);
    return document ? this.analyses.check(document) : undefined;
  }

  private async openLetterAt(file: string): Promise<VersionedAnalysis | undefined> {
    const document = this.documents.all().find((candidate) => this.files.fileOf(candidate.uri) === file);
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

  /**
   * Settings, config files, packs or folders changed: whatever is asked meanwhile is answered
   * with the new settings, and once a burst of changes has settled (an editor may send dozens at
   * once), every letter is checked again, once. Settled means no change for a while and none
   * waiting: the connection handles one message per turn of the event loop, so on a loaded
   * machine the pause can pass in the middle of a burst already received; the re-check waits
   * one more turn, behind the messages queued before it, and is dropped when one of them is a change.
   */
  private settingsChanged(): void {
    const generation = ++this.settingsGeneration;
    this.setups.clear();
    this.analyses.clear();
    clearTimeout(this.settingsTimer);
    this.settingsTimer = setTimeout(
      () => nextTurn(() => generation === this.settingsGeneration && this.reload()),
      SETTINGS_SETTLE_MS,
    );
  }

  private reload(): void {
    this.setups.clear();
    this.analyses.clear();
    this.problems.clear();
    if (this.push) this.push.recheckAll();
    else this.quietly(this.connection.languages.diagnostics.refresh());
  }

  private closed(uri: string): void {
    this.analyses.forget(uri);
    this.setups.forget(uri);
    this.push?.closed(uri);
  }

  /**
   * Requests to the client whose answer the server does not need: a client that refuses one
   * (an editor without diagnostic refresh, say) must not take the server down with an
   * unhandled rejection.
   */
  private quietly(request: Promise<unknown>): void {
    request.catch((error: unknown) =>
      this.connection.console.warn(`The client refused a request: ${(error as Error).message ?? error}`),
    );
  }
}

function folderFiles(params: InitializeParams, files: ProjectFiles): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((uri) => files.fileOf(uri) ?? []);
}
