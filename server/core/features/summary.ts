import type { LetterSummary } from '../../shared/protocol';
import type { LetterAnalysis } from './analysis';

/** Counts for the status bar. */
export function letterSummary(analysis: LetterAnalysis): LetterSummary {
  const { items } = analysis.determination;
  const count = (severity: string) => analysis.findings.filter((finding) => finding.severity === severity).length;
  return {
    items: items.length,
    upheld: items.filter((item) => item.decision?.value === 'Upheld').length,
    overturned: items.filter((item) => item.decision?.value === 'Overturned').length,
    errors: count('error'),
    warnings: count('warning'),
  };
}
