// Runs the TypeScript generators of client/scripts/ without a compiled out/ folder: esbuild
// bundles one in memory and the bundle runs here. A file is written only when its text changes.
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

function write(relative, text) {
  const file = path.join(root, relative);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`wrote ${relative}`);
}

module.exports = { loadBundled, write, root };
