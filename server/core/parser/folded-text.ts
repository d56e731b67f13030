import { brokenWords } from '../knowledge/assertion-lexicon';
import type { Span } from '../model/span';
import { ownCopy } from '../model/text-memo';

/**
 * A stretch of the letter with every run of white space (line breaks, page breaks, indents)
 * folded to one space and Markdown emphasis marks dropped, so a sentence that wraps across
 * lines or pages reads as one. HTML comments are folded away too, a word hyphenated at a
 * line's end reads whole, so does a word of the conclusion phrases that OCR broke with a space
 * ("medi cally"), and the typographic ligatures PDF extraction leaves ("ﬁ", "ﬂ") read
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
   * The words before a hyphen at a line's end (and the words they make with the rest), and the
   * pieces of a word a space broke, that were looked up in the letter's vocabulary, and whether
   * the letter uses each alone: the fold stands for the same characters in another version of
   * the letter only while the answers stay the same.
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
  /** Whether the pending space is one space inside the run, which then goes on through it. */
  let spaceInRun = false;
  for (let i = span.start; i < span.end; i++) {
    const ch = source.charCodeAt(i);
    if (pendingSpace < 0 && isPlain(ch)) {
      // Most characters: kept as they stand, with nothing to fold around them.
      if (runStart < 0) runStart = i;
      offsets[count++] = i - base;
      continue;
    }
    if (ch === SPACE && pendingSpace < 0 && runStart >= 0 && i + 1 < span.end && isPlain(source.charCodeAt(i + 1))) {
      // One space between words, most often kept as it stands: the run goes on through it unless it folds away.
      pendingSpace = i;
      spaceInRun = true;
      continue;
    }
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
      // A word a space broke reads whole: the space folds away, its pieces stand where they are.
      const broken = brokenWordAt(source, pendingSpace, span.start, span.end);
      const kept = broken?.resume !== i || isTwoWords(source, broken, (lookups ??= new Map()));
      if (spaceInRun && !kept) closeRun(pendingSpace);
      if (kept && !spaceInRun) pieces.push(' ');
      if (kept) offsets[count++] = pendingSpace - base;
      pendingSpace = -1;
      spaceInRun = false;
    }
    if (ch === HYPHEN || ch === SOFT_HYPHEN) {
      const resume = ch === HYPHEN ? wordResumes(source, i, span.end) : softHyphenResumes(source, i, span.end);
      if (resume > 0) {
        // A word the line's end split: the break folds away, and the hyphen too unless it joins two words.
        closeRun(i);
        if (ch === HYPHEN) {
          const from = wordStart(source, i);
          if (from < span.start - 1) local = false;
          if (joinsTwoWords(source, from, i, resume, span.end, (lookups ??= new Map()))) {
            pieces.push('-');
            offsets[count++] = i - base;
          }
        }
        i = resume - 1;
        continue;
      }
    }
    // Most characters are below the ligatures' block: no map lookup for them.
    const letters = ch >= FIRST_LIGATURE ? LIGATURES.get(ch) : undefined;
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
  return { text: textOf(pieces), offsets: offsets.subarray(0, count), lookups, local };
}

/**
 * The folded text: the pieces joined into a string of its own. A lone piece is a slice of the
 * letter, which a fold carried to the letter's later versions (`foldsCarriedOver`) would keep
 * alive whole.
 */
function textOf(pieces: string[]): string {
  return pieces.length === 1 ? ownCopy(pieces[0]) : pieces.join('');
}

const LESS_THAN = 0x3c;
const SPACE = 0x20;
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

/**
 * Whether the hyphen at `at`, ending a line between source[from, at) and the word resuming at
 * `resume`, joins two words and stays: its first piece is a word the letter uses on its own ("not"
 * of "not-" / "medically") and the pieces make none it uses. A typesetter's split leaves a piece
 * no sentence uses ("medi-" / "cally"), or one that is a word but makes a word of the letter
 * with the rest ("Treat-" / "ment Guidelines", where the letter says "treatment").
 */
function joinsTwoWords(
  source: string,
  from: number,
  at: number,
  resume: number,
  end: number,
  asked: Map<string, boolean>,
): boolean {
  const first = source.slice(from, at);
  if (!standsAlone(source, first, asked)) return false;
  let to = resume;
  while (to < end && isLowerLetter(source.charCodeAt(to) | 0x20)) to++;
  return !standsAlone(source, first + source.slice(resume, to), asked);
}

/** A word broken by white space: its pieces are source[from, gap) and source[resume, to). */
interface BrokenWord {
  from: number;
  gap: number;
  resume: number;
  to: number;
}

