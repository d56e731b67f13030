// Bundles the extension client, the language server and the imr-lint CLI into dist/, their web
// build (esbuild-web.js) into dist/web/, and writes the README copies the extension ships
// (client/scripts/readme-copies.js).
// One esbuild context per entry point; `--production` minifies, `--watch` rebuilds on change.
const esbuild = require('esbuild');
const { webEntries, webOptions } = require('./esbuild-web');
const { writeReadmeCopies } = require('./client/scripts/readme-copies');

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

const entries = [
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'server/lsp/main.ts', out: 'server', banner: '#!/usr/bin/env node', plugins: [lazyLibrariesApart] },
  { in: 'server/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node', plugins: [lazyLibrariesApart] },
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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
