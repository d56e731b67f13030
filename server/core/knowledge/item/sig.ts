/**
 * Reads a prescription's sig as an item title writes it after a drug's name ("10/325 mg 1 tab po
 * q6h prn #120", "30 mg six times daily"): the strength, the tablets per take and the takes per
 * day, with the words of `data/dosing-lexicon.json`. A range ("q4-6h", "1-2 tabs") is kept as a
 * range, so a caller can judge by its lower end.
 */
import lexiconData from '../data/dosing-lexicon.json';
import { readCount } from '../number-words';

export interface CountRange {
  min: number;
  max: number;
}

/** A reading with the words it was read from, for a hover to quote. */
export interface SigPart<T> {
  value: T;
  text: string;
}

export interface Sig {
  /** The first figure of "10/325 mg", "30 mg" or a patch's "25 mcg/hr", with its unit. */
  strength?: SigPart<{ amount: number; unit: 'mg' | 'mcg' }>;
  /** Tablets (capsules, pills) per take; absent when the title does not say. */
  takes?: SigPart<CountRange>;
  /** Takes per day. */
  perDay?: SigPart<CountRange>;
}

interface Token {
  word: string;
  from: number;
  to: number;
}

type Reads = 'count' | 'interval' | number;

interface Lexicon {
  classes: Record<string, string[][]>;
  frequencies: Array<{ pattern: string[]; reads: Reads }>;
  takes: string[][];
}

interface LexiconFile {
  classes: Record<string, { phrases: string[] }>;
  frequencies: Array<{ pattern: string; reads: Reads }>;
  takes: Array<{ pattern: string }>;
}

let cached: Lexicon | undefined;

function lexicon(): Lexicon {
  cached ??= indexLexicon(lexiconData as LexiconFile);
  return cached;
}

function indexLexicon(file: LexiconFile): Lexicon {
  const words = (phrase: string) => phrase.split(' ');
  const longestFirst = (phrases: string[]) => phrases.map(words).sort((a, b) => b.length - a.length);
  return {
    classes: Object.fromEntries(
      Object.entries(file.classes).map(([name, { phrases }]) => [name, longestFirst(phrases)]),
    ),
    frequencies: file.frequencies.map(({ pattern, reads }) => ({ pattern: words(pattern), reads })),
    takes: file.takes.map(({ pattern }) => words(pattern)),
  };
}

/** Words, figures and the marks / - # of a text, lower-cased; dots inside abbreviations dropped ("q.i.d." is "qid"). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\d+(?:\.\d+)?|[a-z]+(?:\.[a-z]+)*\.?|[/#-]/g;
  const lower = text.toLowerCase();
  for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
    const word = /[a-z]/.test(match[0]) ? match[0].replace(/\./g, '') : match[0];
    tokens.push({ word, from: match.index, to: match.index + match[0].length });
  }
  return tokens;
}

/** Where a pattern matched: the token after it and the count its {n} read. */
interface Match {
  end: number;
  count?: CountRange;
}

/** A count in digits or words at a token ("6", "six", "twice", "twenty-four"), with the token after it. */
function numberAt(tokens: readonly Token[], at: number): { value: number; end: number } | undefined {
  const word = tokens[at]?.word;
  if (word === undefined) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(word)) return { value: Number(word), end: at + 1 };
  const compound =
    tokens[at + 1]?.word === '-' && tokens[at + 2] ? readCount(`${word}-${tokens[at + 2].word}`) : undefined;
  if (compound !== undefined) return { value: compound, end: at + 3 };
  const value = readCount(word);
  return value === undefined ? undefined : { value, end: at + 1 };
}

/** A count or a range of counts ("4-6", "four to six") at a token. */
function countAt(tokens: readonly Token[], at: number): Match | undefined {
  const first = numberAt(tokens, at);
  if (first === undefined || !(first.value > 0) || tokens[at - 1]?.word === '#') return undefined;
  for (const joiner of lexicon().classes.range) {
    const after = wordsAt(tokens, first.end, joiner);
    const second = after === undefined ? undefined : numberAt(tokens, after);
    if (second !== undefined && second.value > 0) {
      const min = Math.min(first.value, second.value);
      const max = Math.max(first.value, second.value);
      return { end: second.end, count: { min, max } };
    }
  }
  return { end: first.end, count: { min: first.value, max: first.value } };
}

/** The token after a phrase's words when they stand at `at`. */
function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): number | undefined {
  return words.every((word, k) => tokens[at + k]?.word === word) ? at + words.length : undefined;
}

