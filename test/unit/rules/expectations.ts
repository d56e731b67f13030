import * as fs from 'fs';
import type { Range } from 'vscode-languageserver-types';
import { LineIndex } from '../../../server/core/model/line-index';

/** One finding a fixture expects: its rule and exact range, and its exact message when the fixture gives one. */
export interface Expected {
  rule: string;
  range: Range;
  message?: string;
}

const MARKER = /<!--\s*expect:([^>]*?)-->/g;
const ENTRY = /([a-z][a-z-]*)(?::([+-]\d+))?(?:\s+"([^"]*)")?/g;
/** Everything after it in a marker is the message its findings must carry (messages hold quotes of their own). */
const MESSAGE = /\bmessage:\s*/;

/**
 * Expected findings of a fixture. `.imr.md` fixtures carry markers in HTML comments:
 * `<!-- expect: rule-id -->` (this line) or `<!-- expect: rule-id:+1 "exact text" -->` (a line below);
 * with quoted text the range is that text (white space in it matches any run of white space, so a
 * wrapped title can be quoted), without it an empty range at the start of the line. A marker may end
 * with `message: exact text`, the message of its findings.
 * `.txt` fixtures list `{rule, range}` (and optionally `message`) in `<name>.txt.expect.json`.
 */
export function expectationsOf(file: string, text: string): Expected[] {
  if (file.endsWith('.txt')) return JSON.parse(fs.readFileSync(`${file}.expect.json`, 'utf8')) as Expected[];
  const lines = new LineIndex(text);
  const expected: Expected[] = [];
  for (const marker of text.matchAll(MARKER)) {
    const line = lines.positionAt(marker.index).line;
    const [entries, message] = marker[1].split(MESSAGE);
    for (const entry of entries.matchAll(ENTRY)) {
      const target = line + Number(entry[2] ?? 0);
      const range = rangeOnLine(text, lines, target, entry[3], file);
      expected.push({ rule: entry[1], range, ...(message === undefined ? {} : { message: message.trim() }) });
    }
  }
  return expected;
}

function rangeOnLine(text: string, lines: LineIndex, line: number, quoted: string | undefined, file: string): Range {
  const start = lines.lineStart(line);
  if (quoted === undefined) return lines.rangeOf({ start, end: start });
  const words = quoted.split(/\s+/).filter(Boolean);
  for (
    let at = text.indexOf(words[0], start);
    at >= 0 && at <= lines.lineEnd(line);
    at = text.indexOf(words[0], at + 1)
  ) {
    const end = matchWords(text, at, words);
    if (end >= 0) return lines.rangeOf({ start: at, end });
  }
  throw new Error(`${file}: marker text "${quoted}" not found on line ${line + 1}`);
}

/** Matches the words in order from `at`, any white space between them; returns the end or -1. */
function matchWords(text: string, at: number, words: string[]): number {
  let offset = at;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      const gap = offset;
      while (offset < text.length && /\s/.test(text[offset])) offset++;
      if (offset === gap) return -1;
    }
    if (!text.startsWith(words[k], offset)) return -1;
    offset += words[k].length;
  }
  return offset;
}
