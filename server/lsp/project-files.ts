import type { CheckerConfig, ConfigProblem } from '../core/check/config';
import type { LoadedConfig, PackFile } from '../core/check/project';
import type { RuleDocs } from '../core/features';
import type { IgnoreTarget } from '../core/features/ignore-finding';
import type { ReadResult } from '../shared/files-protocol';

/**
 * The files around the letters, as the server reaches them: the Node server reads the disk
 * (server/lsp/disk-files.ts); the web server, in a browser worker, asks its client, which
 * reads them with `vscode.workspace.fs` (server/web/client-files.ts). A "file" is whatever the
 * host names files by: a path on disk, a URI in the browser.
 */
export interface ProjectFiles {
  /** The file a document URI names; none for a document without one (untitled): settings only. */
  fileOf(uri: string): string | undefined;
  /** The URI of a file, for diagnostics on config and pack files. */
  uriOf(file: string): string;
  dirname(file: string): string;
  basename(file: string): string;
  /** `written` (relative or absolute) resolved against a folder (the host's own default without one). */
  resolve(folder: string | undefined, written: string): string;
  /** Whether `file` lies under `folder` (at any depth, not the folder itself). */
  isInside(file: string, folder: string): boolean;
  /** The config governing a letter: the nearest config file from its folder up to `boundary`, read and parsed. */
  configFor(letterFile: string, boundary: string): Promise<LoadedConfig>;
  /** The guideline packs a config names, read; those that cannot be are reported where the config names them. */
  readPacks(loaded: LoadedConfig): Promise<{ packs: PackFile[]; problems: ConfigProblem[] }>;
  /** The config for one letter: the `ignore` entries of that letter only. */
  letterConfig(config: CheckerConfig, configFile: string | undefined, letterFile: string | undefined): CheckerConfig;
  /** Where "Ignore this finding" writes for a letter in `folder`; undefined when that config cannot be read. */
  ignoreTarget(letterFile: string, folder: string): Promise<Omit<IgnoreTarget, 'saveCommand'> | undefined>;
  /** The letters under a workspace folder: `**\/*.imr.md` and the extra globs. */
  findLetters(folder: string, extraGlobs: readonly string[]): Promise<string[]>;
  readLetter(file: string): Promise<ReadResult>;
  /** Where a diagnostic's rule link points for a client that does not open the docs itself. */
  ruleDocs: RuleDocs;
}

/** The next turn of the event loop: a browser worker has no setImmediate. */
export function nextTurn(callback: () => void): void {
  if (typeof setImmediate === 'function') setImmediate(callback);
  else setTimeout(callback, 0);
}
