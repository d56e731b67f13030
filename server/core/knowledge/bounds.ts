import { displayPath, type SchemaViolation } from './schema';

type Path = Array<string | number>;

/**
 * Figures and windows whose lower end is above their upper end: a `{min, max}` range with min > max,
 * an era `{from, to}` that ends before it starts. JSON Schema cannot say that one value must not
 * exceed another, and such an entry is no figure at all: an "up to 6" that starts at 10 would make
 * every request exceed it and every quoted figure a misquote, a window that ends before it starts
 * would never be in force. Reported like a schema violation, on the lower end.
 */
export function invertedBounds(value: unknown): SchemaViolation[] {
  const problems: SchemaViolation[] = [];
  const visit = (node: unknown, path: Path): void => {
    if (Array.isArray(node)) return node.forEach((child, index) => visit(child, [...path, index]));
    if (typeof node !== 'object' || node === null) return;
    const fields = node as Record<string, unknown>;
    const inverted = invertedPair(fields, 'min', 'max') ?? invertedPair(fields, 'from', 'to');
    if (inverted) problems.push({ path: [...path, inverted.low], reason: describe(path, inverted) });
    for (const [key, child] of Object.entries(fields)) visit(child, [...path, key]);
  };
  visit(value, []);
  return problems;
}

interface Pair {
  low: string;
  high: string;
  lowValue: number | string;
  highValue: number | string;
}

/** The pair when both ends are there, of one type, and the lower one is the greater (ISO dates compare as text). */
function invertedPair(fields: Record<string, unknown>, low: string, high: string): Pair | undefined {
  const lowValue = fields[low];
  const highValue = fields[high];
  const comparable =
    (typeof lowValue === 'number' && typeof highValue === 'number') ||
    (typeof lowValue === 'string' && typeof highValue === 'string');
  if (!comparable || lowValue <= highValue) return undefined;
  return { low, high, lowValue, highValue };
}

function describe(path: Path, pair: Pair): string {
  const order = pair.low === 'min' ? 'is more than' : 'is after';
  return `${displayPath(path)}: ${pair.low} ${String(pair.lowValue)} ${order} ${pair.high} ${String(pair.highValue)}`;
}
