// `npm run docs:rules`: writes the README's rule table and rule sections from the rule modules
// (client/scripts/readme-rules.ts); test/unit/docs/readme.test.ts fails while they differ.
const fs = require('fs');
const path = require('path');
const { loadBundled, write, root } = require('./bundled');

const readme = loadBundled('client/scripts/readme-rules.ts');
write(readme.README_FILE, readme.readmeText(fs.readFileSync(path.join(root, readme.README_FILE), 'utf8')));
