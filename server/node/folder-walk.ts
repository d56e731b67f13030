/**
 * The one folder walk of the CLI (folders and globs on the command line) and the server
 * ("Check All Determinations in Workspace").
 */
import * as fs from 'fs';
import * as path from 'path';
import { isRegularFile } from './read-file';

/** A walk stops after this many entries rather than walking a whole disk opened by mistake. */
export const MAX_ENTRIES_WALKED = 50_000;

export interface FolderWalk {
  /** Regular files (or links to them) under the folder, sorted. */
  files: string[];
  /** Set when the walk stopped at MAX_ENTRIES_WALKED entries. */
  stoppedEarly: boolean;
}

/**
 * Every regular file under a folder, skipping hidden folders and node_modules (never letters).
 * Links to files count; links to folders are not followed, so a link loop cannot trap the walk;
 * pipes, devices and sockets are not files and are left out. A folder that cannot be read is
 * passed to `unreadable` (which may throw to stop the walk) and skipped.
 */
export function walkFolder(
  folder: string,
  unreadable: (folder: string, code: string) => void = () => undefined,
): FolderWalk {
  const files: string[] = [];
  const pending = [folder];
  let seen = 0;
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const entry of readFolder(current, unreadable)) {
      if (++seen > MAX_ENTRIES_WALKED) return { files: files.sort(), stoppedEarly: true };
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isRegularFile(full))) {
        files.push(full);
      }
    }
  }
  return { files: files.sort(), stoppedEarly: false };
}

function readFolder(folder: string, unreadable: (folder: string, code: string) => void): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    unreadable(folder, (error as NodeJS.ErrnoException).code ?? String(error));
    return [];
  }
}
