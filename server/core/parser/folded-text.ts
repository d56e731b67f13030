import type { Span } from '../model/span';

/**
 * A stretch of the letter with every run of white space (line breaks, page breaks, indents)
 * folded to one space and Markdown emphasis marks dropped, so a sentence that wraps across
 * lines or pages reads as one. HTML comments are folded away too, a word hyphenated at a
 * line's end reads whole, and the typographic ligatures PDF extraction leaves ("ﬁ", "ﬂ") read
 * as their letters. Folded character i stands in the letter at `span.start + fold.offsets[i]`
 * (each letter of a ligature stands where it does).
 */
export class FoldedText {
  readonly text: string;
  private readonly offsets: Int32Array;

  constructor(
    /** The letter text and the stretch folded, kept so a fold can be shared (see `foldedText`). */
    readonly source: string,
    readonly span: Readonly<Span>,
    /** What folding the stretch gave, shared by folds of the same characters elsewhere (see `foldsCarriedOver`). */
    readonly fold: Fold = foldOf(source, span),
  ) {
    this.text = fold.text;
    this.offsets = fold.offsets;
  }

  /**
   * What `read` makes of the folded text, computed once per fold and shared with every fold of
   * the same characters: `read` must depend on nothing but the text (positions in it, not in the letter).
   */
  reading<T>(read: (text: string) => T): T {
    const readings = (this.fold.readings ??= new Map());
    if (readings.has(read)) return readings.get(read) as T;
    const value = read(this.text);
    readings.set(read, value);
    return value;
  }

  /** The letter offset of folded position `index` (the end of the stretch past the last char). */
  offsetAt(index: number): number {
    if (index >= this.offsets.length)
      return this.offsets.length ? this.span.start + this.offsets[this.offsets.length - 1] + 1 : this.span.end;
    return this.span.start + this.offsets[Math.max(0, index)];
  }

  /** The letter span of folded positions [from, to). */
  spanOf(from: number, to: number): Span {
    if (to <= from) {
      const at = this.offsetAt(from);
      return { start: at, end: at };
    }
    return { start: this.offsetAt(from), end: this.offsetAt(to - 1) + 1 };
  }
}

/** Folding a stretch, with offsets relative to its start: what folds of the same characters share. */
export interface Fold {
  text: string;
  offsets: Int32Array;
  /**
   * The words before a hyphen at a line's end that were looked up in the letter's vocabulary, and
   * whether the letter uses each alone: the fold stands for the same characters in another
   * version of the letter only while the answers stay the same.
   */
  lookups?: Map<string, boolean>;
  /** False when such a word began before the stretch, outside the characters a fold is known by. */
  local: boolean;
  /** What `FoldedText.reading` computed from the text, by the function that read it. */
  readings?: Map<(text: string) => unknown, unknown>;
}

