import * as fs from 'fs';
import * as path from 'path';
import { isFile } from '../node/config-files';
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
  const matches = walk(base)
    .filter((file) => matchesGlob(rest, path.relative(base, file).split(path.sep)))
    .sort();
  if (matches.length === 0) throw new CliError(`${pattern}: no files match`);
  return matches;
}

function lettersUnder(folder: string): string[] {
  return walk(folder)
    .filter((file) => isLetterFile(path.basename(file)))
    .sort();
}

/**
 * Every file under a folder, skipping hidden folders and node_modules (never letters).
 * Symbolic links to files count; links to folders are not followed, so a link loop cannot trap the walk.
 */
function walk(folder: string): string[] {
  const files: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const entry of readFolder(current)) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) {
        files.push(full);
      }
    }
  }
  return files;
}

function readFolder(folder: string): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new CliError(`${folder}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
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

/** Reads a letter; an unreadable file is a usage error (exit 2), not a crash. */
export function readLetter(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}
