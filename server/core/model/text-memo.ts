/**
 * What a function reads from a piece of text (an item title, a sentence), remembered by the exact
 * text: an edit re-reads the whole letter, but most of its titles and sentences are the ones read
 * the time before. At most `capacity` texts are kept, the least recently used forgotten first, so
 * a pasted megabyte cannot grow memory without bound. The results are shared between callers:
 * they must treat them as read-only.
 */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get(text: string, read: (text: string) => T): T {
    const known = this.entries.get(text);
    if (known !== undefined) {
      // Moved to the end: a Map iterates in insertion order, so its first key is the least recently used.
      this.entries.delete(text);
      this.entries.set(text, known);
      return known;
    }
    const value = read(text);
    this.entries.set(ownCopy(text), value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

/**
 * The text as a string of its own. A slice of a letter may keep the whole letter alive (V8 stores
 * it as a view into its parent); a kept key that did would hold a copy of the letter per edit. A
 * concatenation sliced back is a fresh string the length of the text alone.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
