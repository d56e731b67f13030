import * as fs from 'fs';
import * as path from 'path';
import { formatConfigProblem } from '../core/check/config';
import type { LetterSetup } from '../core/service';
import {
  CONFIG_FILE_NAME,
  findConfigFile,
  isWithin,
  letterConfig,
  knowledgeWithPacks,
  loadConfigFile,
  noConfigFile,
  readGuidelinePacks,
  type LoadedConfig,
} from '../node/config-files';
import { CliError } from './options';

/**
 * The settings for each letter: the `--config` file for all, or else the nearest
 * `.imrlintrc.json`, searched upwards from the letter's folder to the repository root (the
 * nearest folder holding `.git`), or else to the current folder; a letter outside both has only
 * its own folder searched. Each config file (and its packs) is read once per run. A problem in
 * a config or pack stops the run with its `file:line:col` (exit status 2): checking with half a
 * config would report the wrong things.
 */
export class SettingsCache {
  private readonly byConfigFile = new Map<string, LetterSetup>();
  /** The config search's answer per letter folder: a folder of letters is searched once, not once per letter. */
  private readonly byFolder = new Map<string, { found?: string; boundary: string }>();

  constructor(
    private readonly explicitConfig?: string,
    /** Told which config governs each letter (`--debug`). */
    private readonly debug?: (line: string) => void,
  ) {}

  /** The settings of one letter: its config file's, with that file's `ignore` entries for this letter. */
  forLetter(file: string): LetterSetup {
    const configFile = this.configFileFor(file);
    const settings = this.forConfigFile(configFile);
    return { ...settings, config: letterConfig(settings.config, configFile, file) };
  }

  private configFileFor(file: string): string | undefined {
    if (this.explicitConfig) {
      this.debug?.(`${file}: settings from ${this.explicitConfig} (--config)`);
      return this.explicitConfig;
    }
    const { found, boundary } = this.searchFrom(path.dirname(path.resolve(file)));
    this.debug?.(
      found
        ? `${file}: settings from ${displayPath(found)}`
        : `${file}: no ${CONFIG_FILE_NAME} from its folder up to ${boundary}; default settings`,
    );
    return found;
  }

  private searchFrom(folder: string): { found?: string; boundary: string } {
    let search = this.byFolder.get(folder);
    if (!search) {
      const boundary = searchBoundary(folder);
      search = { found: findConfigFile(folder, boundary), boundary };
      this.byFolder.set(folder, search);
    }
    return search;
  }

  /** For listings, which concern no letter: the config that would govern a letter in `folder`. */
  forFolder(folder: string): LetterSetup {
    return this.forLetter(path.join(folder, 'letter.imr.md'));
  }

  private forConfigFile(file: string | undefined): LetterSetup {
    const key = file ? path.resolve(file) : '';
    let settings = this.byConfigFile.get(key);
    if (!settings) {
      settings = settingsFrom(file ? loadConfigFile(key) : noConfigFile());
      this.byConfigFile.set(key, settings);
    }
    return settings;
  }
}

function settingsFrom(loaded: LoadedConfig): LetterSetup {
  const packs = readGuidelinePacks(loaded);
  const { knowledge, problems } = knowledgeWithPacks(packs.packs);
  const first = [...loaded.problems, ...packs.problems, ...problems][0];
  if (first) throw new CliError(formatConfigProblem({ ...first, file: displayPath(first.file) }));
  return { config: loaded.config, knowledge };
}

/** Where the search for a letter's config stops: its repository's root, else the current folder, else its own folder. */
function searchBoundary(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) break;
  }
  return isWithin(folder, process.cwd()) ? process.cwd() : folder;
}

/** Paths under the working folder are shown relative to it, as the letters' own paths are. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
