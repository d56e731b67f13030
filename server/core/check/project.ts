/**
 * A project's configuration as read from its `.imrlintrc.json` and the guideline packs it names:
 * what the CLI, the Node server and the web server pass around, each reading the files its own way.
 */
import type { Range } from 'vscode-languageserver-types';
import { builtInKnowledge, mergeKnowledge, parsePack } from '../knowledge';
import type { KnowledgeBase } from '../knowledge/types';
import { defaultConfig, type CheckerConfig, type ConfigProblem } from './config';

export interface LoadedConfig {
  /** The config file, absent when none was found (defaults apply). */
  file?: string;
  config: CheckerConfig;
  problems: ConfigProblem[];
  /** Where each guideline pack path is written in the config file. */
  packRanges: Range[];
}

export interface PackFile {
  /** Where the pack was read from: a path on disk, or a URI in the browser. */
  file: string;
  text: string;
}

export const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The defaults, for a letter no config file governs. */
export function noConfigFile(): LoadedConfig {
  return { config: defaultConfig(), problems: [], packRanges: [] };
}

export function problemAt(file: string, range: Range, message: string): ConfigProblem {
  return { file, range, message };
}

/** A pack named in a config that could not be read, reported where the config names it. */
export function unreadPack(loaded: LoadedConfig, index: number, file: string, reason: string): ConfigProblem {
  const written = loaded.config.guidelinePacks[index];
  return problemAt(loaded.file ?? file, loaded.packRanges[index] ?? START, `guideline pack "${written}": ${reason}`);
}

/**
 * The built-in knowledge with the packs applied in order; each pack may refer to entries of
 * the built-in data and of the packs before it. A broken pack is left out and reported.
 */
export function knowledgeWithPacks(packs: PackFile[]): { knowledge: KnowledgeBase; problems: ConfigProblem[] } {
  let knowledge = builtInKnowledge();
  const problems: ConfigProblem[] = [];
  for (const { file, text } of packs) {
    const parsed = parsePack(text, file, knowledge);
    problems.push(...parsed.problems.map((problem) => problemAt(problem.file, problem.range, problem.reason)));
    if (parsed.pack) knowledge = mergeKnowledge(knowledge, [{ name: file, pack: parsed.pack }]).knowledge;
  }
  return { knowledge, problems };
}
