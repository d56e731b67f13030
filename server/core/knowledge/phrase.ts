/**
 * Finds lower-case phrases in text on word boundaries, by linear scans (no regular expressions
 * built from data, so a pack's phrase can never make matching slow or throw).
 */

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Index of the first occurrence of `phrase` in `text`, at or after `from`, that stands on word
 * boundaries, or -1. Linear in the text whatever the phrase: short phrases (all real ones) use
 * the native search, whose cost per place tried is bounded by the phrase; a long one (a hostile
 * pack's) a Knuth-Morris-Pratt scan, which never looks at a character of the text twice.
 */
export function findPhrase(text: string, phrase: string, from = 0): number {
  if (phrase.length === 0) return -1;
  const standsAlone = (at: number) => onWordBoundaries(text, phrase, at);
  return phrase.length <= SHORT_PHRASE
    ? nativeFind(text, phrase, from, standsAlone)
    : kmpFind(text, phrase, from, standsAlone);
}

const SHORT_PHRASE = 64;

function onWordBoundaries(text: string, phrase: string, at: number): boolean {
  const before = at === 0 ? -1 : text.charCodeAt(at - 1);
  const after = at + phrase.length >= text.length ? -1 : text.charCodeAt(at + phrase.length);
  const startsOnWord = isWordChar(phrase.charCodeAt(0));
  const endsOnWord = isWordChar(phrase.charCodeAt(phrase.length - 1));
  return (!startsOnWord || !isWordChar(before)) && (!endsOnWord || !isWordChar(after));
}

function nativeFind(text: string, phrase: string, from: number, accept: (at: number) => boolean): number {
  for (let at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (accept(at)) return at;
  }
  return -1;
}

function kmpFind(text: string, phrase: string, from: number, accept: (at: number) => boolean): number {
  const fallback = fallbackTable(phrase);
  let matched = 0;
  for (let at = Math.max(0, from); at < text.length; at++) {
    const code = text.charCodeAt(at);
    while (matched > 0 && phrase.charCodeAt(matched) !== code) matched = fallback[matched - 1];
    if (phrase.charCodeAt(matched) === code) matched++;
    if (matched === phrase.length) {
      const start = at - phrase.length + 1;
      if (accept(start)) return start;
      matched = fallback[matched - 1];
    }
  }
  return -1;
}

/** Tables of the long phrases seen, so a phrase tried on every item is prepared once. */
const fallbackTables = new Map<string, Int32Array>();

/** For each prefix of the phrase, the length of its longest proper prefix that is also its suffix. */
function fallbackTable(phrase: string): Int32Array {
  let table = fallbackTables.get(phrase);
  if (table) return table;
  table = new Int32Array(phrase.length);
  for (let i = 1, length = 0; i < phrase.length; i++) {
    while (length > 0 && phrase.charCodeAt(i) !== phrase.charCodeAt(length)) length = table[length - 1];
    if (phrase.charCodeAt(i) === phrase.charCodeAt(length)) length++;
    table[i] = length;
  }
  if (fallbackTables.size >= 1000) fallbackTables.clear();
  fallbackTables.set(phrase, table);
  return table;
}

/** Where one of a set of phrases stands in a text: the phrase's index in the set, and its offset. */
export interface PhraseHit {
  phrase: number;
  at: number;
}

/**
 * Many phrases searched in one pass, as `findPhrase` finds each: a short phrase that starts
 * with a word character can only stand where a word of the text starts, so it is tried only at
 * the words equal to its own first word. The rest (a long phrase from a hostile pack, one that
 * opens with punctuation) are searched one by one as before. Build one per phrase list and keep it.
 */
export class PhraseSet {
  private readonly byFirstWord = new Map<string, number[]>();
  private readonly searchedAlone: number[] = [];

  constructor(readonly phrases: readonly string[]) {
    phrases.forEach((phrase, index) => {
      const firstWord = phrase.slice(0, wordEnd(phrase, 0));
      if (phrase.length > SHORT_PHRASE || firstWord.length === 0) {
        this.searchedAlone.push(index);
        return;
      }
      const list = this.byFirstWord.get(firstWord);
      if (list) list.push(index);
      else this.byFirstWord.set(firstWord, [index]);
    });
  }

  /** Every occurrence of every phrase on word boundaries, by position (at one position, in the phrases' order). */
  findAll(text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let at = 0; at < text.length; at++) {
      if (!isWordChar(text.charCodeAt(at)) || (at > 0 && isWordChar(text.charCodeAt(at - 1)))) continue;
      const end = wordEnd(text, at);
      const candidates = this.byFirstWord.get(text.slice(at, end));
      for (const index of candidates ?? []) {
        const phrase = this.phrases[index];
        if (text.startsWith(phrase, at) && onWordBoundaries(text, phrase, at)) hits.push({ phrase: index, at });
      }
      at = end - 1;
    }
    if (this.searchedAlone.length === 0) return hits;
    for (const index of this.searchedAlone) {
      const phrase = this.phrases[index];
      for (let at = findPhrase(text, phrase); at >= 0; at = findPhrase(text, phrase, at + 1))
        hits.push({ phrase: index, at });
    }
    return hits.sort((a, b) => a.at - b.at || a.phrase - b.phrase);
  }
}

/** The end of the run of word characters from `at`. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/** Lower-cases and folds runs of white space, as citation and title text is compared. */
export function normalizeText(text: string): string {
  return text.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

/** The longest of `phrases` found in (normalized) `text`, with its length; 0 when none is. */
export function longestPhraseIn(text: string, phrases: readonly string[]): number {
  let longest = 0;
  for (const phrase of phrases) {
    if (phrase.length > longest && findPhrase(text, phrase) >= 0) longest = phrase.length;
  }
  return longest;
}

/** Lower-cases without changing the length (a few characters, like 'İ', grow when lower-cased). */
export function lowerCaseKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (ch) => {
    const low = ch.toLowerCase();
    return low.length === ch.length ? low : ch;
  }).join('');
}
