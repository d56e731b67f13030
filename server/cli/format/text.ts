import { countSeverities, type ItemCoverage, type FileReport, type SeverityCounts } from '../report';
import { printable } from './printable';
import { formatTable } from './table';

/**
 * Reads like a compiler: `file:line:col: severity rule-id message`, 1-based, one finding a line,
 * each place it relates to on an indented line below it (`  file:line:col: message`), then a
 * one-line summary. With `--items`, each letter's disputed items follow as a table. What comes
 * from the letter (file names, quoted text) is made printable.
 */
export function formatText(reports: FileReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    const at = (offset: number) => {
      const { line, character } = report.lines.positionAt(offset);
      return `${report.file}:${line + 1}:${character + 1}`;
    };
    for (const finding of report.findings) {
      out.push(printable(`${at(finding.span.start)}: ${finding.severity} ${finding.rule} ${finding.message}`));
      for (const place of finding.related ?? []) out.push(printable(`  ${at(place.span.start)}: ${place.message}`));
    }
    if (report.items) out.push(itemsTable(report.file, report.items));
  }
  const items = reports.flatMap((report) => report.items ?? []);
  if (items.length > 0) out.push(coverage(items));
  out.push(summary(reports.length, countSeverities(reports)));
  return `${out.join('\n')}\n`;
}

function itemsTable(file: string, items: ItemCoverage[]): string {
  const rows = items.map((item) => [
    String(item.range.start.line + 1),
    item.decision ?? '-',
    item.treatment ?? '-',
    item.region ?? '-',
    item.setting ?? '-',
    shortened(item.title, TITLE_WIDTH),
    item.knowledge.length > 0 ? item.knowledge.map((entry) => entry.id).join(', ') : `(${item.unjudged ?? 'none'})`,
  ]);
  const heading = `${printable(file)}: ${plural(items.length, 'disputed item')}, ${judgedCount(items)} with guideline knowledge`;
  if (rows.length === 0) return heading;
  return `${heading}\n${formatTable(['line', 'decision', 'treatment', 'region', 'setting', 'title', 'knowledge'], rows, '  ')}`;
}

/** Titles run long (partial approvals); the JSON report carries them whole. */
const TITLE_WIDTH = 60;

function shortened(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** The share of items some limit or criteria entry can judge (how much of the letters the knowledge covers). */
function coverage(items: ItemCoverage[]): string {
  const judged = judgedCount(items);
  const share = Math.round((100 * judged) / items.length);
  return `Coverage: ${judged} of ${plural(items.length, 'disputed item')} (${share} %) have guideline knowledge`;
}

function judgedCount(items: ItemCoverage[]): number {
  return items.filter((item) => item.knowledge.length > 0).length;
}

function summary(letters: number, counts: SeverityCounts): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.information > 0) parts.push(`${counts.information} information`);
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  return `${plural(letters, 'letter')} checked: ${parts.join(', ')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
