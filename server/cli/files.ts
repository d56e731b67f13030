import * as fs from 'fs';
import * as path from 'path';
import { walkFolder, MAX_ENTRIES_WALKED } from '../node/folder-walk';
import { MAX_LETTER_BYTES, readTextFile } from '../node/read-file';
import { CliError } from './options';
import { isGlob, matchesGlob, splitGlob } from '../node/glob';

/** What a folder search takes as a letter. */
export function isLetterFile(name: string): boolean {
  return name.endsWith('.imr.md') || name.endsWith('.txt');
}

/**
 * Turns the command line's PATHs into the letter files to check, in a stable order and each
 * once. A file named outright is checked whatever its extension; folders and globs yield letters.
 * A PATH that does not exist, or a glob that matches nothing, is a usage error.
 */
export function expandPaths(paths: string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const written of paths) {
    for (const file of expandPath(written)) {
      const key = path.resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return files;
}

function expandPath(written: string): string[] {
  if (isGlob(written)) return expandGlob(written);
  return statOf(written).isDirectory() ? lettersUnder(written) : [written];
}

function expandGlob(pattern: string): string[] {
  const { base, rest } = splitGlob(pattern.split(path.sep).join('/'));
  const matches = walk(base).filter((file) => matchesGlob(rest, path.relative(base, file).split(path.sep)));
  if (matches.length === 0) throw new CliError(`${pattern}: no files match`);
  return matches;
}

function lettersUnder(folder: string): string[] {
  return walk(folder).filter((file) => isLetterFile(path.basename(file)));
}

/** Every file under a folder; an unreadable folder, or one too large to walk, is a usage error. */
function walk(folder: string): string[] {
  const walked = walkFolder(folder, (unreadable, code) => {
    throw new CliError(`${unreadable}: cannot read the folder (${code})`);
  });
  if (walked.stoppedEarly) {
    throw new CliError(`${folder}: more than ${MAX_ENTRIES_WALKED} entries; name a smaller folder or a glob`);
  }
  return walked.files;
}

function statOf(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${file}: no such file or folder` : `${file}: cannot read the file (${code ?? error})`,
    );
  }
}

/** Reads a letter; a file that cannot be read, is not a regular file or is too large is a usage error (exit 2). */
export function readLetter(file: string): string {
  const read = readTextFile(file, MAX_LETTER_BYTES);
  if ('error' in read) throw new CliError(`${file}: ${read.error}`);
  return read.text;
}
