// Bundles the extension client, the language server and the imr-lint CLI into dist/, their web
// build (esbuild-web.js) into dist/web/, and writes the README copies the extension ships
// (client/scripts/readme-copies.js).
// One esbuild context per entry point; `--production` minifies, `--watch` rebuilds on change.
const esbuild = require('esbuild');
const { webEntries, webOptions } = require('./esbuild-web');
const { writeReadmeCopies } = require('./client/scripts/readme-copies');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'server/lsp/main.ts', out: 'server', banner: '#!/usr/bin/env node' },
  { in: 'server/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
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
