import * as path from 'path';
import { formatConfigProblem, type CheckerConfig } from '../core/check/config';
import type { KnowledgeBase } from '../core/knowledge/types';
import {
  findConfigFile,
  letterConfig,
  knowledgeWithPacks,
  loadConfigFile,
  noConfigFile,
  readGuidelinePacks,
  type LoadedConfig,
} from '../node/config-files';
import { CliError } from './options';

/** What a letter is checked with. */
export interface LetterSettings {
  config: CheckerConfig;
  knowledge: KnowledgeBase;
}

/**
 * The settings for each letter: the `--config` file for all, or else the nearest
 * `.imrlintrc.json`. Each config file (and its packs) is read once per run. A problem in a
 * config or pack stops the run with its `file:line:col` (exit status 2): checking with half a
 * config would report the wrong things.
 */
export class SettingsCache {
  private readonly byConfigFile = new Map<string, LetterSettings>();

  constructor(private readonly explicitConfig?: string) {}

  /** The settings of one letter: its config file's, with that file's `ignore` entries for this letter. */
  forLetter(file: string): LetterSettings {
    const configFile = this.explicitConfig ?? findConfigFile(path.dirname(path.resolve(file)));
    const settings = this.forConfigFile(configFile);
    return { ...settings, config: letterConfig(settings.config, configFile, file) };
  }

  /** For listings, which concern no letter: the config that would govern a letter in `folder`. */
  forFolder(folder: string): LetterSettings {
    return this.forLetter(path.join(folder, 'letter.imr.md'));
  }

  private forConfigFile(file: string | undefined): LetterSettings {
    const key = file ? path.resolve(file) : '';
    let settings = this.byConfigFile.get(key);
    if (!settings) {
      settings = settingsFrom(file ? loadConfigFile(key) : noConfigFile());
      this.byConfigFile.set(key, settings);
    }
    return settings;
  }
}

function settingsFrom(loaded: LoadedConfig): LetterSettings {
  const packs = readGuidelinePacks(loaded);
  const { knowledge, problems } = knowledgeWithPacks(packs.packs);
  const first = [...loaded.problems, ...packs.problems, ...problems][0];
  if (first) throw new CliError(formatConfigProblem({ ...first, file: displayPath(first.file) }));
  return { config: loaded.config, knowledge };
}

/** Paths under the working folder are shown relative to it, as the letters' own paths are. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
