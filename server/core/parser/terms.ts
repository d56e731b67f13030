import type { Located } from '../model/span';
import { lowerCaseKeepingOffsets } from '../knowledge/phrase';

/** A vocabulary entry the matcher can find: an id and its lower-case phrases. */
export interface Term {
  id: string;
  patterns: string[];
}

interface Phrase {
  id: string;
  words: string[];
}

export interface TermMatch {
  id: string;
  /** Folded-text positions [from, to). */
  from: number;
  to: number;
}

const WORD = /[a-z0-9]+(?:[''][a-z]+)?/g;

/** What most words start: no phrase (shared, not made anew for each word). */
const NO_PHRASES: readonly Phrase[] = [];

/**
 * Finds vocabulary phrases in text on word boundaries, in one pass over the words:
 * phrases are indexed by their first word, so the cost does not grow with the vocabulary.
 */
export class TermMatcher {
  private readonly byFirstWord = new Map<string, Phrase[]>();

  constructor(terms: readonly Term[]) {
    for (const term of terms) {
      for (const pattern of term.patterns) {
        const words = pattern.toLowerCase().match(WORD);
        if (!words) continue;
        const list = this.byFirstWord.get(words[0]) ?? [];
        list.push({ id: term.id, words });
        this.byFirstWord.set(words[0], list);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every match, left to right, the longest phrase at each position; matches do not overlap. */
  findAll(text: string): TermMatch[] {
    return this.matches(text, Infinity);
  }

  /** The first match, located through `spanOf`. */
  first(text: string, spanOf: (from: number, to: number) => Located['span']): Located | undefined {
    const match = this.matches(text, 1)[0];
    return match && { value: match.id, span: spanOf(match.from, match.to) };
  }

  /**
   * Up to `limit` matches. The words are scanned in place, as `WORD` would find them, and only a
   * word some phrase starts with is compared further, so a long text costs no object per word.
   */
  private matches(text: string, limit: number): TermMatch[] {
    const lower = lowerCaseKeepingOffsets(text);
    const matches: TermMatch[] = [];
    for (let from = nextWordStart(lower, 0); from < lower.length && matches.length < limit;) {
      const end = wordEnd(lower, from);
      let next = end;
      for (const phrase of this.byFirstWord.get(lower.slice(from, end)) ?? NO_PHRASES) {
        const last = phraseEnd(phrase, lower, end);
        if (last < 0) continue;
        matches.push({ id: phrase.id, from, to: last });
        next = last;
        break;
      }
      from = nextWordStart(lower, next);
    }
    return matches;
  }
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isLetterCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Where the next word (a match of `WORD`) starts at or after `at`; the text's length when none does. */
function nextWordStart(lower: string, at: number): number {
  while (at < lower.length && !isWordCode(lower.charCodeAt(at))) at++;
  return at;
}

/** The end of the word (a match of `WORD`) that starts at `from`: letters and digits, and one apostrophe with letters after. */
function wordEnd(lower: string, from: number): number {
  let end = from;
  while (end < lower.length && isWordCode(lower.charCodeAt(end))) end++;
  if (lower.charCodeAt(end) === APOSTROPHE && isLetterCode(lower.charCodeAt(end + 1))) {
    end++;
    while (end < lower.length && isLetterCode(lower.charCodeAt(end))) end++;
  }
  return end;
}

const APOSTROPHE = 0x27;

/** Where a phrase whose first word ends at `end` ends in the text, or -1 when its later words do not follow. */
function phraseEnd(phrase: Phrase, lower: string, end: number): number {
  for (let k = 1; k < phrase.words.length; k++) {
    const start = nextWordStart(lower, end);
    if (start >= lower.length) return -1;
    end = wordEnd(lower, start);
    const word = phrase.words[k];
    if (end - start !== word.length || !lower.startsWith(word, start)) return -1;
  }
  return end;
}

/** The number of words in a text (runs of letters and digits). */
export const wordsIn = (text: string): number => text.split(/[^A-Za-z0-9]+/).filter(Boolean).length;
