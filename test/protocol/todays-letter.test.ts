import * as assert from 'assert';
import type { Diagnostic, Hover } from 'vscode-languageserver/node';
import type { LetterTemplate } from '../../server/shared/protocol';
import { expandSnippet } from '../unit/features/helpers';
import { ServerSession, fixtureUri } from './harness';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "MM/DD/YYYY", as the header writes dates (UTC, as the test's "today"). */
function headerDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}/${date.getUTCFullYear()}`;
}

/**
 * The template, filled in as a reviewer would today: every date today but the injury's, the
 * reviewer's words in place of each placeholder, and two drug items under the template's own.
 */
function todaysLetter(snippet: string, today: Date): string {
  const injury = new Date(today.getTime() - 200 * DAY_MS);
  const dates = [today, today, injury, today, today].map(headerDate);
  const filled = expandSnippet(snippet)
    .replace(/MM\/DD\/YYYY/g, () => dates.shift() ?? '')
    .replace('[case number]', `CM${String(today.getUTCFullYear()).slice(2)}-0012345`)
    .replace('[age]', '52')
    .replace(
      '[Describe the history, findings and treatment to date.]',
      'He has low back pain and low mood after a fall.',
    )
    .replace('[State the facts of the case that decide the request.]', 'No visits have been documented so far.')
    .replace(/^- (State\(s\) of Licensure:) *$/m, '- $1 California')
    .replace(/^- (Certification\(s\)\/Specialty:) *$/m, '- $1 Physical Medicine & Rehabilitation');
  const citation = 'Decision based on MTUS 8 CCR 9792.21.1 Medical Evidence Search Sequence.';
  const drugItem = (title: string) =>
    [
      `## ${title}: Upheld`,
      '',
      `**Claims Administrator guideline:** ${citation}`,
      '',
      `**MAXIMUS guideline:** ${citation}`,
      '',
      '**Decision rationale:** The records do not document the response to an earlier trial. ' +
        'Therefore, the request is not medically necessary.',
    ].join('\n');
  return `${filled.trimEnd()}\n\n${drugItem('Duloxetine 30 mg #30')}\n\n${drugItem('Cyclobenzaprine 7.5 mg #60')}\n`;
}

describe('protocol: a letter written today from the template', () => {
  let session: ServerSession;
  const uri = fixtureUri('todays-letter.imr.md');
  const today = new Date();
  const iso = today.toISOString().slice(0, 10);
  let text = '';

  before(async () => {
    session = await ServerSession.start();
    const template = await session.request<LetterTemplate>('imr/letterTemplate', {});
    text = todaysLetter(template.snippet, today);
    await session.open(uri, text);
  });
  after(() => session.stop());

  async function hoverOn(word: string): Promise<string> {
    const before = text.slice(0, text.indexOf(`## ${word}`) + 5).split('\n');
    const position = { line: before.length - 1, character: before[before.length - 1].length };
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
  }

  it('draws no era finding and no placeholder left unfilled', async () => {
    const diagnostics: Diagnostic[] = await session.diagnostics(uri, 1);
    const codes = diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(!codes.includes('citation-era-mismatch'), JSON.stringify(diagnostics));
    assert.ok(!codes.includes('unfilled-placeholder'), JSON.stringify(diagnostics));
  });

  it('a drug whose status public text confirms: its Drug List status, list version and date', async () => {
    const hover = await hoverOn('Duloxetine');
    assert.ok(
      hover.includes(
        'MTUS Drug List (8 CCR 9792.27.15): **Exempt** on list v.7, effective 2020-11-01 (verified against a public source). ' +
          `Later updates may change it: check the list in force on ${iso}.`,
      ),
      hover,
    );
  });

  it('a drug whose status we could not confirm: says so, and that its description is of a superseded edition', async () => {
    const hover = await hoverOn('Cyclobenzaprine');
    assert.ok(hover.includes('MTUS Drug List status: not confirmed in our data — check the current list.'), hover);
    assert.ok(!/\*\*(Non-)?Exempt\*\*/.test(hover), hover);
    assert.ok(
      hover.includes(
        `This description is from the MTUS Chronic Pain Medical Treatment Guidelines (2009), which was not in force on ${iso}; ` +
          'check the guideline in force then.',
      ),
      hover,
    );
  });
});
