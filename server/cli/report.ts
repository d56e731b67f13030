import type { Range } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../core/check/finding';
import type { Determination } from '../core/model/determination';

/** One disputed item in the coverage report: which knowledge entries could judge it. */
export interface ItemCoverage {
  title: string;
  decision: string | null;
  treatment: string | null;
  range: Range;
  /** Ids of every limit or criteria entry that applies to the item. */
  knowledge: string[];
}

/** What checking one letter produced, ready for any output format. */
export interface LetterReport {
  /** The path as the user gave it or as found under a folder. */
  file: string;
  determination: Determination;
  findings: Finding[];
  /** Present with `--items`. */
  items?: ItemCoverage[];
}

/** A finding as the JSON output carries it: LSP positions (0-based lines, UTF-16 characters). */
export interface DiagnosticJson {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The other places the finding names, as LSP `relatedInformation` carries them (without the file). */
  related?: { range: Range; message: string }[];
}

export function diagnosticOf(report: LetterReport, finding: Finding): DiagnosticJson {
  const { rule, severity, message } = finding;
  const { lines } = report.determination;
  const related = finding.related?.map((place) => ({ range: lines.rangeOf(place.span), message: place.message }));
  return { rule, severity, message, range: lines.rangeOf(finding.span), ...(related?.length ? { related } : {}) };
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(reports: LetterReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) {
    for (const finding of report.findings) counts[finding.severity]++;
  }
  return counts;
}
