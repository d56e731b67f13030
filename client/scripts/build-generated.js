// Regenerates the files derived from the core: snippets/imr-determination.json (from the letter
// template), the rule list of package.json's `imrDeterminations.rules` setting and
// schemas/imrlintrc.schema.json (from the rule modules), by the TypeScript generators beside it.
const fs = require('fs');
const path = require('path');
const { loadBundled, write, root } = require('./bundled');

const snippets = loadBundled('client/scripts/snippets.ts');
write(snippets.SNIPPETS_FILE, snippets.builtInSnippetsText());
const manifest = loadBundled('client/scripts/manifest.ts');
write(manifest.MANIFEST_FILE, manifest.manifestText(fs.readFileSync(path.join(root, manifest.MANIFEST_FILE), 'utf8')));
write(manifest.CONFIG_SCHEMA_FILE, manifest.configSchemaText());