/**
 * The word broken by the white space at `gap` when OCR broke one of the lexicon's broken words
 * (`brokenWords`: "medi cally", "recom\nmended"), within [start, end): the white space is one
 * space or one line end (never a blank line or a page break), the pieces are whole runs of
 * letters, the second in lower case, they join into such a word, and the second is no such word
 * itself ("in appropriate", "un necessary" read two words, and joining would change what is read,
 * not supply it). Undefined otherwise, without looking at the letter's vocabulary.
 */
function brokenWordAt(source: string, gap: number, start: number, end: number): BrokenWord | undefined {
  const resume = gapEnd(source, gap, end);
  if (resume < 0 || !isLowerLetter(source.charCodeAt(resume))) return undefined;
  const from = wordStart(source, gap);
  if (from === gap || from < start || isWordJoiner(source.charCodeAt(from - 1))) return undefined;
  const { words, starts } = brokenWords();
  const first = source.slice(from, gap).toLowerCase();
  if (!starts.has(first)) return undefined;
  let to = resume + 1;
  while (to < end && isLowerLetter(source.charCodeAt(to))) to++;
  if (to < end && (isLowerLetter(source.charCodeAt(to) | 0x20) || isWordJoiner(source.charCodeAt(to))))
    return undefined;
  const second = source.slice(resume, to);
  return words.has(first + second) && !words.has(second) ? { from, gap, resume, to } : undefined;
}

/** Where the text resumes after the white space at `gap`: one space, or one line end between spaces; -1 for any other. */
function gapEnd(source: string, gap: number, end: number): number {
  if (source.charCodeAt(gap) === 0x20 && !isFoldable(source.charCodeAt(gap + 1))) return gap + 1;
  let next = gap;
  while (isSpaceOrTab(source.charCodeAt(next))) next++;
  if (source.startsWith('\r\n', next)) next += 2;
  else if (source.charCodeAt(next) === 0x0a || source.charCodeAt(next) === 0x0d) next++;
  else return -1;
  while (isSpaceOrTab(source.charCodeAt(next))) next++;
  return next < end ? next : -1;
}

/** Whether the pieces of a broken word are both words the letter uses on their own elsewhere ("reason able"): then they read as two. */
function isTwoWords(source: string, broken: BrokenWord, asked: Map<string, boolean>): boolean {
  const first = standsAlone(source, source.slice(broken.from, broken.gap), asked);
  const second = standsAlone(source, source.slice(broken.resume, broken.to), asked);
  return first && second;
}

/** A digit, hyphen or apostrophe, which joins the letters on either side into one word ("600mg", "non-", "patient's"). */
function isWordJoiner(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === HYPHEN || code === 0x27 || code === 0x2019;
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
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
 * Whether a piece of a split word (before a line-end hyphen, or either side of a broken word's
 * space) is a word the letter uses on its own; `asked` keeps each piece and its answer, which a
 * fold carried to another version of the letter must get again.
 */
function standsAlone(source: string, piece: string, asked: Map<string, boolean>): boolean {
  const word = piece.toLowerCase();
  const alone = wordsOf(source).has(word);
  asked.set(word, alone);
  return alone;
}

/** The words the letter uses alone, lower-cased: the pieces of a broken word ("medi cally") are no words of it. */
function wordsOf(source: string): Set<string> {
  if (vocabulary?.source !== source) {
    const words = new Set<string>();
    let brokenTo = -1;
    for (const match of source.matchAll(/(?<![A-Za-z-])[A-Za-z]+(?![A-Za-z-])/g)) {
      if (match.index < brokenTo) continue;
      const broken = brokenWordAt(source, match.index + match[0].length, 0, source.length);
      if (broken) brokenTo = broken.to;
      else words.add(match[0].toLowerCase());
    }
    vocabulary = { source, words };
  }
  return vocabulary.words;
}

/** The Latin ligatures of the Alphabetic Presentation Forms block, by code, with their letters. */
const FIRST_LIGATURE = 0xfb00;
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

/**
 * A character folding keeps as it is wherever it stands: no white space, hyphen, soft hyphen,
 * ligature, emphasis mark or comment's `<`.
 */
function isPlain(code: number): boolean {
  return code > HYPHEN && code < 0xa0 && code !== LESS_THAN && code !== 0x5f;
}

/** `*` and `_`, which fold away when doubled (Markdown bold). */
function isEmphasis(code: number): boolean {
  return code === 0x2a || code === 0x5f;
}
