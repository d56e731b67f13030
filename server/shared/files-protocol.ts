/**
 * The files around a letter, as the web server asks for them: in a browser the server runs in a
 * worker with no file system, so its client reads them with `vscode.workspace.fs` and answers
 * these requests. Plain types, names and limits only, shared by both sides and the Node reader.
 */

/** The project's config file, searched for from a letter's folder upwards. */
export const CONFIG_FILE_NAME = '.imrlintrc.json';

/** The letters a workspace check looks for, besides the user's extra globs. */
export const LETTER_GLOB = '**/*.imr.md';

/** Far beyond any real letter (a long one is 100 KB), small enough to read and parse at once. */
export const MAX_LETTER_BYTES = 20_000_000;
/** Far beyond any config or guideline pack (the built-in data is under 1 MB). */
export const MAX_SETTINGS_BYTES = 5_000_000;

/** A text file's content, or in one line why it was not read. */
export type ReadResult = { text: string } | { error: string };

/** Server → client: the text of a regular file of at most `maxBytes` (a leading byte order mark dropped). */
export const ReadFileRequest = 'imr/readFile';
export interface ReadFileParams {
  uri: string;
  maxBytes: number;
}

/**
 * Server → client: the nearest `.imrlintrc.json` from `folder` upwards, stopping at `boundary`
 * (a folder outside `boundary` is searched alone); null when there is none.
 */
export const FindConfigRequest = 'imr/findConfig';
export interface FindConfigParams {
  folder: string;
  boundary: string;
}

/**
 * Server → client: the letters under a workspace folder (`**\/*.imr.md` and the extra globs),
 * skipping hidden folders and node_modules, as sorted URIs.
 */
export const FindLettersRequest = 'imr/findLetters';
export interface FindLettersParams {
  folder: string;
  extraGlobs: string[];
}

/** "too large (25.3 MB; the limit is 20 MB)". */
export function tooLargeReason(size: number, maxBytes: number): string {
  return `too large (${megabytes(size)}; the limit is ${megabytes(maxBytes)})`;
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}

/** Editors drop a leading byte order mark (what Windows Notepad writes), so positions match what they show. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
