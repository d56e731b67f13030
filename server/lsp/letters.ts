import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createLetterService, type LetterAnalysis } from '../core/service';
import type { LetterSetup, LetterSetups } from './letter-setup';
import type { CheckedLetter } from './warm-up';

/** The server's one front door to the core, the same the CLI checks through. */
export const letterService = createLetterService();

/** The analysis of one version of an open letter, and what it cost. */
export interface VersionedAnalysis {
  version: number;
  analysis: LetterAnalysis;
  /** How long parsing and checking took, which decides how long the next check waits for typing to pause. */
  millis: number;
  /** Whether the previous version's analysis was reused: only then does `millis` say what an edit costs. */
  incremental: boolean;
}

/**
 * The check of each open letter, remembered by version: diagnostics, hovers, completions and
 * code actions on one version share one parse and one check.
 */
export class LetterAnalyses {
  private readonly cache = new Map<string, { version: number; setup: LetterSetup; checked: VersionedAnalysis }>();

  constructor(
    private readonly setups: LetterSetups,
    /** Told of every check made (not of those answered from this cache). */
    private readonly onChecked?: (letter: CheckedLetter) => void,
  ) {}

  async check(document: TextDocument): Promise<VersionedAnalysis> {
    const setup = await this.setups.forUri(document.uri);
    // Read version and text together after the wait: the document may have changed meanwhile.
    const version = document.version;
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === version && cached.setup === setup) return cached.checked;
    // Date.now, not performance.now: Node loads perf_hooks at the first use of `performance`, some 2 ms of a start.
    const started = Date.now();
    const previous = cached?.setup === setup ? cached.checked.analysis : undefined;
    const analysis = letterService.analyze(document.getText(), setup, previous);
    const checked = { version, analysis, millis: Date.now() - started, incremental: previous !== undefined };
    this.cache.set(document.uri, { version, setup, checked });
    this.onChecked?.({ text: document.getText(), setup, analysis });
    return checked;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
