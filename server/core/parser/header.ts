import type { HeaderField, HeaderKey } from '../model/determination';
import { PRIORITIES, headerKeyOf } from '../letter/grammar';
import { parseDate } from './dates';
import { contentStart, isBlank, type LetterLine } from './lines';

/** The shape of each non-date header value, for values written apart from their labels. */
const VALUE_SHAPES: Partial<Record<HeaderKey, RegExp>> = {
  caseNumber: /^[A-Z]{1,4}\d{2}-\d{3,}\b/,
  priority: new RegExp(`^(?:${PRIORITIES.join('|')})\\b`, 'i'),
};

const DATE_KEYS = new Set<HeaderKey>([
  'dateAssigned',
  'decisionDate',
  'dateOfInjury',
  'urDenialDate',
  'applicationReceived',
]);

/**
 * Reads the header block before the first section. Values stand after their labels
 * (`Case Number: CM14-0123456`) or, as pdftotext writes them, in a separate block after
 * all the labels; those are matched to the waiting labels in order, by their shape.
 */
export function readHeader(lines: LetterLine[], fromLine: number, toLine: number): HeaderField[] {
  const fields: HeaderField[] = [];
  const waiting: HeaderField[] = [];
  for (let i = fromLine; i < toLine; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const field = labelledField(line);
    if (field) {
      fields.push(field);
      if (!field.value) waiting.push(field);
      continue;
    }
    const next = waiting[0];
    if (next && looksLikeValue(next.key, line.text.trim())) {
      waiting.shift();
      assignValue(next, line, contentStart(line));
    }
  }
  return fields;
}

function labelledField(line: LetterLine): HeaderField | undefined {
  const from = contentStart(line);
  const rest = line.text.slice(from - line.start);
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon > 40) return undefined;
  const labelText = rest
    .slice(0, colon)
    .replace(/\*\*|__/g, '')
    .trim();
  const key = headerKeyOf(labelText);
  if (!key) return undefined;
  const field: HeaderField = { key, label: { value: labelText, span: { start: from, end: from + colon } } };
  assignValue(field, line, from + colon + 1);
  return field;
}

function assignValue(field: HeaderField, line: LetterLine, from: number): void {
  const raw = line.text.slice(from - line.start).replace(/\*\*|__/g, '  ');
  const value = raw.trim();
  if (!value) return;
  const start = from + raw.indexOf(value);
  field.value = { value, span: { start, end: start + value.length } };
  if (DATE_KEYS.has(field.key)) {
    field.date = parseDate(value, (a, b) => ({ start: start + a, end: start + b }));
  }
}

function looksLikeValue(key: HeaderKey, text: string): boolean {
  if (DATE_KEYS.has(key)) return parseDate(text, (start, end) => ({ start, end })) !== undefined;
  return VALUE_SHAPES[key]?.test(text) ?? false;
}
