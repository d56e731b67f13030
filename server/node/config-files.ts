/**
 * Node-only configuration helpers shared by the CLI and the language server: finding the
 * `.imrlintrc.json` nearest a letter and reading the guideline pack files it names.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { IgnoreTarget } from '../core/features/ignore-finding';
import { defaultConfig, ignoredIn, parseConfig, type CheckerConfig, type ConfigProblem } from '../core/check/config';
import { noConfigFile, problemAt, START, unreadPack, type LoadedConfig, type PackFile } from '../core/check/project';
import { allRules } from '../core/rules';
import { CONFIG_FILE_NAME } from '../shared/files-protocol';
import { isRegularFile, MAX_SETTINGS_BYTES, readTextFile } from './read-file';

export { CONFIG_FILE_NAME } from '../shared/files-protocol';
export { knowledgeWithPacks, noConfigFile, type LoadedConfig, type PackFile } from '../core/check/project';

/**
 * The nearest `.imrlintrc.json` in `folder` or one of its parents, up to `boundary` and no
 * further: a stray config above the workspace (in the temp or home folder) must not govern its
 * letters. A folder outside `boundary` is searched alone.
 */
export function findConfigFile(folder: string, boundary: string): string | undefined {
  let current = path.resolve(folder);
  const stop = path.resolve(boundary);
  const inside = isWithin(current, stop);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (isRegularFile(candidate)) return candidate;
    const parent = path.dirname(current);
    if (!inside || current === stop || parent === current) return undefined;
    current = parent;
  }
}

/** Whether `file` is `folder` or lies under it. */
export function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Reads and parses one config file; an unreadable file is a problem, not an exception. */
export function loadConfigFile(file: string): LoadedConfig {
  const read = readTextFile(file, MAX_SETTINGS_BYTES);
  if ('error' in read) {
    return { file, config: defaultConfig(), problems: [problemAt(file, START, read.error)], packRanges: [] };
  }
  const parsed = parseConfig(
    read.text,
    file,
    allRules.map((rule) => rule.id),
  );
  return { file, ...parsed };
}

/** The config that governs a letter: the nearest config file's up to `boundary`, or the defaults. */
export function configForLetter(letterFile: string, boundary: string): LoadedConfig {
  const file = findConfigFile(path.dirname(path.resolve(letterFile)), boundary);
  return file ? loadConfigFile(file) : noConfigFile();
}

/** The config for one letter: the `ignore` entries of that letter, keyed relative to the config file. */
export function letterConfig(config: CheckerConfig, configFile: string | undefined, letterFile: string | undefined) {
  if (!configFile || !letterFile) return { ...config, ignore: [] };
  return ignoredIn(config, ignoreKey(configFile, letterFile));
}

/** How an `ignore` entry names a letter: its path from the config file's folder, `/`-separated. */
export function ignoreKey(configFile: string, letterFile: string): string {
  return path.relative(path.dirname(configFile), path.resolve(letterFile)).split(path.sep).join('/');
}

/**
 * Where "Ignore this finding" writes for a letter: the config file that governs it, or a new
 * `.imrlintrc.json` in `folder` (its workspace folder). Undefined when that file cannot be read.
 */
export function ignoreTargetFor(letterFile: string, folder: string): Omit<IgnoreTarget, 'saveCommand'> | undefined {
  const existing = findConfigFile(path.dirname(path.resolve(letterFile)), folder);
  const file = existing ?? path.join(folder, CONFIG_FILE_NAME);
  const read = existing ? readTextFile(existing, MAX_SETTINGS_BYTES) : undefined;
  if (read && 'error' in read) return undefined;
  return { configUri: pathToFileURL(file).href, configText: read?.text, letterKey: ignoreKey(file, letterFile) };
}

/**
 * Reads the guideline packs a config names, resolving each path against the config file's
 * folder. A pack that cannot be read is reported where the config names it.
 */
export function readGuidelinePacks(loaded: LoadedConfig): { packs: PackFile[]; problems: ConfigProblem[] } {
  const packs: PackFile[] = [];
  const problems: ConfigProblem[] = [];
  const base = loaded.file ? path.dirname(loaded.file) : process.cwd();
  loaded.config.guidelinePacks.forEach((written, index) => {
    const file = path.resolve(base, written);
    const read = readTextFile(file, MAX_SETTINGS_BYTES);
    if ('text' in read) packs.push({ file, text: read.text });
    else problems.push(unreadPack(loaded, index, file, read.error));
  });
  return { packs, problems };
}
