import type { Span } from '../model/span';

/** One statement of a fact: its value and where it stands. */
export interface Stated {
  span: Span;
}

/**
 * Statements of one fact grouped by what they say, the group most places agree on first
 * (ties go to the group `preferred` is in). Each other group disagrees with it.
 */
export function agreement<P extends Stated>(
  places: P[],
  keyOf: (place: P) => string,
  preferred?: (place: P) => boolean,
): { agreed: P[]; others: P[][] } | undefined {
  const groups = new Map<string, P[]>();
  for (const place of places) {
    const list = groups.get(keyOf(place)) ?? [];
    list.push(place);
    groups.set(keyOf(place), list);
  }
  if (groups.size < 2) return undefined;
  const ranked = [...groups.values()].sort(
    (a, b) => b.length - a.length || Number(b.some((p) => preferred?.(p))) - Number(a.some((p) => preferred?.(p))),
  );
  return { agreed: ranked[0], others: ranked.slice(1) };
}

/** A statement is clearly the odd one out when it stands alone against at least two that agree. */
export function clearlyOdd<P>(agreed: P[], group: P[]): boolean {
  return agreed.length >= 2 && group.length === 1;
}
