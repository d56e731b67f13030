// Bundles the extension client, the language server and the imr-lint CLI into dist/, their web
// build (esbuild-web.js) into dist/web/, and writes the README copies the extension ships
// (client/scripts/readme-copies.js), and the code caches the CLI and the server start from
// (client/scripts/code-cache.js; not in watch mode, where a bundle without a cache starts as before).
// One esbuild context per entry point; `--production` minifies, `--watch` rebuilds on change.
const esbuild = require('esbuild');
const { webEntries, webOptions } = require('./esbuild-web');
const { writeReadmeCopies } = require('./client/scripts/readme-copies');
const { makeCodeCaches } = require('./client/scripts/code-cache');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * Libraries only some runs need, each bundled into a file of its own that the server and the CLI
 * require when they need it: bundled in, their code would be compiled at every start (pdf-lib and
 * ajv are nearly half of the server's bundle).
 */
const lazyLibraries = [
  // The PDF export.
  { name: 'pdf-lib', out: 'pdf-lib' },
  // Validating a user's guideline pack.
  { name: 'ajv', out: 'ajv' },
];

const lazyLibrariesApart = {
  name: 'lazy-libraries-apart',
  setup(build) {
    const filter = new RegExp(`^(${lazyLibraries.map((library) => library.name).join('|')})$`);
    build.onResolve({ filter }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const library = lazyLibraries.find((candidate) => candidate.name === args.path);
      return { path: `./${library.out}.js`, external: true };
    });
  },
};

/**
 * Node's own modules that the server's libraries require at their top level only for what the
 * server does not do at start (vscode-jsonrpc's random pipe names, vscode-languageserver's search
 * for globally installed modules): each is loaded at its first use, if any, instead of at every
 * start (child_process and crypto, with the modules they load, cost a start some 8 ms).
 */
const lazyBuiltins = ['child_process', 'crypto'];

const lazyBuiltinsOnUse = {
  name: 'lazy-builtins-on-use',
  setup(build) {
    const filter = new RegExp(`^(${lazyBuiltins.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'lazy-builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded;
module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require(${JSON.stringify(args.path)}))[name] });`,
      loader: 'js',
    }));
  },
};

const entries = [
  { in: 'client/src/extension.ts', out: 'client' },
  // What editors and users run (dist/server.js, dist/cli.js) only starts the bundle beside it from its code cache.
  { in: 'server/lsp/start.ts', out: 'server', banner: '#!/usr/bin/env node' },
  { in: 'server/lsp/main.ts', out: 'server-bundle', plugins: [lazyLibrariesApart, lazyBuiltinsOnUse] },
  { in: 'server/cli/start.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/cli/main.ts', out: 'cli-bundle', plugins: [lazyLibrariesApart] },
  ...lazyLibraries.map((library) => ({ in: require.resolve(library.name), out: library.out })),
];

/** What every bundle shares, the web ones too. */
const shared = {
  bundle: true,
  outdir: 'dist',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

async function main() {
  const contexts = await Promise.all([
    ...webEntries.map((entry) => esbuild.context(webOptions(entry, shared))),
    ...entries.map((entry) =>
      esbuild.context({
        ...shared,
        entryPoints: { [entry.out]: entry.in },
        format: 'cjs',
        platform: 'node',
        // jsonc-parser's UMD build loads its parts with a require() esbuild cannot follow; its ESM build bundles.
        mainFields: ['module', 'main'],
        target: 'node20',
        banner: entry.banner ? { js: entry.banner } : undefined,
        plugins: entry.plugins ?? [],
      }),
    ),
  ]);
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  writeReadmeCopies();
  await makeCodeCaches(shared.outdir);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
