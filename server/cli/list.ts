import { listGuidelines, type GuidelineListing, type KnowledgeBase } from '../core/knowledge';
import type { Rule } from '../core/check/rule';
import type { OutputFormat } from './options';
import { formatTable } from './format/table';

/** `--list-rules`: id, default severity and one-line description of every rule. */
export function listRules(rules: readonly Rule[], format: OutputFormat): string {
  const entries = rules.map((rule) => ({ id: rule.id, severity: rule.defaultSeverity, description: rule.description }));
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  const rows = entries.map((entry) => [entry.id, entry.severity, entry.description]);
  return `${formatTable(['rule', 'severity', 'description'], rows)}\n`;
}

/** `--list-guidelines`: every limit, criteria and drug entry, as loaded (built-in and pack entries alike). */
export function listGuidelineEntries(knowledge: KnowledgeBase, format: OutputFormat): string {
  const listings = listGuidelines(knowledge);
  if (format === 'json') return `${JSON.stringify(listings, null, 2)}\n`;
  const rows = listings.map((entry) => [
    entry.id,
    entry.kind,
    entry.guideline ?? '-',
    entry.treatment ?? '-',
    entry.region ?? 'any',
    String(entry.confidence),
    drugListCell(entry),
    entry.passage,
  ]);
  const headers = ['id', 'kind', 'guideline', 'treatment', 'region', 'confidence', 'drug list', 'passage'];
  return `${formatTable(headers, rows)}\n`;
}

/** A drug's MTUS Drug List status as the JSON gives it: "non-exempt v.1 2018-01-01 (verified)", "not-confirmed". */
function drugListCell(entry: GuidelineListing): string {
  if (!entry.drugList) return '-';
  const { status, list, confidence } = entry.drugList;
  return list ? `${status} ${list.version} ${list.effective} (${confidence})` : status;
}
