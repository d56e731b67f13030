import * as assert from 'assert';
import { checkText } from '../../../server/core';
import { exampleLetter, removeFolder, runCli, tempFolder } from './run-cli';

/** The clean example with the summary's sex noun changed: the letter's pronouns say otherwise. */
const LETTER = exampleLetter('acupuncture-neck.imr.md').replace('52 year old male', '52 year old female');

describe('a finding that weighs one place against another', () => {
  let folder: string | undefined;
  afterEach(() => folder && removeFolder(folder));

  const { determination, findings } = checkText(LETTER);
  const [finding] = findings;
  const at = (offset: number) => determination.lines.positionAt(offset);

  it('carries the other place', () => {
    assert.deepStrictEqual(
      findings.map((f) => f.rule),
      ['inconsistent-fact'],
    );
    assert.strictEqual(LETTER.slice(finding.span.start, finding.span.end), 'female');
    assert.deepStrictEqual(
      finding.related?.map((place) => LETTER.slice(place.span.start, place.span.end)),
      ['He'],
    );
  });

  it('prints the other place on an indented line of the text output', () => {
    folder = tempFolder({ 'letter.imr.md': LETTER });
    const lines = runCli(['letter.imr.md'], folder).stdout.split('\n');
    const place = at(finding.related?.[0].span.start ?? 0);
    const own = at(finding.span.start);
    assert.strictEqual(
      lines[0],
      `letter.imr.md:${own.line + 1}:${own.character + 1}: warning inconsistent-fact ${finding.message}`,
    );
    assert.strictEqual(
      lines[1],
      `  letter.imr.md:${place.line + 1}:${place.character + 1}: The case summary has "He" here.`,
    );
  });

  it('lists the other place under related in JSON and as relatedLocations in SARIF', () => {
    folder = tempFolder({ 'letter.imr.md': LETTER });
    const related = finding.related ?? [];
    const range = determination.lines.rangeOf(related[0].span);
    const json = JSON.parse(runCli(['--format', 'json', 'letter.imr.md'], folder).stdout);
    assert.deepStrictEqual(json[0].diagnostics[0].related, [{ range, message: related[0].message }]);
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'letter.imr.md'], folder).stdout);
    assert.deepStrictEqual(sarif.runs[0].results[0].relatedLocations, [
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'letter.imr.md', uriBaseId: '%SRCROOT%' },
          region: {
            startLine: range.start.line + 1,
            startColumn: range.start.character + 1,
            endLine: range.end.line + 1,
            endColumn: range.end.character + 1,
          },
        },
        message: { text: related[0].message },
      },
    ]);
  });
});
