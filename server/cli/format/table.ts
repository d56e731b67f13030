import { printable } from './printable';

/** Left-aligned columns separated by two spaces; the last column is never padded. Cells are made printable. */
export function formatTable(header: string[], cells: string[][], indent = ''): string {
  const rows = cells.map((row) => row.map(printable));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    indent + cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ');
  return [header, ...rows].map(line).join('\n');
}
