/**
 * Paths and small helpers shared by the end-to-end hosts (code-server, test-electron, Neovim).
 * Compiled to out/test/e2e/, so the project root is three folders up.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const PROJECT_ROOT = path.resolve(__dirname, '../../..');
export const E2E_SOURCE = path.join(PROJECT_ROOT, 'test', 'e2e');
export const FIXTURE_WORKSPACE = path.join(E2E_SOURCE, 'workspace');
export const SUITE_INDEX = path.join(PROJECT_ROOT, 'out', 'test', 'e2e', 'suite', 'index');
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results');

/** The suite prints `imr-e2e: VS Code <version>` first and `<prefix>: N passed, N failed` last. */
export const VERSION_PATTERN = /^imr-e2e: VS Code (\S+)/m;

export interface SuiteCounts {
  passed: number;
  failed: number;
}

export function parseCounts(log: string, prefix = 'imr-e2e'): SuiteCounts | undefined {
  const match = new RegExp(`^${prefix}: (\\d+) passed, (\\d+) failed$`, 'm').exec(log);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

/** A fresh temporary folder; the caller removes it. */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs `body` with a fresh temporary folder and removes the folder afterwards. */
export async function withTempDir<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = makeTempDir(prefix);
  try {
    return await body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A throw-away copy of the fixture workspace: the suite applies edits and the UI check opens
 * files, and neither may touch the fixtures in the repository.
 */
export function copyFixtureWorkspace(into: string): string {
  const target = path.join(into, 'workspace');
  fs.cpSync(FIXTURE_WORKSPACE, target, { recursive: true });
  return target;
}

/** Fails early, with the command to run, when a build output the hosts load is missing. */
export function requireBuilt(file: string, command: string): void {
  if (!fs.existsSync(path.join(PROJECT_ROOT, file))) {
    throw new Error(`${file} is missing: run \`${command}\` first`);
  }
}

export function elapsedSeconds(startedAt: number): string {
  return `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
}

/** A finding the fixture workspace's expected.json lists for a letter: rule id and 0-based line. */
export interface ExpectedFinding {
  code: string;
  line: number;
}

/** Expected findings per letter of the fixture workspace, shared by every host (Neovim reads it too). */
export function expectedFindings(): Record<string, ExpectedFinding[]> {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_WORKSPACE, 'expected.json'), 'utf8')) as Record<
    string,
    ExpectedFinding[]
  >;
}

export function fixtureText(letter: string): string {
  return fs.readFileSync(path.join(FIXTURE_WORKSPACE, letter), 'utf8');
}

/** 0-based line and character of the first occurrence of `text` in a fixture letter. */
export function positionOf(letter: string, text: string): { line: number; character: number } {
  const lines = fixtureText(letter).split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(text));
  if (line < 0) throw new Error(`${letter} does not contain ${JSON.stringify(text)}`);
  return { line, character: lines[line].indexOf(text) };
}
