/**
 * How `dist/cli.js` and `dist/server.js` start the bundle beside them (`cli-bundle.js`,
 * `server-bundle.js`): from the V8 code cache the build made by running it over the example
 * letters (`*.cache`, client/scripts/code-cache.js). Most of a start's cost is parsing and
 * compiling the functions a first check runs, not checking; the cache holds them compiled.
 *
 * A cache is used only with the bundle of its own build (the build stamps one id at the end of
 * the bundle and at the start of the cache: V8 itself compares only the source's length) and by
 * the V8 that made it (V8 refuses the data of another version or other flags). Otherwise, or when
 * there is no cache, the bundle is compiled as usual: the cache changes how soon, never what.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';

/** The line the build appends to a bundle: `//# imr-build=` and the id (40 hex digits). */
export const BUILD_ID_MARK = '\n//# imr-build=';
const BUILD_ID_LENGTH = 40;

export interface LoadedBundle {
  /** The compiled bundle, kept so the build can ask it for its code cache after a run. */
  readonly script: vm.Script;
  /** Whether the compiled functions came from the bundle's code cache. */
  readonly fromCache: boolean;
  /** Runs the bundle's top level, as Node runs a CommonJS module. */
  run(): void;
}

/** The code cache of a bundle: `cli-bundle.js` → `cli-bundle.cache`. */
export function codeCacheFile(bundleFile: string): string {
  return bundleFile.replace(/\.js$/, '.cache');
}

/**
 * The V8 flags a bundle runs with, set before it is compiled. The flags are set in the build's
 * cache-making run too (it loads the bundle here), since V8 accepts a code cache only under the
 * flags that made it.
 *
 * Both compile each regular expression to machine code at its first use (`--no-regexp-tier-up`).
 * By default V8 first compiles it to the bytecode of its regexp interpreter and compiles it again,
 * to machine code, at its second use. A check uses some 150 patterns, many of them long
 * alternations built from the lexicons, nearly all of them more than once: compiling them twice
 * cost a cold first check some 28 ms of 90, compiling them once some 9 (a code cache holds no
 * compiled patterns, so every start pays this).
 *
 * The CLI lives a second or two, in which V8's default tier-up (optimizing a function after some
 * 67 000 bytecodes' worth of its running) compiles some 280 functions with TurboFan on its helper
 * threads, several of them more than once: about as much CPU as the checking itself, on a machine
 * whose cores the run shares. A budget six times larger still optimizes the loops a large letter
 * or folder spends its time in, and leaves the rest to the baseline code.
 */
const REGEXP_FLAGS = '--no-regexp-tier-up';
const V8_FLAGS: Readonly<Record<string, string>> = {
  'cli-bundle.js': `${REGEXP_FLAGS} --interrupt-budget=400000`,
  'server-bundle.js': REGEXP_FLAGS,
};

/** Compiles a bundle, from its code cache when that was made from this very bundle. */
export function loadBundle(bundleFile: string): LoadedBundle {
  const flags = V8_FLAGS[path.basename(bundleFile)];
  if (flags) v8.setFlagsFromString(flags);
  const source = fs.readFileSync(bundleFile, 'utf8');
  const cachedData = cacheOf(bundleFile, buildIdOf(source));
  // The wrapper Node puts around a CommonJS module (a shebang would not parse inside it; bundles have none).
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    cachedData,
  });
  return {
    script,
    fromCache: cachedData !== undefined && !script.cachedDataRejected,
    run() {
      const module = { exports: {}, filename: bundleFile, id: bundleFile };
      const main = script.runInThisContext() as (...args: unknown[]) => void;
      main.call(
        module.exports,
        module.exports,
        createRequire(bundleFile),
        module,
        bundleFile,
        path.dirname(bundleFile),
      );
    },
  };
}

/** Writes the code cache of a bundle loaded and run by `loadBundle`: what it has compiled so far. */
export function writeCodeCache(bundleFile: string, bundle: LoadedBundle): void {
  const id = buildIdOf(fs.readFileSync(bundleFile, 'utf8'));
  if (id === undefined) throw new Error(`${bundleFile} has no build id: the build stamps it before making its cache`);
  fs.writeFileSync(
    codeCacheFile(bundleFile),
    Buffer.concat([Buffer.from(id, 'latin1'), bundle.script.createCachedData()]),
  );
}

function buildIdOf(source: string): string | undefined {
  const at = source.lastIndexOf(BUILD_ID_MARK);
  if (at < 0) return undefined;
  const id = source.slice(at + BUILD_ID_MARK.length, at + BUILD_ID_MARK.length + BUILD_ID_LENGTH);
  return id.length === BUILD_ID_LENGTH ? id : undefined;
}

/** The cached code after the cache's id, when the cache is there and of the same build. */
function cacheOf(bundleFile: string, id: string | undefined): Buffer | undefined {
  if (id === undefined) return undefined;
  let cache: Buffer;
  try {
    cache = fs.readFileSync(codeCacheFile(bundleFile));
  } catch {
    return undefined;
  }
  return cache.toString('latin1', 0, BUILD_ID_LENGTH) === id ? cache.subarray(BUILD_ID_LENGTH) : undefined;
}
