// The README as the extension ships it, written into dist/ by every build:
// - dist/README.md, the rule documentation the diagnostics link to and the Markdown preview opens.
//   vsce stores the root README as `readme.md` (lower case) in the .vsix, so a link to `README.md`
//   would miss on a case-sensitive file system; a copy under dist/ keeps its name. Its relative
//   links are rewritten to reach the same files from dist/.
// - dist/details.md, the extension page (`vsce package --readme-path`): VS Code renders it in a
//   webview that resolves no relative image of a locally installed .vsix, and vsce refuses a
//   relative image without a repository URL, so its images are inlined as data: URLs (PNG only:
//   vsce refuses SVG data URLs).
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../..');
/** A Markdown link or image with a relative target: not a URL, an anchor or a mail address. */
const RELATIVE_LINK = /(!?\[[^\]]*\]\()(?![a-z][a-z0-9+.-]*:|#)([^)\s]+)\)/gi;

function writeReadmeCopies() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'dist/README.md'),
    readme.replace(RELATIVE_LINK, (_, lead, target) => `${lead}../${target})`),
  );
  fs.writeFileSync(
    path.join(root, 'dist/details.md'),
    readme.replace(RELATIVE_LINK, (link, lead, target) =>
      lead.startsWith('!') && target.endsWith('.png') ? `${lead}${dataUrl(target)})` : link,
    ),
  );
}

function dataUrl(target) {
  const png = fs.readFileSync(path.join(root, target));
  return `data:image/png;base64,${png.toString('base64')}`;
}

module.exports = { writeReadmeCopies };
