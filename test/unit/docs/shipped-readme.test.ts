import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/** What the build writes beside the bundles (client/scripts/readme-copies.js); `npm test` builds first. */
const root = path.join(__dirname, '../../../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const shipped = (name: string) => fs.readFileSync(path.join(root, 'dist', name), 'utf8');
const images = (text: string) => [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);

describe('the README as the extension ships it', () => {
  it('the README has images, so the extension page has something to show', () => {
    assert.ok(images(readme).length > 0);
    for (const image of images(readme)) assert.match(image, /^client\/images\/[\w-]+\.png$/);
  });

  it('dist/README.md, the rule docs: the README with relative links reaching the same files from dist/', () => {
    const docs = shipped('README.md');
    assert.deepStrictEqual(
      images(docs),
      images(readme).map((image) => `../${image}`),
    );
    for (const image of images(docs)) assert.ok(fs.existsSync(path.join(root, 'dist', image)), image);
    assert.strictEqual(docs.replace(/\]\(\.\.\/client\//g, '](client/'), readme);
  });

  it('dist/details.md, the extension page: every image inlined as a PNG data URL', () => {
    assert.deepStrictEqual(
      images(shipped('details.md')),
      images(readme).map(
        (image) => `data:image/png;base64,${fs.readFileSync(path.join(root, image)).toString('base64')}`,
      ),
    );
  });

  it('the package script uses dist/details.md as the extension page and ships dist/README.md', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    assert.match(manifest.scripts.package, / --readme-path dist\/details\.md /);
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/README.md'));
    // The root README would land beside vsce's readme.md: one name apart only in case.
    assert.ok(!ignore.includes('!README.md'));
  });
});
