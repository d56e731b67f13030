import type { PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { letterService, type LetterAnalyses } from './letters';
import type { RuleDocs } from '../core/features';

/**
 * How long a slow letter must stay unchanged before it is checked again, so typing never waits
 * on it. A letter that checks faster than FAST_CHECK_MS is checked on the next turn of the event
 * loop instead (changes already queued still coalesce): fresh findings at no cost to typing.
 */
const DEBOUNCE_MS = 150;
const FAST_CHECK_MS = 100;

/**
 * Pushes each open letter's diagnostics, tagged with the version they were computed for, once
 * per version and never for a version the client has already moved past.
 */
export class DiagnosticsPush {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Map<string, number>();
  /** What the last check of an edit (an incremental one) cost, per letter. */
  private readonly lastCost = new Map<string, number>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: LetterAnalyses,
    private readonly send: (params: PublishDiagnosticsParams) => Promise<void>,
    private readonly logError: (message: string) => void,
    private readonly docs: RuleDocs,
  ) {}

  opened(uri: string): void {
    this.schedule(uri, 0);
  }

  /**
   * A letter whose edits were not yet checked counts as fast: didOpen is followed at once by a
   * change event, which must not delay its first findings, and the full check on opening costs many
   * times what an edit's check does, so it must not delay the first edits either.
   */
  changed(uri: string): void {
    const cost = this.lastCost.get(uri);
    this.schedule(uri, cost === undefined || cost < FAST_CHECK_MS ? 0 : DEBOUNCE_MS);
  }

  /** Settings changed: every open letter is published again, whatever its version. */
  recheckAll(): void {
    this.published.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.published.delete(uri);
    this.lastCost.delete(uri);
    this.send({ uri, diagnostics: [] }).catch((error: Error) => this.logError(error.message));
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => void this.publish(uri), delay),
    );
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const document = this.documents.get(uri);
    if (!document || this.published.get(uri) === document.version) return;
    try {
      const checked = await this.analyses.check(document);
      if (this.documents.get(uri)?.version !== checked.version) return;
      this.published.set(uri, checked.version);
      if (checked.incremental) this.lastCost.set(uri, checked.millis);
      await this.send({
        uri,
        version: checked.version,
        diagnostics: letterService.diagnostics(checked.analysis, uri, this.docs),
      });
    } catch (error) {
      this.logError(`Checking ${uri} failed: ${(error as Error).stack ?? error}`);
    }
  }
}
