import type { PDFFont } from 'pdf-lib';

/** Text in one font. */
export interface Run {
  text: string;
  font: PDFFont;
}

/** One line of a page: its runs, left to right. */
export type SetLine = Run[];

interface Word {
  text: string;
  font: PDFFont;
}

/**
 * Breaks runs of text into lines no wider than `width`, at spaces only (a word is never
 * hyphenated, so text extraction gives the words back); a word wider than a line is cut where
 * the line ends. Consecutive words in one font are joined into one run.
 */
export function wrapRuns(runs: Run[], size: number, width: number): SetLine[] {
  const words = runs.flatMap((run) =>
    run.text
      .split(' ')
      .filter(Boolean)
      .flatMap((text) => cutToWidth({ text, font: run.font }, size, width)),
  );
  const lines: SetLine[] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of words) {
    const space = line.length > 0 ? word.font.widthOfTextAtSize(' ', size) : 0;
    const wide = word.font.widthOfTextAtSize(word.text, size);
    if (line.length > 0 && used + space + wide > width) {
      lines.push(joined(line));
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? space : 0) + wide;
    line.push(word);
  }
  if (line.length > 0 || lines.length === 0) lines.push(joined(line));
  return lines;
}

function cutToWidth(word: Word, size: number, width: number): Word[] {
  if (word.font.widthOfTextAtSize(word.text, size) <= width) return [word];
  const pieces: Word[] = [];
  let piece = '';
  for (const char of word.text) {
    if (piece && word.font.widthOfTextAtSize(piece + char, size) > width) {
      pieces.push({ text: piece, font: word.font });
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push({ text: piece, font: word.font });
  return pieces;
}

/** Words into runs: a space between words, one run while the font stays the same. */
function joined(words: Word[]): SetLine {
  const runs: Run[] = [];
  words.forEach((word, index) => {
    const last = runs[runs.length - 1];
    const text = index > 0 ? ` ${word.text}` : word.text;
    if (last && last.font === word.font) last.text += text;
    else runs.push({ text, font: word.font });
  });
  return runs;
}
