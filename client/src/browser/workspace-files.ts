/**
 * Answers the web server's requests for files (server/shared/files-protocol.ts) with
 * `vscode.workspace.fs`, which reads whatever the workspace is served by: a browser worker has
 * no file system of its own. The same limits and refusals as the Node server's reads.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  CONFIG_FILE_NAME,
  FindConfigRequest,
  FindLettersRequest,
  LETTER_GLOB,
  ReadFileRequest,
  tooLargeReason,
  withoutByteOrderMark,
  type FindConfigParams,
  type FindLettersParams,
  type ReadFileParams,
  type ReadResult,
} from '../../../server/shared/files-protocol';

/** Never letters, and often huge: what the Node server's folder walk skips too. */
const SKIPPED_FOLDERS = '**/{node_modules,.*}/**';

export function serveWorkspaceFiles(client: BaseLanguageClient): void {
  client.onRequest(ReadFileRequest, ({ uri, maxBytes }: ReadFileParams) => readFile(vscode.Uri.parse(uri), maxBytes));
  client.onRequest(FindConfigRequest, (params: FindConfigParams) => findConfig(params));
  client.onRequest(FindLettersRequest, (params: FindLettersParams) => findLetters(params));
}

/** Regular files only, up to `maxBytes`: a folder or an oversized file is refused with a reason. */
async function readFile(uri: vscode.Uri, maxBytes: number): Promise<ReadResult> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0) return { error: `not a regular file (${kindOf(stat.type)})` };
    if (stat.size > maxBytes) return { error: tooLargeReason(stat.size, maxBytes) };
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.byteLength > maxBytes) return { error: tooLargeReason(bytes.byteLength, maxBytes) };
    return { text: withoutByteOrderMark(new TextDecoder().decode(bytes)) };
  } catch (error) {
    return { error: `cannot read the file (${(error as vscode.FileSystemError).code ?? String(error)})` };
  }
}

function kindOf(type: vscode.FileType): string {
  return type & vscode.FileType.Directory ? 'a folder' : 'not a file';
}

/** From `folder` up to `boundary` (a folder outside it alone), as the Node server searches the disk. */
async function findConfig({ folder, boundary }: FindConfigParams): Promise<string | null> {
  const stop = vscode.Uri.parse(boundary).toString();
  let current = vscode.Uri.parse(folder);
  const inside = current.toString() === stop || current.toString().startsWith(`${stop}/`);
  for (;;) {
    const candidate = vscode.Uri.joinPath(current, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate.toString();
    const parent = vscode.Uri.joinPath(current, '..');
    if (!inside || current.toString() === stop || parent.toString() === current.toString()) return null;
    current = parent;
  }
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

async function findLetters({ folder, extraGlobs }: FindLettersParams): Promise<string[]> {
  const base = vscode.Uri.parse(folder);
  const found = await Promise.all(
    [LETTER_GLOB, ...extraGlobs].map((glob) =>
      vscode.workspace.findFiles(new vscode.RelativePattern(base, glob), SKIPPED_FOLDERS),
    ),
  );
  return [...new Set(found.flat().map((uri) => uri.toString()))].sort();
}
