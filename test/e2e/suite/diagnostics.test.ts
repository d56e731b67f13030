import * as assert from 'assert';
import {
  CLEAN_LETTER,
  codeOf,
  expectCheckedWithoutFindings,
  expectedFindings,
  FINDINGS_LETTER,
  openLetter,
  revertLetter,
  waitForFindings,
} from './helpers';

describe('diagnostics', () => {
  it('publishes the findings letter’s rule ids on their lines, with doc links', async () => {
    const editor = await openLetter(FINDINGS_LETTER);
    const diagnostics = await waitForFindings(editor.document.uri, expectedFindings()[FINDINGS_LETTER]);
    for (const diagnostic of diagnostics) {
      assert.strictEqual(diagnostic.source, 'imr', `source of ${codeOf(diagnostic)}`);
      const code = diagnostic.code;
      assert.ok(typeof code === 'object', `${codeOf(diagnostic)} has no doc link`);
      assert.ok(code.target.toString().endsWith(`#${code.value}`), `doc link ${code.target.toString()}`);
    }
  });

  it('reports nothing on a clean letter, and reports a contradiction typed into it', async () => {
    assert.deepStrictEqual(expectedFindings()[CLEAN_LETTER], []);
    const editor = await openLetter(CLEAN_LETTER);
    await expectCheckedWithoutFindings(editor, () => revertLetter(editor.document));
  });
});
