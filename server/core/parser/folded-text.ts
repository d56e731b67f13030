import type { Span } from '../model/span';

/**
 * A stretch of the letter with every run of white space (line breaks, page breaks, indents)
 * folded to one space and Markdown emphasis marks dropped, so a sentence that wraps across
 * lines or pages reads as one. HTML comments are folded away too. `offsets[i]` is where folded character i stands in the letter.
 */
export class FoldedText {
  readonly text: string;
  private readonly offsets: Int32Array;
  private readonly endOffset: number;

  constructor(source: string, span: Span) {
    const chars: string[] = [];
    const offsets = new Int32Array(Math.max(0, span.end - span.start) + 1);
    let count = 0;
    let pendingSpace = -1;
    for (let i = span.start; i < span.end; i++) {
      const ch = source[i];
      if (ch === '<' && source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        if (close >= 0 && close + 3 <= span.end) {
          if (pendingSpace < 0 && count > 0) pendingSpace = i;
          i = close + 2;
          continue;
        }
      }
      if (isFoldable(ch)) {
        if (pendingSpace < 0 && count > 0) pendingSpace = i;
        continue;
      }
      if ((ch === '*' || ch === '_') && (source[i + 1] === ch || source[i - 1] === ch)) continue;
      if (pendingSpace >= 0) {
        chars.push(' ');
        offsets[count++] = pendingSpace;
        pendingSpace = -1;
      }
      chars.push(ch);
      offsets[count++] = i;
    }
    this.text = chars.join('');
    this.offsets = offsets.subarray(0, count);
    this.endOffset = span.end;
  }

  /** The letter offset of folded position `index` (the end of the stretch past the last char). */
  offsetAt(index: number): number {
    if (index >= this.offsets.length) return this.offsets.length ? this.offsets[this.offsets.length - 1] + 1 : this.endOffset;
    return this.offsets[Math.max(0, index)];
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

function isFoldable(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\f' || ch === '\u00a0' || ch === '\v';
}
