/**
 * code-server (VS Code 1.100.x served to a browser) as an offline host for the extension:
 * installs it into a git-ignored folder, starts it on loopback with fresh user data, and opens
 * its workbench in Debian's Chromium through playwright-core. Everything started here is
 * stopped by the handle it returns.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { Browser, chromium } from 'playwright-core';
import { copyFixtureWorkspace, E2E_SOURCE, elapsedSeconds, makeTempDir } from './project';

/** The newest code-server release that runs on Node 20 (VS Code 1.100.3). */
const CODE_SERVER_VERSION = '4.100.3';
const INSTALL_DIR = path.join(E2E_SOURCE, '.code-server');
const CODE_SERVER_BIN = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const START_TIMEOUT_MS = 60_000;

/** Process groups of the code-servers still running, killed if this process exits early. */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) signalGroup(pid, 'SIGKILL');
});

/** The ripgrep version pinned inside code-server, whose installer looks in this cache before GitHub. */
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** Installs code-server unless the installed one is the pinned version; returns what it did. */
export function ensureCodeServer(): string {
  if (installedVersion() === CODE_SERVER_VERSION) return `code-server ${CODE_SERVER_VERSION} already installed`;
  const startedAt = Date.now();
  seedRipgrepCache();
  fs.mkdirSync(INSTALL_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(INSTALL_DIR, 'package.json'),
    JSON.stringify({ name: 'imr-e2e-code-server', private: true }, null, 2) + '\n',
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: INSTALL_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      // node-pty's post-install runs `npx node-gyp`, which would otherwise wait for a "yes".
      npm_config_yes: 'true',
      // code-server's post-install refuses to run as root without it.
      npm_config_unsafe_perm: 'true',
      // npm 11 skips dependencies' install scripts by default; code-server's post-install and the
      // native modules it builds need theirs. This applies to this private folder only.
      npm_config_dangerously_allow_all_scripts: 'true',
    },
  });
  if (installedVersion() !== CODE_SERVER_VERSION) throw new Error(`code-server install in ${INSTALL_DIR} failed`);
  return `installed code-server ${CODE_SERVER_VERSION} in ${elapsedSeconds(startedAt)}`;
}

function installedVersion(): string | undefined {
  const manifest = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'package.json');
  const postInstalled = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules.asar');
  if (!fs.existsSync(manifest) || !fs.existsSync(postInstalled)) return undefined;
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** GitHub is unreachable here, so hand @vscode/ripgrep the system's rg in the tarball it expects. */
function seedRipgrepCache(): void {
  const cacheDir = path.join(process.env.TMPDIR ?? '/tmp', RIPGREP_CACHE);
  const tarball = path.join(cacheDir, RIPGREP_TARBALL);
  if (fs.existsSync(tarball)) return;
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  const staging = makeTempDir('imr-rg-');
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.mkdirSync(cacheDir, { recursive: true });
  execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
}

/** Options for a code-server that opens a throw-away copy of the fixture workspace. */
export interface CodeServerOptions {
  /** A packaged extension to install first, as a user would (`--install-extension`). */
  vsix?: string;
  /** Receives every line code-server prints. */
  onOutput?: (line: string) => void;
  /** User settings besides the quiet defaults (writeUserSettings). */
  settings?: Record<string, unknown>;
}

export interface RunningCodeServer {
  port: number;
  /** Where the extensions are installed (the .vsix, when one was given). */
  extensionsDir: string;
  /** Base URL of the workbench, with the folder already selected. */
  workbenchUrl: string;
  launchBrowser(): Promise<Browser>;
  stop(): Promise<void>;
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const home = makeTempDir('imr-code-server-');
  const workspace = copyFixtureWorkspace(home);
  const profile = ['--user-data-dir', path.join(home, 'user-data'), '--extensions-dir', path.join(home, 'extensions')];
  writeUserSettings(path.join(home, 'user-data'), options.settings);
  // Config and the extension host's sockets stay inside `home`, removed by stop().
  const env = { ...process.env, XDG_CONFIG_HOME: home, TMPDIR: path.join(home, 'tmp') };
  fs.mkdirSync(env.TMPDIR, { recursive: true });
  if (options.vsix) {
    execFileSync(process.execPath, [CODE_SERVER_BIN, ...profile, '--install-extension', options.vsix], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env,
    });
  }
  const port = await freePort();
  const flags = ['--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'];
  const config = ['--config', path.join(home, 'config.yaml')];
  const child = spawn(
    process.execPath,
    [CODE_SERVER_BIN, '--bind-addr', `127.0.0.1:${port}`, ...flags, ...config, ...profile, workspace],
    // Its own process group, so stop() ends code-server and every extension host it forked.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env },
  );
  if (child.pid !== undefined) running.add(child.pid);
  forwardLines(child, options.onOutput);
  const browsers: Browser[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(browsers.map((browser) => browser.close().catch(() => undefined)));
    // What code-server says while being stopped (watchers terminated …) is not news.
    for (const stream of [child.stdout, child.stderr]) stream?.removeAllListeners('data').resume();
    await stopProcessGroup(child);
    if (child.pid !== undefined) running.delete(child.pid);
    fs.rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  };
  await waitForHealth(port, child).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return {
    port,
    extensionsDir: path.join(home, 'extensions'),
    workbenchUrl: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    launchBrowser: async () => {
      const browser = await launchChromium();
      browsers.push(browser);
      return browser;
    },
    stop,
  };
}

/** Quiet, deterministic workbench: no welcome page, tips, trust prompt, update checks or minimap. */
function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): void {
  const settingsDir = path.join(userDataDir, 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    // VS Code in a browser saves after 1 s by default (desktop: off); tests revert their edits.
    'files.autoSave': 'off',
    // Screenshots show the letter, not the chrome around it.
    'editor.minimap.enabled': false,
    'editor.stickyScroll.enabled': false,
    ...extra,
  };
  fs.writeFileSync(path.join(settingsDir, 'settings.json'), JSON.stringify(settings, null, 2));
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function forwardLines(child: ChildProcess, onOutput: ((line: string) => void) | undefined): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onOutput?.(line);
    });
  }
}

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} while starting`);
    if (await answers(`http://127.0.0.1:${port}/healthz`)) return;
    await delay(250);
  }
  throw new Error(`code-server did not answer on port ${port} within ${START_TIMEOUT_MS / 1000} s`);
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child.pid, 'SIGTERM');
    await Promise.race([exited, delay(5000)]);
  }
  // Extension hosts and watchers can outlive code-server itself by a moment and keep writing
  // into the folder about to be removed; end whatever of the group is left.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
