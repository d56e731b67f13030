import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Finding, Fix, Severity } from '../check/finding';
import type { LineIndex } from '../model/line-index';

/** Where each rule's documentation lives; the anchor is the rule id. */
export const RULE_DOCS_URL = 'https://github.com/imr-determinations/imr-determinations/blob/main/README.md';

/** A rule's documentation link, as diagnostics and the CLI's SARIF give it. */
export function ruleDocUrl(ruleId: string): string {
  return `${RULE_DOCS_URL}#${ruleId}`;
}
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
export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string): Diagnostic {
  const data: FindingData = {
    rule: finding.rule,
    item: finding.item,
    fixes: finding.fixes.map((fix) => toFixData(fix, lines)),
  };
  return {
    range: lines.rangeOf(finding.span),
    severity: SEVERITIES[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(finding.rule) },
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

export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, uri: string): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(finding, lines, uri));
}

export function toFixData(fix: Fix, lines: LineIndex): FixData {
  const data: FixData = { title: fix.title, safe: fix.safe, preferred: fix.preferred, edits: toTextEdits(fix, lines) };
  if (fix.snippet) data.snippet = true;
  return data;
}

export function toTextEdits(fix: Fix, lines: LineIndex): TextEdit[] {
  return fix.changes.map((change) => ({ range: lines.rangeOf(change.span), newText: change.newText }));
}
