// Regenerates snippets/imr-determination.json from the built-in guideline knowledge.
// The generator is TypeScript that imports the core; esbuild bundles it in memory and the
// bundle runs here, so the build needs no compiled out/ folder.
const esbuild = require('esbuild');
const fs = require('fs');
const Module = require('module');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

function loadBundled(entry) {
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // jsonc-parser's `main` is a UMD build whose dynamic requires a bundle cannot follow.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const bundle = new Module(entry, module);
  bundle._compile(outputFiles[0].text, path.join(root, entry));
  return bundle.exports;
}

const generator = loadBundled('client/scripts/snippets.ts');
const file = path.join(root, generator.SNIPPETS_FILE);
fs.writeFileSync(file, generator.builtInSnippetsText());
console.log(`wrote ${generator.SNIPPETS_FILE}`);
