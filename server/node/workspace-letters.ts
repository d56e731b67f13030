/**
 * Finds the letters in a workspace folder for "Check All Determinations in Workspace":
 * `**\/*.imr.md` and the user's extra globs, skipping hidden folders and node_modules.
 */
import * as fs from 'fs';
import * as path from 'path';
import { matchesGlob } from './glob';

export const LETTER_GLOB = '**/*.imr.md';

/** A workspace search stops here rather than walking a whole disk opened by mistake. */
const MAX_FILES_SEEN = 50_000;

export function findWorkspaceLetters(folder: string, extraGlobs: readonly string[]): string[] {
  const patterns = [LETTER_GLOB, ...extraGlobs].map((glob) => glob.split('/').filter((segment) => segment !== ''));
  const letters: string[] = [];
  const pending = [folder];
  let seen = 0;
  while (pending.length > 0 && seen < MAX_FILES_SEEN) {
    const current = pending.pop() as string;
    for (const entry of readFolder(current)) {
      const full = path.join(current, entry.name);
      seen++;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
      } else if (entry.isFile()) {
        const segments = path.relative(folder, full).split(path.sep);
        if (patterns.some((pattern) => matchesGlob(pattern, segments))) letters.push(full);
      }
    }
  }
  return letters.sort();
}

/** An unreadable folder holds no letters we can check; it is skipped, not fatal. */
function readFolder(folder: string): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}
