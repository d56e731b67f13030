/** The Node server's files: read from disk, named by path. */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { ProjectFiles } from './project-files';
import { MAX_LETTER_BYTES, readTextFile } from '../node/read-file';
import { configForLetter, ignoreTargetFor, letterConfig, readGuidelinePacks } from '../node/config-files';
import { bundledRuleDocs } from '../node/rule-docs';
import { findWorkspaceLetters } from '../node/workspace-letters';

export const diskFiles: ProjectFiles = {
  fileOf: (uri) => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  uriOf: (file) => pathToFileURL(file).href,
  dirname: (file) => path.dirname(file),
  basename: (file) => path.basename(file),
  resolve: (folder, written) => path.resolve(folder ?? process.cwd(), written),
  isInside: (file, folder) => file.startsWith(folder + path.sep),
  configFor: async (letterFile, boundary) => configForLetter(letterFile, boundary),
  readPacks: async (loaded) => readGuidelinePacks(loaded),
  letterConfig,
  ignoreTarget: async (letterFile, folder) => ignoreTargetFor(letterFile, folder),
  findLetters: async (folder, extraGlobs) => findWorkspaceLetters(folder, extraGlobs),
  readLetter: async (file) => readTextFile(file, MAX_LETTER_BYTES),
  ruleDocs: bundledRuleDocs,
};
