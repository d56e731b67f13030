import type { ConfigProblem } from '../core/check/config';
import type { LoadedConfig, PackFile } from '../core/check/project';
import type { KnowledgeBase } from '../core/knowledge/types';
import type { LetterSetup as CoreLetterSetup } from '../core/service';
import type { ProjectFiles } from './project-files';
import { mergeConfig, type EditorSettings } from './settings';

/** What a letter is checked with, and where its configuration came from. */
export interface LetterSetup extends CoreLetterSetup {
  /** The `.imrlintrc.json` in use, if any, so the editor can say which one governs the letter. */
  configFile?: string;
}

export interface SetupSources {
  /** The editor settings for a document (workspace/configuration, scoped to it). */
  settings(uri: string): Promise<EditorSettings>;
  /** The workspace folders, as files. */
  folders(): string[];
  /** How config and pack files are found and read. */
  files: ProjectFiles;
  /** Whether the workspace is trusted: only then are guideline packs from it loaded. */
  trusted: boolean;
  /** The built-in knowledge with these packs applied, and what is wrong in them. */
  knowledge(packs: PackFile[]): { knowledge: KnowledgeBase; problems: ConfigProblem[] };
  /** Problems found in config and pack files, to show on those files. */
  report(problems: ConfigProblem[]): void;
}

/**
 * Works out, and remembers per document, the config and knowledge a letter is checked with:
 * editor settings, the nearest `.imrlintrc.json` (files on disk only), and guideline packs
 * named by either when the workspace is trusted.
 */
export class LetterSetups {
  private readonly cache = new Map<string, Promise<LetterSetup>>();
  /** The config and pack files the remembered setups were read from. */
  private readonly files = new Set<string>();
  /** Knowledge by the packs it was built from: letters under one config share one knowledge base. */
  private readonly knowledgeByPacks = new Map<string, { knowledge: KnowledgeBase; problems: ConfigProblem[] }>();

  constructor(private readonly sources: SetupSources) {}

  forUri(uri: string): Promise<LetterSetup> {
    let setup = this.cache.get(uri);
    if (!setup) {
      setup = this.compute(uri);
      this.cache.set(uri, setup);
      // A setup that failed is worked out again next time rather than remembered.
      setup.catch(() => this.cache.delete(uri));
    }
    return setup;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.files.clear();
    this.knowledgeByPacks.clear();
  }

  /** Whether a file that changed on disk is one a remembered setup was read from. */
  readFrom(file: string): boolean {
    return this.files.has(file);
  }

  private async compute(uri: string): Promise<LetterSetup> {
    const { files } = this.sources;
    const settings = await this.sources.settings(uri);
    const file = files.fileOf(uri);
    // The search for .imrlintrc.json stops at the workspace folder; a letter outside every folder has only its own.
    const project = file
      ? await files.configFor(file, holdingFolder(files, this.sources.folders(), file) ?? files.dirname(file))
      : undefined;
    const packs = this.sources.trusted ? await this.packFiles(settings, project, file) : { packs: [], problems: [] };
    if (project?.file) this.files.add(project.file);
    for (const pack of packs.packs) this.files.add(pack.file);
    const { knowledge, problems } = this.knowledgeFor(packs.packs);
    this.sources.report([...(project?.problems ?? []), ...packs.problems, ...problems]);
    const config = mergeConfig(
      settings,
      project?.config,
      packs.packs.map((pack) => pack.file),
    );
    return { config: files.letterConfig(config, project?.file, file), knowledge, configFile: project?.file };
  }

  private knowledgeFor(packs: PackFile[]): { knowledge: KnowledgeBase; problems: ConfigProblem[] } {
    const key = JSON.stringify(packs.map((pack) => [pack.file, pack.text]));
    let built = this.knowledgeByPacks.get(key);
    if (!built) {
      built = this.sources.knowledge(packs);
      this.knowledgeByPacks.set(key, built);
    }
    return built;
  }

  /** Packs from the settings (relative to the letter's workspace folder) and from the config file. */
  private async packFiles(settings: EditorSettings, project: LoadedConfig | undefined, file: string | undefined) {
    const { files } = this.sources;
    const fromProject = project ? await files.readPacks(project) : { packs: [], problems: [] };
    // Settings name packs relative to the workspace folder; resolved here, a pack that cannot be
    // read is reported on its own path, as no file holds the setting.
    const folder = folderOf(files, this.sources.folders(), file) ?? (file ? files.dirname(file) : undefined);
    const fromSettings = await files.readPacks({
      config: {
        rules: {},
        reviewer: {},
        ignore: [],
        guidelinePacks: settings.guidelinePacks.map((pack) => files.resolve(folder, pack)),
      },
      problems: [],
      packRanges: [],
    });
    const seen = new Set<string>();
    const packs = [...fromSettings.packs, ...fromProject.packs].filter(
      (pack) => !seen.has(pack.file) && seen.add(pack.file),
    );
    return { packs, problems: [...fromProject.problems, ...fromSettings.problems] };
  }
}

/** The workspace folder holding the file (the innermost), else the first folder. */
export function folderOf(files: ProjectFiles, folders: string[], file: string | undefined): string | undefined {
  return (file ? holdingFolder(files, folders, file) : undefined) ?? folders[0];
}

/** The innermost workspace folder holding the file. */
function holdingFolder(files: ProjectFiles, folders: string[], file: string): string | undefined {
  return folders.filter((folder) => files.isInside(file, folder)).sort((a, b) => b.length - a.length)[0];
}
