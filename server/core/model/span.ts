/**
 * Every part of a parsed letter points back into the letter's text with a Span:
 * UTF-16 code-unit offsets (as JavaScript strings count), `end` exclusive.
 * Converting to LSP line/character happens once, through the LineIndex.
 */
export interface Span {
  start: number;
  end: number;
}

/** A piece of letter text together with where it stands. */
export interface Located<T = string> {
  value: T;
  span: Span;
}

export function spanContains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}
