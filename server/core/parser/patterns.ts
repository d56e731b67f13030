/**
 * Long patterns built from named parts, so a reader sees what each part recognises (a
 * 400-character literal hides that). The parts keep their own capturing groups, in order.
 */

/** The parts' alternation, each part wrapped in a non-capturing group. */
export function anyOf(parts: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(parts.map((part) => `(?:${part.source})`).join('|'), flags);
}

/** Any of the words (each may be a small pattern, like `fails?`), on word boundaries. */
export function anyWord(groups: ReadonlyArray<readonly string[]>, flags = ''): RegExp {
  return new RegExp(`\\b(?:${groups.flat().join('|')})\\b`, flags);
}
