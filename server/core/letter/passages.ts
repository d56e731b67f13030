import type { Determination } from '../model/determination';
import { foldedText, type FoldedText } from '../parser/folded-text';
import { ABBREVIATION_AT_END, ABBREVIATION_REACH } from '../parser/abbreviations';

/** Where in the letter a fact is stated: the header block, the case summary, an item's title or its rationale. */
export type PlaceKind = 'header' | 'summary' | 'title' | 'rationale';

/** One stretch of the letter a fact can be read from, folded so wrapped sentences read as one. */
export interface Passage {
  kind: Exclude<PlaceKind, 'header'>;
  /** The disputed item's index, for titles and rationales. */
  item?: number;
  folded: FoldedText;
}

/** A sentence of a passage: folded-text positions [from, to). */
export interface Sentence {
  text: string;
  from: number;
  to: number;
}

/** The case summary, then each item's title and rationale, in document order. */
export function passagesOf(determination: Determination): Passage[] {
  const { text } = determination;
  const passages: Passage[] = [];
  const summary = determination.sections.find((section) => section.kind === 'case-summary');
  if (summary) passages.push({ kind: 'summary', folded: foldedText(text, summary.body) });
  for (const item of determination.items) {
    passages.push({ kind: 'title', item: item.index, folded: foldedText(text, item.title.span) });
    if (item.rationale) {
      passages.push({ kind: 'rationale', item: item.index, folded: foldedText(text, item.rationale.body) });
    }
  }
  return passages;
}

/**
 * The sentences of a folded text: a period, question or exclamation mark followed by a space
 * and a capital or a digit ends one, unless it closes an abbreviation ("Dr.", "e.g.").
 */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const boundary = /[.?!;](?=\s+[A-Z0-9"(])/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + 1;
    if (ABBREVIATION_AT_END.test(text.slice(Math.max(from, end - ABBREVIATION_REACH), end))) continue;
    sentences.push({ text: text.slice(from, end), from, to: end });
    from = end + 1;
  }
  if (from < text.length) sentences.push({ text: text.slice(from), from, to: text.length });
  return sentences;
}

const WHITE_SPACE = /\s/;

/**
 * `text` from the start of its last `count` pieces between white space; all of it when it has
 * fewer. A pattern that ends the text and spans at most `count` pieces finds the same in it, without
 * being tried at every position of a long text (once per match of a sentence, that costs its length squared).
 */
export function lastPieces(text: string, count: number): string {
  let pieces = 0;
  for (let i = text.length - 1; i > 0; i--) {
    if (WHITE_SPACE.test(text[i - 1]) && !WHITE_SPACE.test(text[i]) && ++pieces === count) return text.slice(i);
  }
  return text;
}

/** How a finding's message names a place. */
export function placeName(kind: PlaceKind): string {
  return { header: 'the header', summary: 'the case summary', title: 'the item title', rationale: 'the rationale' }[
    kind
  ];
}
