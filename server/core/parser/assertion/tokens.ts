import { wordKey } from '../../knowledge/assertion-lexicon';

/** A word (or , ; :) of a sentence, at folded-text offsets. */
export interface Token {
  key: string;
  from: number;
  to: number;
  punct: boolean;
  /** Inside quotation marks: the guideline (or another source) speaking. */
  quoted: boolean;
}

const NOT_SUFFIX = /^([A-Za-z]+)(n['’]t)$/i;
const NOT_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/** The words of text[from, to): "doesn't" is "does" + "n't", hyphens and slashes separate words. */
export function tokensOf(text: string, from: number, to: number, quoted: (at: number) => boolean): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, from, to, (word, start, end, wordStart) => {
    tokens.push({ key: wordKey(word), from: start, to: end, punct: isPunctuation(word), quoted: quoted(wordStart) });
    return false;
  });
  return tokens;
}

/** Whether some word of text[from, to) has a key `accept` takes; no token is made. */
export function someWordKey(text: string, from: number, to: number, accept: (key: string) => boolean): boolean {
  return forEachWord(text, from, to, (word) => accept(wordKey(word)));
}

/**
 * Calls `visit` with each word of text[from, to) — a run of letters and digits, with any
 * apostrophe-joined letters ("patient's"), or one of , ; : — where a negated auxiliary is two
 * words, its base and "n't". Stops, and returns true, when `visit` does.
 */
function forEachWord(
  text: string,
  from: number,
  to: number,
  visit: (word: string, start: number, end: number, wordStart: number) => boolean,
): boolean {
  for (let at = from; at < to;) {
    const code = text.charCodeAt(at);
    if (code === COMMA || code === SEMICOLON || code === COLON) {
      if (visit(text[at], at, at + 1, at)) return true;
      at++;
      continue;
    }
    if (!isAlphanumeric(code)) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < to && isAlphanumeric(text.charCodeAt(end))) end++;
    while (end + 1 < to && isApostrophe(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) {
      end += 2;
      while (end < to && isLetter(text.charCodeAt(end))) end++;
    }
    let word = text.slice(at, end);
    // A word hyphenated at a line end reads whole once the line break is folded: "medi- cally".
    const rest = continuationAt(text, end, to);
    if (rest) {
      word += text.slice(rest.from, rest.to);
      end = rest.to;
    }
    // Only a word with an apostrophe before its last letter can end in "n't": the others skip the expression.
    const not = isApostrophe(word.charCodeAt(word.length - 2)) ? NOT_SUFFIX.exec(word) : null;
    if (not && not[1].length > 1) {
      const base = not[1].toLowerCase();
      const cut = at + not[1].length;
      if (visit(NOT_BASES[base] ?? base, at, cut, at) || visit("n't", cut, end, at)) return true;
    } else if (visit(word, at, end, at)) return true;
    at = end;
  }
  return false;
}

/** The rest of a word after "- " (a line-end hyphen, its line break folded), when it goes on in lower case. */
function continuationAt(text: string, at: number, to: number): { from: number; to: number } | undefined {
  if (text.charCodeAt(at) !== HYPHEN || text.charCodeAt(at + 1) !== SPACE) return undefined;
  const from = at + 2;
  const code = text.charCodeAt(from);
  if (from >= to || code < 97 || code > 122) return undefined;
  let end = from + 1;
  while (end < to && isLetter(text.charCodeAt(end))) end++;
  return { from, to: end };
}

const HYPHEN = 0x2d;
const SPACE = 0x20;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const COLON = 0x3a;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAlphanumeric(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}

/** ' and ’. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function isPunctuation(word: string): boolean {
  return word === ',' || word === ';' || word === ':';
}

/** Where quotation marks enclose text (a pair at most `MAX_QUOTE` apart); an unpaired mark encloses nothing. */
export function quotedRegions(text: string): (at: number) => boolean {
  const regions: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '"' && ch !== '“' && ch !== '”') continue;
    const opens = ch === '“' || (ch === '"' && open < 0);
    if (opens) open = i;
    else if (open >= 0) {
      if (i - open <= MAX_QUOTE) regions.push([open, i]);
      open = -1;
    }
  }
  // Indexing, not destructuring: this runs for every word of every rationale.
  return (at) => regions.some((region) => region[0] < at && at < region[1]);
}

const MAX_QUOTE = 600;

/** "radiographs" and "radiograph" name the same thing, and so do "patches" and "patch". */
export function stem(key: string): string {
  const singular = key.length > 3 && key.endsWith('s') ? key.slice(0, -1) : key;
  return SIBILANT_E.test(singular) ? singular.slice(0, -1) : singular;
}

/** An "e" after a sibilant, which an "-es" plural adds ("patches", "boxes"): dropped from both forms ("ache", "aches"). */
const SIBILANT_E = /(?:ch|sh|x|z)e$/;
