import type { HeaderField, HeaderKey } from '../model/determination';
import { HEADER_KEYS, PRIORITIES, headerKeyOf } from '../letter/grammar';
import { parseDate } from './dates';
import { cellsOf, isTableRow, type Cell } from './header-cells';
import { isBlank, type LetterLine } from './lines';

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

/** A label waiting for a value written apart from it; `field` is absent for a label we do not know. */
interface Waiting {
  field?: HeaderField;
  column: number;
}

/** A run of header lines: labels waiting for values written apart from them, or those values. */
type Block = { labels: Waiting[] } | { values: Cell[] };

/**
 * Reads the header block before the first section. Values stand after their labels
 * (`Case Number: CM14-0123456`, or in the next column of the same line) or, as pdftotext
 * writes them, in a block after the labels (or, in some extractions, before them), possibly in
 * two columns and with a label wrapped over two lines. A block of values is paired with the
 * labels waiting for it column by column, in order; when the two blocks do not line up, dates
 * stay unread rather than guessed, since a date read under the wrong label (the UR date as the
 * date of injury) is worse than none.
 */
export function readHeader(lines: LetterLine[], fromLine: number, toLine: number): HeaderField[] {
  const rows = lines.slice(fromLine, toLine).filter((line) => !isBlank(line));
  const fields: HeaderField[] = [];
  const blocks: Block[] = [];
  for (const cells of joinWrappedLabels(rows.map(headerCellsOf))) {
    const last = blocks[blocks.length - 1];
    if (!cells.some((cell) => cell.label !== undefined)) {
      if (last && 'values' in last) last.values.push(...cells);
      else blocks.push({ values: [...cells] });
      continue;
    }
    const block = last && 'labels' in last ? last : { labels: [] };
    if (block !== last) blocks.push(block);
    readLabels(cells, fields, block.labels);
  }
  pairBlocks(withoutEdges(blocks));
  return fields;
}

/** The labels of a line: each known one a field, its value beside it read, or else waiting for one. */
function readLabels(cells: Cell[], fields: HeaderField[], waiting: Waiting[]): void {
  cells.forEach((cell, k) => {
    if (cell.label === undefined) return;
    const key = headerKeyOf(cell.label.value);
    const field: HeaderField | undefined = key && { key, label: cell.label };
    if (field) fields.push(field);
    const beside = cells[k + 1];
    if (field && cell.value) assignValue(field, cell.value);
    else if (field && beside && beside.label === undefined) assignValue(field, beside);
    else if (!cell.value) waiting.push({ field, column: cell.column });
  });
}

/** Each block of labels with the values it would take: the block after it (step 1) or before it (-1). */
type Reading = Array<readonly [Waiting[], Cell[]]>;

/**
 * Pairs each block of labels with its block of values: the one after it, as published letters
 * write the header. A header that opens with values may write them before their labels: it is
 * read the way under which more blocks line up with their labels; when both ways line up as
 * many, one block could be shifted against the other, and no date is read.
 */
function pairBlocks(blocks: Block[]): void {
  const after = readingOf(blocks, 1);
  if (!blocks.length || 'labels' in blocks[0]) return settleAll(after);
  const before = readingOf(blocks, -1);
  const [byAfter, byBefore] = [linedUp(after), linedUp(before)];
  if (byAfter === byBefore) for (const [labels, values] of after) pairByUniqueShape(labels, values);
  else settleAll(byAfter > byBefore ? after : before);
}

function readingOf(blocks: Block[], step: 1 | -1): Reading {
  return blocks.flatMap((block, k) => {
    if (!('labels' in block)) return [];
    const next = blocks[k + step];
    return [[block.labels, next && 'values' in next ? trimmed(next.values) : []] as const];
  });
}

function settleAll(reading: Reading): void {
  for (const [labels, values] of reading) settle(labels, values);
}

/** How many blocks of labels a reading lines up with their values. */
function linedUp(reading: Reading): number {
  return reading.filter(([labels, values]) => lineUp(labels, values)).length;
}

/**
 * The blocks without those at either end that pair nothing: values no header field takes (a
 * running title, a page number) and labels whose values all stand beside them.
 */