function foldOf(source: string, span: Readonly<Span>): Fold {
  const base = span.start;
  let offsets: Int32Array = new Int32Array(Math.max(0, span.end - span.start) + 1);
  const pieces: string[] = [];
  let lookups: Map<string, boolean> | undefined;
  let local = true;
  let count = 0;
  let pendingSpace = -1;
  let runStart = -1;
  // Copies runs of kept characters as slices; folding only happens at the runs' edges.
  const closeRun = (end: number) => {
    if (runStart >= 0) pieces.push(source.slice(runStart, end));
    runStart = -1;
  };
  for (let i = span.start; i < span.end; i++) {
    const ch = source.charCodeAt(i);
    if (ch === LESS_THAN && source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      if (close >= 0 && close + 3 <= span.end) {
        closeRun(i);
        if (pendingSpace < 0 && count > 0) pendingSpace = i;
        i = close + 2;
        continue;
      }
    }
    if (isFoldable(ch) || (isEmphasis(ch) && (source.charCodeAt(i + 1) === ch || source.charCodeAt(i - 1) === ch))) {
      closeRun(i);
      if (isFoldable(ch) && pendingSpace < 0 && count > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      pieces.push(' ');
      offsets[count++] = pendingSpace - base;
      pendingSpace = -1;
    }
    if (ch === HYPHEN || ch === SOFT_HYPHEN) {
      const resume = ch === HYPHEN ? wordResumes(source, i, span.end) : softHyphenResumes(source, i, span.end);
      if (resume > 0) {
        // A word the line's end split: the break folds away, and the hyphen too unless it joins two words.
        closeRun(i);
        if (ch === HYPHEN) {
          const from = wordStart(source, i);
          const alone = standsAlone(source, from, i);
          if (from < span.start - 1) local = false;
          (lookups ??= new Map()).set(source.slice(from, i).toLowerCase(), alone);
          if (alone) {
            pieces.push('-');
            offsets[count++] = i - base;
          }
        }
        i = resume - 1;
        continue;
      }
    }
    const letters = LIGATURES.get(ch);
    if (letters) {
      closeRun(i);
      offsets = withRoom(offsets, count + letters.length + (span.end - i));
      pieces.push(letters);
      for (let k = 0; k < letters.length; k++) offsets[count++] = i - base;
      continue;
    }
    if (runStart < 0) runStart = i;
    offsets[count++] = i - base;
  }
  closeRun(span.end);
  return { text: pieces.join(''), offsets: offsets.subarray(0, count), lookups, local };
}

const LESS_THAN = 0x3c;
const HYPHEN = 0x2d;
const SOFT_HYPHEN = 0xad;

/**
 * Where the rest of a word stands when the hyphen at `at` ends a line between two lower-case
 * letters ("medi-" / "cally"), or -1 when it is no such hyphen.
 */
function wordResumes(source: string, at: number, end: number): number {
  if (!isLowerLetter(source.charCodeAt(at - 1))) return -1;
  let next = at + 1;
  let breaks = 0;
  for (; next < end && isFoldable(source.charCodeAt(next)); next++) {
    if (source.charCodeAt(next) === 0x0a || source.charCodeAt(next) === 0x0d) breaks++;
  }
  return breaks > 0 && next < end && isLowerLetter(source.charCodeAt(next)) ? next : -1;
}

/** A soft hyphen is invisible wherever it stands: the text resumes after it and any line break. */
function softHyphenResumes(source: string, at: number, end: number): number {
  let next = at + 1;
  while (next < end && isFoldable(source.charCodeAt(next))) next++;
  return next < end ? next : -1;
}

function isLowerLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

let vocabulary: { source: string; words: Set<string> } | undefined;

/** Where the letters before `at` begin. */
function wordStart(source: string, at: number): number {
  let from = at;
  while (from > 0 && isLowerLetter(source.charCodeAt(from - 1) | 0x20)) from--;
  return from;
}

/**
 * Whether the letters before the hyphen at `at` are a word the letter uses on its own ("not" of
 * "not-" / "medically"): then the hyphen joins two words and stays. A typesetter's split leaves a
 * piece no sentence uses ("medi"), and the word reads whole.
 */
function standsAlone(source: string, from: number, at: number): boolean {
  return wordsOf(source).has(source.slice(from, at).toLowerCase());
}

/** The words the letter uses alone, lower-cased. */
function wordsOf(source: string): Set<string> {
  if (vocabulary?.source !== source) {
    const words = new Set(source.match(/(?<![A-Za-z-])[A-Za-z]+(?![A-Za-z-])/g)?.map((word) => word.toLowerCase()));
    vocabulary = { source, words };
  }
  return vocabulary.words;
}

/** The Latin ligatures of the Alphabetic Presentation Forms block, by code, with their letters. */
const LIGATURES = new Map<number, string>([
  [0xfb00, 'ff'],
  [0xfb01, 'fi'],
  [0xfb02, 'fl'],
  [0xfb03, 'ffi'],
  [0xfb04, 'ffl'],
  [0xfb05, 'st'],
  [0xfb06, 'st'],
]);

/** The offsets array, grown (copied) when it holds fewer than `size` places. */
function withRoom(offsets: Int32Array, size: number): Int32Array {
  if (offsets.length >= size) return offsets;
  const grown = new Int32Array(size);
  grown.set(offsets);
  return grown;
}

/** The last fold of each span: the parser, the fact rules and the chapter check all read the same titles and rationales. */
const folds = new WeakMap<Span, FoldedText>();

/**
 * The folds of letters being edited, by the letter's text: the folds made in its current
 * version, and those of the version before, which the current one takes over where the same
 * characters stand (moved, or not). A few letters at once, the most recently edited.
 */
const edited = new Map<string, { folds: Map<string, Fold>; before?: Map<string, Fold> }>();
const EDITED_LETTERS = 4;

/**
 * `text` is the next version of the letter `previous`: a stretch of the same characters is
 * folded as before, wherever it now stands. Only letters declared so keep their folds, so a run
 * over many letters checked once each keeps none.
 */
export function foldsCarriedOver(previous: string, text: string): void {
  const before = edited.get(previous)?.folds;
  edited.delete(previous);
  edited.set(text, { folds: new Map(), before });
  if (edited.size > EDITED_LETTERS) edited.delete(edited.keys().next().value as string);
}

/**
 * The fold of `span` in `source`, shared with every earlier caller that folded the same span
 * object of the same text (a span moved in place, or another text, is folded afresh), and, in a
 * letter being edited, with the previous version's fold of the same characters.
 */
export function foldedText(source: string, span: Span): FoldedText {
  const known = folds.get(span);
  if (known && known.span.start === span.start && known.span.end === span.end && known.source === source) return known;
  const stretch = { start: span.start, end: span.end };
  const letter = edited.get(source);
  const folded = letter
    ? new FoldedText(source, stretch, carriedFold(letter, source, stretch))
    : new FoldedText(source, stretch);
  folds.set(span, folded);
  return folded;
}

function carriedFold(
  letter: { folds: Map<string, Fold>; before?: Map<string, Fold> },
  source: string,
  span: Span,
): Fold {
  // Folding reads the character on either side of the stretch (emphasis marks come in pairs).
  const key = `${span.start > 0 ? 1 : 0}:${span.end - span.start}:${source.slice(Math.max(0, span.start - 1), span.end + 1)}`;
  const same = letter.folds.get(key) ?? letter.before?.get(key);
  if (same && sameLookups(same, source)) {
    letter.folds.set(key, same);
    return same;
  }
  const fold = foldOf(source, span);
  if (fold.local) letter.folds.set(key, fold);
  return fold;
}

function sameLookups(fold: Fold, source: string): boolean {
  return sameAnswers(fold.lookups ?? [], source);
}

/**
 * What the folds of these spans (each made by `foldedText`) asked of their letter's vocabulary:
 * the words and the answers. Undefined when a word began outside its span, or a span was not folded.
 */
export function vocabularyAsked(spans: Span[]): Map<string, boolean> | undefined {
  const asked = new Map<string, boolean>();
  for (const span of spans) {
    const fold = folds.get(span)?.fold;
    if (!fold?.local) return undefined;
    for (const [word, alone] of fold.lookups ?? []) asked.set(word, alone);
  }
  return asked;
}

/** Whether `source` answers each word as another version of the letter did. */
export function sameAnswers(asked: Iterable<[string, boolean]>, source: string): boolean {
  for (const [word, alone] of asked) if (wordsOf(source).has(word) !== alone) return false;
  return true;
}

/** Space, tab, line breaks, vertical tab, form feed (page break), no-break space. */
function isFoldable(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
}

/** `*` and `_`, which fold away when doubled (Markdown bold). */
function isEmphasis(code: number): boolean {
  return code === 0x2a || code === 0x5f;
}
