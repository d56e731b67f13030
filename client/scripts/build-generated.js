// Regenerates the files derived from the core: snippets/imr-determination.json (from the letter
// template), the rule list of package.json's `imrDeterminations.rules` setting and
// schemas/imrlintrc.schema.json (from the rule modules). The generators are TypeScript that
// imports the core; esbuild bundles them in memory and the bundle runs here, so the build needs
// no compiled out/ folder. A file is written only when its text changes.
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

const snippets = loadBundled('client/scripts/snippets.ts');
write(snippets.SNIPPETS_FILE, snippets.builtInSnippetsText());
const manifest = loadBundled('client/scripts/manifest.ts');
write(manifest.MANIFEST_FILE, manifest.manifestText(fs.readFileSync(path.join(root, manifest.MANIFEST_FILE), 'utf8')));
write(manifest.CONFIG_SCHEMA_FILE, manifest.configSchemaText());
