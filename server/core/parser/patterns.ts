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

/** Words of a lexicon as one alternative of a pattern: longest first, any white space between a phrase's words. */
export function anyPhrase(list: readonly string[]): string {
  const phrases = [...list].sort((a, b) => b.length - a.length);
  return `(?:${phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}
