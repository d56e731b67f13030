/**
 * Finds the letters in a workspace folder for "Check All Determinations in Workspace":
 * `**\/*.imr.md` and the user's extra globs, skipping hidden folders and node_modules.
 */
import * as path from 'path';
import { walkFolder } from './folder-walk';
import { LETTER_GLOB } from '../shared/files-protocol';
import { matchesGlob } from './glob';

/** An unreadable folder holds no letters we can check; it is skipped, not fatal. */
export function findWorkspaceLetters(folder: string, extraGlobs: readonly string[]): string[] {
  const patterns = [LETTER_GLOB, ...extraGlobs].map((glob) => glob.split('/').filter((segment) => segment !== ''));
  return walkFolder(folder).files.filter((file) => {
    const segments = path.relative(folder, file).split(path.sep);
    return patterns.some((pattern) => matchesGlob(pattern, segments));
  });
}