function withoutEdges(blocks: Block[]): Block[] {
  const pairsNothing = (block: Block) =>
    'values' in block ? trimmed(block.values).length === 0 : block.labels.length === 0;
  let from = 0;
  let to = blocks.length;
  while (from < to && pairsNothing(blocks[from])) from++;
  while (to > from && pairsNothing(blocks[to - 1])) to--;
  return blocks.slice(from, to);
}

/** A header line's cells, each label read as such. */
function headerCellsOf(row: LetterLine): Cell[] {
  const cells = cellsOf(row).flatMap(splitAtLabel);
  return isTableRow(row) ? cells.map(asTableLabel) : cells;
}

/**
 * A table's cell sets its label apart by the `|` alone (`| Date of Injury | 06/19/2014 |`): a
 * cell whose words are all a header label is that label, with or without its colon.
 */
function asTableLabel(cell: Cell): Cell {
  if (cell.label || !headerKeyOf(cell.text)) return cell;
  return { ...cell, label: { value: cell.text, span: cell.span } };
}

/** The words before a colon inside a value: a label, when a known one ends them. */
const WORDS_BEFORE_COLON = /((?:[A-Za-z][A-Za-z.()/&'-]*[ \u00a0]+){0,3}[A-Za-z][A-Za-z.()/&'-]*)[ \u00a0]*:/g;

/**
 * "Case Number: CM16-0201234 Date of Injury: 02/14/2016": when extraction has shrunk the gap
 * between two pairs to one space, a known label inside a value starts a cell of its own.
 */
function splitAtLabel(cell: Cell): Cell[] {
  const value = cell.value;
  if (!cell.label || !value) return [cell];
  for (const match of value.text.matchAll(WORDS_BEFORE_COLON)) {
    const words = match[1].split(/[ \u00a0]+/);
    // The longest run of the last words that is a known label ("Date of Injury", not "of Injury").
    const label = words.map((_, k) => words.slice(k).join(' ')).find((run) => headerKeyOf(run));
    if (!label) continue;
    const at = match.index + match[1].length - label.length;
    const before = value.text.slice(0, at).trimEnd();
    if (!before) continue;
    const start = value.span.start + at;
    const rest = value.text.slice(match.index + match[0].length);
    const restStart = value.span.start + value.text.length - rest.trimStart().length;
    const next: Cell = {
      text: value.text.slice(at),
      span: { start, end: value.span.end },
      column: cell.column + start - cell.span.start,
      label: { value: label, span: { start, end: start + label.length } },
      ...(rest.trim() ? { value: { text: rest.trim(), span: { start: restStart, end: value.span.end } } } : {}),
    };
    const end = value.span.start + before.length;
    const head: Cell = {
      ...cell,
      text: cell.text.slice(0, end - cell.span.start),
      span: { start: cell.span.start, end },
      value: { text: before, span: { start: value.span.start, end } },
    };
    return [head, ...splitAtLabel(next)];
  }
  return [cell];
}

const MAX_ROW_CELLS = 4;

/** "Application" over "Received:" in the same column is one label. */
function joinWrappedLabels(rows: Cell[][]): Cell[][] {
  const joined = rows.map((cells) => [...cells]);
  for (let r = 0; r + 1 < joined.length; r++) {
    // A header row holds two label-value pairs at most; a longer row is not a header's.
    if (joined[r].length > MAX_ROW_CELLS || joined[r + 1].length > MAX_ROW_CELLS) continue;
    for (const head of joined[r]) {
      if (head.label !== undefined) continue;
      const below = joined[r + 1].findIndex((cell) => sameColumn(cell.column, head.column) && cell.label);
      const tail = joined[r + 1][below];
      if (!tail?.label || headerKeyOf(tail.label.value)) continue;
      const words = `${head.text} ${tail.label.value}`;
      if (!headerKeyOf(words)) continue;
      head.label = { value: words, span: { start: head.span.start, end: tail.label.span.end } };
      head.value = tail.value;
      joined[r + 1].splice(below, 1);
    }
  }
  return joined.filter((cells) => cells.length > 0);
}

/**
 * Pairs a block of values (trimmed: set apart from a running title or page number) with the
 * labels waiting for it.
 */
function settle(waiting: Waiting[], values: Cell[]): void {
  const pairs = lineUp(waiting, values);
  if (!pairs) return pairByUniqueShape(waiting, values);
  for (const [{ field }, value] of pairs) if (field && fits(field.key, value.text)) assignValue(field, value);
}

/**
 * Labels and values paired column by column, in order, when the two blocks line up: as many
 * columns, as many cells in each, and no value in a label's place that fits another label.
 */
function lineUp(waiting: Waiting[], values: Cell[]): Array<readonly [Waiting, Cell]> | undefined {
  if (!waiting.length || !values.length) return undefined;
  const keys = [...new Set(waiting.flatMap(({ field }) => (field ? [field.key] : [])))];
  const labelColumns = columnsOf(waiting);
  const valueColumns = columnsOf(values);
  const aligned =
    labelColumns.length === valueColumns.length &&
    labelColumns.every((column, c) => column.length === valueColumns[c].length);
  if (!aligned) return undefined;
  const pairs = labelColumns.flatMap((column, c) => column.map((label, k) => [label, valueColumns[c][k]] as const));
  return pairs.every(([label, value]) => !inOtherPlace(label, value, keys)) ? pairs : undefined;
}

/** When the blocks do not line up, only a value that fits a single waiting label (never a date) is paired. */
function pairByUniqueShape(waiting: Waiting[], values: Cell[]): void {
  const open = new Map<HeaderKey, HeaderField[]>();
  for (const { field } of waiting) {
    if (!field) continue;
    const same = open.get(field.key);
    if (same) same.push(field);
    else open.set(field.key, [field]);
  }
  for (const value of values) {
    const candidates = [...open].filter(([key]) => fits(key, value.text));
    const [only] = candidates;
    if (candidates.length !== 1 || only[1].length !== 1 || DATE_KEYS.has(only[0])) continue;
    assignValue(only[1][0], value);
    open.delete(only[0]);
  }
}

/** A value in a label's place that fits another waiting label but not its own: the blocks are out of step. */
function inOtherPlace(label: Waiting, value: Cell, keys: HeaderKey[]): boolean {
  // What a label we cannot read takes is unknown, so its value says nothing about the step.
  if (!label.field || fits(label.field.key, value.text)) return false;
  return keys.some((key) => fits(key, value.text));
}

function trimmed(values: Cell[]): Cell[] {
  const fitsAny = (cell: Cell) => HEADER_KEYS.some((key) => fits(key, cell.text));
  const first = values.findIndex(fitsAny);
  if (first < 0) return [];
  const last = values.length - 1 - [...values].reverse().findIndex(fitsAny);
  return values.slice(first, last + 1);
}

/** Cells grouped by the column they start in (left to right), each in reading order. */
function columnsOf<T extends { column: number }>(cells: T[]): T[][] {
  const starts = [...new Set(cells.map((cell) => cell.column))].sort((a, b) => a - b);
  const columnOf = new Map<number, number>();
  let first = Number.NEGATIVE_INFINITY;
  for (const start of starts) {
    if (!sameColumn(first, start)) first = start;
    columnOf.set(start, first);
  }
  const columns = new Map<number, T[]>();
  for (const cell of cells) {
    const column = columnOf.get(cell.column) ?? cell.column;
    const list = columns.get(column);
    if (list) list.push(cell);
    else columns.set(column, [cell]);
  }
  return [...columns.keys()].sort((a, b) => a - b).map((column) => columns.get(column) ?? []);
}

/** Published letters align their columns; pdftotext may shift a cell by a character or two. */
function sameColumn(a: number, b: number): boolean {
  return Math.abs(a - b) <= 2;
}

function assignValue(field: HeaderField, cell: Pick<Cell, 'text' | 'span'>): void {
  const { text: value, span } = cell;
  if (!value) return;
  field.value = { value, span };
  if (DATE_KEYS.has(field.key)) {
    field.date = parseDate(value, (a, b) => ({ start: span.start + a, end: span.start + b }));
  }
}

function fits(key: HeaderKey, text: string): boolean {
  if (DATE_KEYS.has(key)) return parseDate(text, (start, end) => ({ start, end })) !== undefined;
  return VALUE_SHAPES[key]?.test(text) ?? false;
}
