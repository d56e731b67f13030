import { diagnosticOf, type FileReport } from '../report';

/** Exactly one JSON array, one object per letter, as `--format json` promises. */
export function formatJson(reports: FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    diagnostics: report.findings.map((finding) => diagnosticOf(report, finding)),
    ...(report.items ? { items: report.items } : {}),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
