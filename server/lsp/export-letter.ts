/**
 * The server's answer to `imr/exportLetter`: the letter's published text or its PDF, with the
 * errors that stop the export. The server writes nothing: the editor writes the file the
 * reviewer chose.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { exportLetter } from '../core/export';
import type { LetterAnalysis } from '../core/features/analysis';
import type { ExportFormat, ExportLetterResult } from '../shared/protocol';
import { bytesToBase64 } from '../shared/base64';

export async function exportResult(
  analysis: LetterAnalysis,
  document: TextDocument,
  format: ExportFormat,
): Promise<ExportLetterResult> {
  const exported = exportLetter(analysis, document.getText());
  const { lines } = analysis.determination;
  const blockers = exported.blockers.map(({ rule, message, span }) => ({
    rule,
    message,
    ...lines.positionAt(span.start),
  }));
  const result = { blockers, incomplete: exported.incomplete, replaced: [] };
  if (exported.incomplete) return { ...result, content: '', encoding: 'utf8' };
  if (format === 'text') return { ...result, content: exported.text, encoding: 'utf8' };
  // Loaded only here: the PDF library unpacks its font tables when loaded, which would delay start-up.
  const { publishedPdf } = await import('../pdf/index.js');
  const pdf = await publishedPdf(exported.text, analysis.knowledge);
  return { ...result, content: bytesToBase64(pdf.bytes), encoding: 'base64', replaced: pdf.replaced };
}
