/**
 * What a function reads from a piece of text (an item title, a sentence), remembered by the exact
 * text: an edit re-reads the whole letter, but most of its titles and sentences are the ones read
 * the time before. Texts are kept in two generations of at most `generation` texts each: a full
 * recent generation becomes the older one and the older one is forgotten, and a text found in the
 * older one moves back to the recent one. So the last `generation` texts read are always kept,
 * never more than twice as many, and a pasted megabyte cannot grow memory without bound; a text
 * found among the recent ones costs one lookup. The results are shared between callers: they
 * must treat them as read-only.
 */
export class TextMemo<T> {
  private recent = new Map<string, T>();
  private older = new Map<string, T>();

  constructor(private readonly generation: number) {}

  get(text: string, read: (text: string) => T): T {
    if (this.recent.has(text)) return this.recent.get(text) as T;
    const value = this.older.has(text) ? (this.older.get(text) as T) : read(text);
    if (this.recent.size >= this.generation) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(ownCopy(text), value);
    return value;
  }
}

/**
 * The text as a string of its own. A slice of a letter may keep the whole letter alive (V8 stores
 * it as a view into its parent); a kept key that did would hold a copy of the letter per edit. A
 * concatenation sliced back is a fresh string the length of the text alone.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
