import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Finding, Fix, Severity } from '../check/finding';
import type { LineIndex } from '../model/line-index';

/**
 * Where a rule's documentation is, as a link the client can open: the README shipped with the
 * extension, server and CLI (readable offline), or a command of the client that shows it.
 */
export type RuleDocs = (rule: string) => string;
export const DIAGNOSTIC_SOURCE = 'imr';

/** A fix as LSP edits, carried in `Diagnostic.data` so a client can apply it without asking again. */
export interface FixData {
  title: string;
  safe: boolean;
  preferred?: boolean;
  /** The edits are a snippet with tab stops: only a client that inserts snippets can apply them. */
  snippet?: boolean;
  edits: TextEdit[];
}

export interface FindingData {
  rule: string;
  item?: number;
  fixes: FixData[];
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `uri` is the letter's: the places a finding relates to are in the same letter. */
export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string, docs?: RuleDocs): Diagnostic {
  const data: FindingData = {
    rule: finding.rule,
    item: finding.item,
    fixes: finding.fixes.map((fix) => toFixData(fix, lines)),
  };
  return {
    range: lines.rangeOf(finding.span),
    severity: SEVERITIES[finding.severity],
    code: finding.rule,
    ...(docs ? { codeDescription: { href: docs(finding.rule) } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(finding.related?.length
      ? {
          relatedInformation: finding.related.map((place) => ({
            location: { uri, range: lines.rangeOf(place.span) },
            message: place.message,
          })),
        }
      : {}),
    data,
  };
}

export function toDiagnostics(
  findings: readonly Finding[],
  lines: LineIndex,
  uri: string,
  docs?: RuleDocs,
): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(finding, lines, uri, docs));
}

export function toFixData(fix: Fix, lines: LineIndex): FixData {
  const data: FixData = { title: fix.title, safe: fix.safe, preferred: fix.preferred, edits: toTextEdits(fix, lines) };
  if (fix.snippet) data.snippet = true;
  return data;
}

export function toTextEdits(fix: Fix, lines: LineIndex): TextEdit[] {
  return fix.changes.map((change) => ({ range: lines.rangeOf(change.span), newText: change.newText }));
}
