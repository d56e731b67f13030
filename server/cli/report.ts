import type { Range } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../core/check/finding';
import type { LetterAnalysis } from '../core/service';
import type { LineIndex } from '../core/model/line-index';

/** One disputed item in the coverage report: what was read of it, and which knowledge entries judge it. */
export interface ItemCoverage {
  title: string;
  decision: string | null;
  treatment: string | null;
  /** Body-region id, `multiple` when the title names several (listed in `regions`), or null when none was read. */
  region: string | null;
  regions?: string[];
  /** `acute`, `chronic` or `post-operative`, or null when the letter does not say. */
  setting: string | null;
  range: Range;
  /** Every limit or criteria entry that fits the item. */
  knowledge: KnowledgeApplied[];
  /** Why no entry fits ("no region", "no entry for treatment" …), or null when one does. */
  unjudged: string | null;
  /**
   * With `no entry in force`: the guidelines whose entries fit the item but for the letter's date, and
   * why each does not hold then (`not in force`, or `content not known` for that date).
   */
  outOfDate?: Array<{ guideline: string; why: string }>;
  /** The rationale's conclusion as the reader read it, with its sentence; null when none was read. */
  conclusion: ConclusionJson | null;
}

export interface ConclusionJson {
  necessary: boolean;
  strength: 'explicit' | 'implied';
  text: string;
}

/** A knowledge entry applied to an item. */
export interface KnowledgeApplied {
  id: string;
  /** Guideline id. */
  guideline: string;
  /** The treatment (or, for a criteria entry, the treatments joined with ", ") it is written for; null for a drug-class entry. */
  treatment: string | null;
  /** The regions it is written for; empty when it applies to any. */
  regions: string[];
}

/**
 * The CLI's report on one file: what the check found, where in the letter, and with `--items` its
 * coverage; not the letter's parse, which a folder's run would otherwise hold for every letter.
 */
export interface FileReport {
  /** The path as the user gave it or as found under a folder. */
  file: string;
  findings: Finding[];
  /** The letter's lines, for the positions of the findings. */
  lines: LineIndex;
  truncated?: LetterAnalysis['truncated'];
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

export function diagnosticOf(report: FileReport, finding: Finding): DiagnosticJson {
  const { rule, severity, message } = finding;
  const { lines } = report;
  const related = finding.related?.map((place) => ({ range: lines.rangeOf(place.span), message: place.message }));
  return { rule, severity, message, range: lines.rangeOf(finding.span), ...(related?.length ? { related } : {}) };
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(reports: FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) {
    for (const finding of report.findings) counts[finding.severity]++;
  }
  return counts;
}
