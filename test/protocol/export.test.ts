import * as assert from 'assert';
import { checkText } from '../../server/core';
import { exportLetter } from '../../server/core/export';
import { base64ToBytes } from '../../server/shared/base64';
import type { ExportLetterResult } from '../../server/shared/protocol';
import { ServerSession, fixtureText, fixtureUri } from './harness';

describe('protocol: imr/exportLetter', () => {
  let session: ServerSession;
  const clean = fixtureUri('acupuncture.imr.md');
  const withErrors = fixtureUri('findings.imr.md');

  before(async () => {
    session = await ServerSession.start();
    await session.open(clean, fixtureText('acupuncture.imr.md'));
    await session.open(withErrors, fixtureText('findings.imr.md'));
  });
  after(() => session.stop());

  const exported = (uri: string, format: 'text' | 'pdf') =>
    session.request<ExportLetterResult | null>('imr/exportLetter', { uri, format });

  it('answers with the published text of the open letter', async () => {
    const result = await exported(clean, 'text');
    assert.deepStrictEqual(result, {
      blockers: [],
      incomplete: false,
      replaced: [],
      content: exportLetter(checkText(fixtureText('acupuncture.imr.md'))).text,
      encoding: 'utf8',
    });
  });

  it('answers with the PDF in base64', async () => {
    const result = await exported(clean, 'pdf');
    assert.strictEqual(result?.encoding, 'base64');
    const bytes = base64ToBytes(result.content);
    assert.strictEqual(new TextDecoder('latin1').decode(bytes.subarray(0, 5)), '%PDF-');
  });

  it('names the errors that stop the export, where they stand', async () => {
    const result = await exported(withErrors, 'text');
    const errors = checkText(fixtureText('findings.imr.md')).findings.filter((finding) => finding.severity === 'error');
    assert.ok(errors.length > 0);
    assert.deepStrictEqual(
      result?.blockers.map((blocker) => blocker.rule),
      errors.sort((a, b) => a.span.start - b.span.start).map((finding) => finding.rule),
    );
  });

  it('answers null for a letter the editor has not opened', async () => {
    assert.strictEqual(await exported(fixtureUri('not-open.imr.md'), 'text'), null);
  });
});
