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
    const words = wordsOf(text);
    const matches: TermMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const phrase = (this.byFirstWord.get(words[i].word) ?? []).find((candidate) => matchesAt(candidate, words, i));
      if (!phrase) continue;
      const last = words[i + phrase.words.length - 1];
      matches.push({ id: phrase.id, from: words[i].from, to: last.to });
      i += phrase.words.length - 1;
    }
    return matches;
  }

  /** The first match, located through `spanOf`. */
  first(text: string, spanOf: (from: number, to: number) => Located['span']): Located | undefined {
    const match = this.findAll(text)[0];
    return match && { value: match.id, span: spanOf(match.from, match.to) };
  }
}

interface Word {
  word: string;
  from: number;
  to: number;
}

function wordsOf(text: string): Word[] {
  const lower = lowerCaseKeepingOffsets(text);
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    words.push({ word: match[0], from: match.index, to: match.index + match[0].length });
  }
  return words;
}

function matchesAt(phrase: Phrase, words: Word[], at: number): boolean {
  if (at + phrase.words.length > words.length) return false;
  return phrase.words.every((word, k) => words[at + k].word === word);
}