function patternAt(tokens: readonly Token[], at: number, pattern: readonly string[]): Match | undefined {
  let match: Match = { end: at };
  for (const part of pattern) {
    const step = partAt(tokens, match.end, part);
    if (!step) return undefined;
    match = { end: step.end, count: step.count ?? match.count };
  }
  return match;
}

function partAt(tokens: readonly Token[], at: number, part: string): Match | undefined {
  if (part === '{n}') return countAt(tokens, at);
  const name = /^\{(\w+)\}$/.exec(part)?.[1];
  if (!name) return tokens[at]?.word === part ? { end: at + 1 } : undefined;
  for (const phrase of lexicon().classes[name] ?? []) {
    const end = wordsAt(tokens, at, phrase);
    if (end !== undefined) return { end };
  }
  return undefined;
}

function quoted(text: string, tokens: readonly Token[], at: number, end: number): string {
  return text.slice(tokens[at].from, tokens[end - 1].to);
}

/** The earliest frequency, the longest pattern winning where several start at the same word. */
function frequencyIn(tokens: readonly Token[]): { at: number; end: number; perDay: CountRange } | undefined {
  for (let at = 0; at < tokens.length; at++) {
    let best: { match: Match; reads: Reads } | undefined;
    for (const { pattern, reads } of lexicon().frequencies) {
      const match = patternAt(tokens, at, pattern);
      if (match && (!best || match.end > best.match.end)) best = { match, reads };
    }
    const perDay = best && dosesPerDay(best.reads, best.match.count);
    if (best && perDay) return { at, end: best.match.end, perDay };
  }
  return undefined;
}

function dosesPerDay(reads: Reads, count: CountRange | undefined): CountRange | undefined {
  if (typeof reads === 'number') return { min: reads, max: reads };
  if (!count) return undefined;
  if (reads === 'count') return count;
  if (count.max > 24) return undefined;
  return { min: 24 / count.max, max: 24 / count.min };
}

/**
 * Tablets per take, only right before the frequency (with at most a route between, "1 tab po
 * q6h"), so a quantity ("120 tablets", "#120") is never read as one take.
 */
function takesBefore(tokens: readonly Token[], frequencyAt: number): { at: number; takes: CountRange } | undefined {
  for (let at = Math.max(0, frequencyAt - MAX_TAKES_REACH); at < frequencyAt; at++) {
    for (const pattern of lexicon().takes) {
      const match = patternAt(tokens, at, pattern);
      const between = match ? tokens.slice(match.end, frequencyAt) : [];
      if (match?.count && match.end <= frequencyAt && between.every((token) => /^[a-z]+$/.test(token.word)))
        return { at, takes: match.count };
    }
  }
  return undefined;
}

/** Tokens a take and its route span before the frequency: "1-2 tabs by mouth" is six. */
const MAX_TAKES_REACH = 6;

/**
 * The first figure written as a strength: with a unit ("30 mg", "10/325mg", "25 mcg/hr"), or a
 * combination tablet's pair without one ("10/325"), in mg. A quantity ("#120") is no strength.
 */
function strengthIn(text: string, tokens: readonly Token[]): Sig['strength'] {
  for (let at = 0; at < tokens.length; at++) {
    const amount = numberAt(tokens, at)?.value;
    if (amount === undefined || !/^\d/.test(tokens[at].word) || tokens[at - 1]?.word === '#') continue;
    const pair =
      (tokens[at + 1]?.word === '/' || tokens[at + 1]?.word === '-') && numberAt(tokens, at + 2) !== undefined;
    const unitAt = pair ? at + 3 : at + 1;
    const unit = partAt(tokens, unitAt, '{strengthUnits}');
    if (unit || (pair && tokens[at + 1].word === '/')) {
      const end = unit?.end ?? unitAt;
      const mcg = unit !== undefined && /^(?:mcg|micro)/.test(tokens[unitAt].word);
      return { value: { amount, unit: mcg ? 'mcg' : 'mg' }, text: quoted(text, tokens, at, end) };
    }
  }
  return undefined;
}

/** The sig a text writes: what it says of strength, tablets per take and takes per day. */
export function readSig(text: string): Sig {
  const tokens = tokenize(text);
  const sig: Sig = { strength: strengthIn(text, tokens) };
  const frequency = frequencyIn(tokens);
  if (!frequency) return sig;
  sig.perDay = { value: frequency.perDay, text: quoted(text, tokens, frequency.at, frequency.end) };
  const takes = takesBefore(tokens, frequency.at);
  if (takes) sig.takes = { value: takes.takes, text: quoted(text, tokens, takes.at, frequency.at) };
  return sig;
}
