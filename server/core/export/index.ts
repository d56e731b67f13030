/**
 * Exporting a checked letter: its published text, and the findings that stop it leaving the
 * desk. A letter with errors (a section or credentials missing, a contradiction, an unfilled
 * placeholder) is not exported unless the reviewer says so.
 */
import type { Finding } from '../check/finding';
import type { LetterAnalysis } from '../features/analysis';
import { publishedText, type PublishedText } from './published-text';

export interface LetterExport extends PublishedText {
  /** The draft's errors, in letter order: an export with any is refused unless forced. */
  blockers: Finding[];
  /**
   * True when the letter is longer than the checker reads (MAX_PARSED_CHARS): the export would
   * lose its end, so it is never written.
   */
  incomplete: boolean;
}

/** The published text of the letter `letterText` as `analysis` read it. */
export function exportLetter(analysis: LetterAnalysis, letterText = analysis.determination.text): LetterExport {
  return {
    ...publishedText(analysis.determination),
    blockers: blockersOf(analysis.findings),
    incomplete: analysis.determination.text.length < letterText.length,
  };
}

export function blockersOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error').sort((a, b) => a.span.start - b.span.start);
}

export { publishedText, type PublishedText };
