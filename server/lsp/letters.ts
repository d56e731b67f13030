import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/check/finding';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzeLetter,
  DIAGNOSTIC_SOURCE,
  largeLetterNotice,
  toDiagnostics,
  type LetterAnalysis,
} from '../core/features';
import type { LetterSetup, LetterSetups } from './letter-setup';

/** A letter checked at one version. */
export interface CheckedLetter {
  version: number;
  analysis: LetterAnalysis;
  /** How long parsing and checking took, which decides how long the next check waits for typing to pause. */
  millis: number;
}

/**
 * The check of each open letter, remembered by version: diagnostics, hovers, completions and
 * code actions on one version share one parse and one check.
 */
export class LetterAnalyses {
  private readonly cache = new Map<string, { version: number; setup: LetterSetup; checked: CheckedLetter }>();

  constructor(private readonly setups: LetterSetups) {}

  async check(document: TextDocument): Promise<CheckedLetter> {
    const setup = await this.setups.forUri(document.uri);
    // Read version and text together after the wait: the document may have changed meanwhile.
    const version = document.version;
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === version && cached.setup === setup) return cached.checked;
    const started = performance.now();
    const previous = cached?.setup === setup ? cached.checked.analysis : undefined;
    const analysis = analyzeLetter(document.getText(), setup, previous);
    const checked = { version, analysis, millis: performance.now() - started };
    this.cache.set(document.uri, { version, setup, checked });
    return checked;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

/**
 * No editor needs more findings than this for one letter, and publishing thousands (a paste of
 * 5,000 item headers) costs seconds; beyond it the most severe are kept and one notice counts the rest.
 */
export const MAX_PUBLISHED_FINDINGS = 1000;

export function diagnosticsOf(analysis: LetterAnalysis, uri: string): Diagnostic[] {
  const shown = mostSevere(analysis.findings, MAX_PUBLISHED_FINDINGS);
  const diagnostics = toDiagnostics(shown, analysis.determination.lines, uri);
  const notices = [largeLetterNotice(analysis), moreFindingsNotice(analysis.findings.length - shown.length)];
  return [...notices.filter((notice): notice is Diagnostic => notice !== undefined), ...diagnostics];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** At most `limit` findings, the most severe first, kept in document order. */
function mostSevere(findings: Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return findings;
  const kept = new Set(
    [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]).slice(0, limit),
  );
  return findings.filter((finding) => kept.has(finding));
}

function moreFindingsNotice(omitted: number): Diagnostic | undefined {
  if (omitted <= 0) return undefined;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'too-many-findings',
    source: DIAGNOSTIC_SOURCE,
    message: `This letter has ${MAX_PUBLISHED_FINDINGS + omitted} findings; the ${MAX_PUBLISHED_FINDINGS} most severe are shown, and ${omitted} more are not.`,
  };
}
