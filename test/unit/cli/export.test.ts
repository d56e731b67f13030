import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleLetter, removeFolder, runCli, tempFolder } from './run-cli';

const BROKEN = `# HOW THE IMR FINAL DETERMINATION WAS MADE

The Expert Reviewer has the following credentials:

- State(s) of Licensure: California

# CLINICAL CASE SUMMARY

The patient is a 40 year old male.

# IMR ISSUES, DECISIONS AND RATIONALES

## Physical therapy 6 visits for the low back: Upheld

**Claims Administrator guideline:** Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.

**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.

**Decision rationale:** The request is not medically necessary.
`;

describe('imr-lint export', () => {
  let folder: string;
  beforeEach(() => {
    folder = tempFolder({
      'published.txt': exampleLetter('chiropractic-low-back.txt'),
      'draft.imr.md': exampleLetter('acupuncture-neck.imr.md'),
      'broken.imr.md': BROKEN,
    });
  });
  afterEach(() => removeFolder(folder));

  it('prints a published letter as itself', () => {
    const run = runCli(['export', 'published.txt'], folder);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stdout, exampleLetter('chiropractic-low-back.txt'));
  });

  it('writes the published text of a draft to the file -o names, and nothing else', () => {
    const run = runCli(['export', '--to', 'text', '-o', 'out.txt', 'draft.imr.md'], folder);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stdout, '');
    assert.deepStrictEqual(fs.readdirSync(folder).sort(), [
      'broken.imr.md',
      'draft.imr.md',
      'out.txt',
      'published.txt',
    ]);
    const text = fs.readFileSync(path.join(folder, 'out.txt'), 'utf8');
    assert.match(text, /^Case Number: CM15-0041872\n/);
    assert.match(text, /\nHOW THE IMR FINAL DETERMINATION WAS MADE\n/);
    assert.match(text, /\n6 acupuncture sessions for the cervical spine, 2 times a week for 3 weeks: Overturned\n/);
    assert.doesNotMatch(text, /\*\*|^#|^- /m);
  });

  it('writes a PDF', () => {
    const run = runCli(['export', '--to', 'pdf', '-o', 'letter.pdf', 'draft.imr.md'], folder);
    assert.strictEqual(run.status, 0, run.stderr);
    const bytes = fs.readFileSync(path.join(folder, 'letter.pdf'));
    assert.strictEqual(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('refuses a letter with errors, naming them, and writes nothing', () => {
    const run = runCli(['export', '--to', 'pdf', '-o', 'letter.pdf', 'broken.imr.md'], folder);
    assert.strictEqual(run.status, 1);
    assert.strictEqual(
      run.stderr,
      "broken.imr.md:1:3: error missing-credentials The reviewer's credentials give no specialty or certification.\n" +
        'imr-lint: broken.imr.md has 1 error; not exported (--force exports it anyway)\n',
    );
    assert.ok(!fs.existsSync(path.join(folder, 'letter.pdf')));
  });

  it('exports a letter with errors when forced', () => {
    const run = runCli(['export', '--force', 'broken.imr.md'], folder);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(run.stdout, /^HOW THE IMR FINAL DETERMINATION WAS MADE\n/);
  });

  it('says what is wrong with the call (status 2)', () => {
    assert.deepStrictEqual(
      runCli(['export', '--to', 'pdf', 'draft.imr.md'], folder).stderr,
      'imr-lint: --to pdf needs -o FILE\n',
    );
    const unknown = runCli(['export', '--to', 'docx', 'draft.imr.md'], folder);
    assert.deepStrictEqual(
      [unknown.status, unknown.stderr],
      [2, 'imr-lint: unknown export format "docx" (expected text, pdf)\n'],
    );
    assert.strictEqual(runCli(['export'], folder).status, 2);
    assert.strictEqual(runCli(['export', 'missing.imr.md'], folder).status, 2);
  });
});
