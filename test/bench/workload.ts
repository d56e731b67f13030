/**
 * What the benchmark (run.ts) and the A/B harness (ab.ts) both put to a build: the generated
 * letters, a folder of them, and the edit sequence typed into a letter from the first edit after
 * opening on.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateLetter } from './generate-letter';
import type { RangedChange } from './lsp-client';

/** Every edit counts, the first ones after opening included: they are what a user feels first. */
export const EDITS = 80;
/**
 * A user's pace, which the bench measures beside edits sent back to back: the first edit a while
 * after the letter opened (a user reads, then puts the cursor somewhere), then one keystroke
 * every so often (100 ms: a fast typist). The server uses such pauses (server/lsp/warm-up.ts);
 * back to back, it has none.
 */
export const PACE = { firstEditMs: 1000, betweenEditsMs: 100 };

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A folder of letters checked at once, as a CI job over a case archive would. */
export const FOLDER_LETTERS = 200;
export const FOLDER_LETTER_BYTES = 10_000;

/** Writes `FOLDER_LETTERS` different letters into `folder`/letters, and returns that folder. */
export function writeLetterFolder(folder: string): string {
  const letters = path.join(folder, 'letters');
  fs.mkdirSync(letters);
  for (let index = 0; index < FOLDER_LETTERS; index++) {
    fs.writeFileSync(path.join(letters, `letter-${index}.imr.md`), generateLetter(FOLDER_LETTER_BYTES, index + 1));
  }
  return letters;
}

/**
 * The edit that makes `version` (2, 3 …) of `text`: types one character, then deletes it, in
 * rationales spread through the letter, each pair of edits in another rationale from the start
 * to the end. A full-sync server gets the whole new text.
 */
export function editChange(text: string, version: number, incremental: boolean): RangedChange | { text: string } {
  const typing = version % 2 === 0;
  const anchor = text.indexOf('The request is', Math.floor(((version >> 1) / (EDITS / 2 + 1)) * text.length));
  const before = text.slice(0, anchor);
  const line = before.split('\n').length - 1;
  const character = anchor - (before.lastIndexOf('\n') + 1);
  const position = { line, character };
  const end = typing ? position : { line, character: character + 1 };
  return incremental
    ? { range: { start: position, end }, text: typing ? 'x' : '' }
    : { text: typing ? text.slice(0, anchor) + 'x' + text.slice(anchor) : text };
}
