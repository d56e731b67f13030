/**
 * Reads the JSON text of a config or pack file into a tree, totally: whatever the text, the
 * answer is a tree or one problem with its place, never an exception.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/**
 * Far deeper than any config or pack (the built-in packs nest six levels), far shallower than
 * the thousands of levels that overflow the parser's stack (a few KB of `[`).
 */
export const MAX_JSON_DEPTH = 100;

export interface JsonProblem {
  offset: number;
  length: number;
  reason: string;
}

export function readJsonTree(text: string, allowTrailingComma: boolean): { root: Node } | { problem: JsonProblem } {
  const tooDeep = depthBeyond(text, MAX_JSON_DEPTH);
  if (tooDeep >= 0) {
    return { problem: { offset: tooDeep, length: 1, reason: `nested more than ${MAX_JSON_DEPTH} levels deep` } };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma, disallowComments: false });
  const first = errors[0];
  // jsonc-parser reports empty text as an error too, so `first` is always there without a root.
  if (first || !root) {
    const reason = first ? `invalid JSON: ${describeParseError(printParseErrorCode(first.error))}` : 'invalid JSON';
    return { problem: { offset: first?.offset ?? 0, length: first?.length ?? 0, reason } };
  }
  return { root };
}

/**
 * The offset of the first bracket that opens level `limit + 1`, or -1. One pass that skips
 * strings and comments, so brackets inside them do not count.
 */
function depthBeyond(text: string, limit: number): number {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') at = stringEnd(text, at);
    else if (char === '/' && text[at + 1] === '/') at = lineEnd(text, at);
    else if (char === '/' && text[at + 1] === '*') at = blockCommentEnd(text, at);
    else if (char === '[' || char === '{') {
      if (++depth > limit) return at;
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** The offset of the quote closing the string opened at `start` (or of the line's end, where the parser stops too). */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '"' || char === '\n') return at;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

function blockCommentEnd(text: string, start: number): number {
  const end = text.indexOf('*/', start + 2);
  return end < 0 ? text.length : end + 1;
}

/** "CommaExpected" → "comma expected". */
function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
