import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../../server/core';
import { builtInKnowledge } from '../../../server/core/knowledge';
import { exportLetter } from '../../../server/core/export';
import type { LetterAnalysis } from '../../../server/core/features/analysis';
import { publishedPdf } from '../../../server/pdf';
import { generateLetter } from '../../bench/generate-letter';
import { fixtureConfig } from '../rules/harness';
import { essence, folded } from './essence';
import { asPublished } from './letters';

const ROOT = path.resolve(__dirname, '../../../..');
/** The bundled examples and the letters of the e2e workspace, both shapes. */
const LETTERS = ['examples', 'test/e2e/workspace', 'test/e2e/workspace/published'].flatMap((folder) =>
  fs
    .readdirSync(path.join(ROOT, folder))
    .filter((name) => /\.(imr\.md|txt)$/.test(name))
    .map((name) => `${folder}/${name}`),
);

/** Poppler's pdftotext (Debian's poppler-utils, which .ci/run installs), as a reader of the PDF would extract it. */
function pdftotext(pdf: Uint8Array): string | undefined {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  if (result.error) return undefined;
  assert.strictEqual(result.status, 0, result.stderr);
  return result.stdout;
}

const HAS_PDFTOTEXT = !spawnSync('pdftotext', ['-v']).error;

function check(text: string): LetterAnalysis {
  return checkText(text, { config: fixtureConfig() });
}

/** Each finding as its rule and the words it marks: a PDF's lines break elsewhere, so places are compared by their words. */
function marked(analysis: LetterAnalysis): string[] {
  const { text } = analysis.determination;
  return analysis.findings
    .map((finding) => `${finding.rule}: ${folded(text.slice(finding.span.start, finding.span.end))}`)
    .sort();
}

describe('export: the PDF round trip through pdftotext', function () {
  before(function () {
    if (HAS_PDFTOTEXT) return;
    const message = "pdftotext is not installed: install Debian's poppler-utils (apt-get install poppler-utils)";
    if (process.env.CI) throw new Error(message);
    console.warn(`      SKIPPED: ${message}`);
    this.skip();
  });

  for (const name of LETTERS) {
    it(`${name}: pdftotext of its PDF reads into the same letter, with the same findings`, async () => {
      const letter = fs.readFileSync(path.join(ROOT, name), 'utf8');
      const draft = check(asPublished(letter));
      const { text } = exportLetter(check(letter));
      const pdf = await publishedPdf(text, builtInKnowledge());
      assert.deepStrictEqual(pdf.replaced, []);
      const extracted = pdftotext(pdf.bytes)!;
      assert.match(extracted, /Page 1 of \d/);
      const read = check(extracted);
      assert.deepStrictEqual(essence(read.determination), essence(draft.determination));
      assert.deepStrictEqual(marked(read), marked(draft));
    });
  }

  it('keeps every item title with its decision and its first entry, and every heading with what follows', async () => {
    const { text } = exportLetter(check(generateLetter(40_000)));
    const pages = pdftotext((await publishedPdf(text, builtInKnowledge())).bytes)!
      .split('\f')
      .filter((page) => page.trim());
    assert.ok(pages.length >= 8, `${pages.length} pages`);
    pages.forEach((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim());
      assert.match(lines[0], new RegExp(`^CM16-0104001 {1,3}Page ${index + 1} of ${pages.length}$`));
      const last = lines[lines.length - 1];
      assert.doesNotMatch(last, /: (?:Upheld|Overturned)$|^[A-Z ,]+$/, `page ${index + 1} ends with "${last}"`);
    });
  });
});
