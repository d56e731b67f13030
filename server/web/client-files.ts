/**
 * The web server's files: a browser worker has no file system, so every file is asked of the
 * client (client/src/browser/workspace-files.ts), which reads it with `vscode.workspace.fs`.
 * Files are named by their URIs.
 */
import type { Connection } from 'vscode-languageserver';
import { ignoredIn, parseConfig, type ConfigProblem } from '../core/check/config';
import { noConfigFile, problemAt, START, unreadPack, type LoadedConfig, type PackFile } from '../core/check/project';
import { allRules } from '../core/rules';
import type { ProjectFiles } from '../lsp/project-files';
import { commandRuleDocs } from '../lsp/rule-links';
import {
  CONFIG_FILE_NAME,
  FindConfigRequest,
  FindLettersRequest,
  MAX_LETTER_BYTES,
  MAX_SETTINGS_BYTES,
  ReadFileRequest,
  type FindConfigParams,
  type FindLettersParams,
  type ReadFileParams,
  type ReadResult,
} from '../shared/files-protocol';
import { ShowRuleDocsCommand } from '../shared/protocol';
import { basename, dirname, isInside, relative, resolve } from './uri-path';

export function clientFiles(connection: Connection): ProjectFiles {
  const read = (uri: string, maxBytes: number): Promise<ReadResult> =>
    connection
      .sendRequest<ReadResult>(ReadFileRequest, { uri, maxBytes } satisfies ReadFileParams)
      .catch((error: Error) => ({ error: `cannot read the file (${error.message})` }));
  const findConfig = (folder: string, boundary: string): Promise<string | null> =>
    connection.sendRequest<string | null>(FindConfigRequest, { folder, boundary } satisfies FindConfigParams);
  const loadConfig = async (file: string): Promise<LoadedConfig> => {
    const text = await read(file, MAX_SETTINGS_BYTES);
    if ('error' in text) return { file, ...noConfigFile(), problems: [problemAt(file, START, text.error)] };
    return { file, ...parseConfig(text.text, file, ruleIds) };
  };
  const ruleIds = allRules.map((rule) => rule.id);
  return {
    fileOf: (uri) => (uri.startsWith('untitled:') ? undefined : uri),
    uriOf: (file) => file,
    dirname,
    basename,
    resolve: (folder, written) => (folder === undefined ? written : resolve(folder, written)),
    isInside,
    configFor: async (letterFile, boundary) => {
      const file = await findConfig(dirname(letterFile), boundary);
      return file ? loadConfig(file) : noConfigFile();
    },
    readPacks: async (loaded) => {
      const base = loaded.file ? dirname(loaded.file) : undefined;
      const files = loaded.config.guidelinePacks.map((written) => (base ? resolve(base, written) : written));
      const texts = await Promise.all(files.map((file) => read(file, MAX_SETTINGS_BYTES)));
      const packs: PackFile[] = [];
      const problems: ConfigProblem[] = [];
      texts.forEach((text, index) => {
        if ('text' in text) packs.push({ file: files[index], text: text.text });
        else problems.push(unreadPack(loaded, index, files[index], text.error));
      });
      return { packs, problems };
    },
    letterConfig: (config, configFile, letterFile) =>
      configFile && letterFile
        ? ignoredIn(config, relative(dirname(configFile), letterFile))
        : { ...config, ignore: [] },
    ignoreTarget: async (letterFile, folder) => {
      const existing = await findConfig(dirname(letterFile), folder);
      const file = existing ?? resolve(folder, CONFIG_FILE_NAME);
      const text = existing ? await read(existing, MAX_SETTINGS_BYTES) : undefined;
      if (text && 'error' in text) return undefined;
      return { configUri: file, configText: text?.text, letterKey: relative(dirname(file), letterFile) };
    },
    findLetters: (folder, extraGlobs) =>
      connection.sendRequest<string[]>(FindLettersRequest, {
        folder,
        extraGlobs: [...extraGlobs],
      } satisfies FindLettersParams),
    readLetter: (file) => read(file, MAX_LETTER_BYTES),
    ruleDocs: commandRuleDocs(ShowRuleDocsCommand),
  };
}
