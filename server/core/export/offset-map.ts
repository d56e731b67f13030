import type { Span } from '../model/span';

/** A run of the exported text and the run of the letter it was written from. */
interface Piece {
  from: Span;
  to: Span;
  /** True when the run is the letter's own text, copied character for character. */
  copied: boolean;
}

/**
 * Where each part of an exported letter came from in the draft, so that a finding's place in the
 * draft can be found in the export. Copied text maps character for character; a replaced run
 * (a heading written in the letter's fixed wording) maps as a whole; dropped text (Markdown
 * marks, inline comments, front matter) maps to the nearest kept place after it.
 */
export class OffsetMap {
  constructor(private readonly pieces: readonly Piece[]) {}

  /** The export's span for a span of the draft; undefined when all of it was dropped. */
  mapSpan(span: Span): Span | undefined {
    const start = this.mapOffset(span.start, 'start');
    const end = span.end === span.start ? start : this.mapOffset(span.end, 'end');
    if (start === undefined || end === undefined) return undefined;
    if (end < start) return span.end === span.start ? { start, end: start } : undefined;
    return { start, end };
  }

  private mapOffset(offset: number, side: 'start' | 'end'): number | undefined {
    const inside = this.pieces.find((piece) =>
      side === 'start'
        ? offset >= piece.from.start && offset < piece.from.end
        : offset > piece.from.start && offset <= piece.from.end,
    );
    if (inside) {
      if (inside.copied) return inside.to.start + (offset - inside.from.start);
      return side === 'start' ? inside.to.start : inside.to.end;
    }
    if (side === 'start') return this.pieces.find((piece) => piece.from.start >= offset)?.to.start;
    return [...this.pieces].reverse().find((piece) => piece.from.end <= offset)?.to.end;
  }
}

/** Builds an exported text piece by piece, keeping the OffsetMap as it goes. */
export class MappedText {
  private readonly parts: string[] = [];
  private readonly pieces: Piece[] = [];
  private length = 0;

  constructor(private readonly source: string) {}

  /** Copies the letter's text from `start` to `end`. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.push({ start, end }, this.source.slice(start, end), true);
  }

  /** Writes `text` in place of the letter's text from `start` to `end`. */
  replace(start: number, end: number, text: string): void {
    if (text === this.source.slice(start, end)) this.copy(start, end);
    else this.push({ start, end }, text, false);
  }

  /** Writes text the letter does not have (a line break); it maps to nothing. */
  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** The characters written so far end with `suffix`. */
  endsWith(suffix: string): boolean {
    return this.parts.join('').endsWith(suffix);
  }

  get written(): number {
    return this.length;
  }

  finish(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(this.pieces) };
  }

  private push(from: Span, text: string, copied: boolean): void {
    const last = this.pieces[this.pieces.length - 1];
    if (copied && last?.copied && last.from.end === from.start && last.to.end === this.length) {
      last.from = { start: last.from.start, end: from.end };
      last.to = { start: last.to.start, end: this.length + text.length };
    } else {
      this.pieces.push({ from, to: { start: this.length, end: this.length + text.length }, copied });
    }
    this.parts.push(text);
    this.length += text.length;
  }
}
