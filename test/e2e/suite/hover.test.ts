import * as assert from 'assert';
import * as vscode from 'vscode';
import { CLEAN_LETTER, FINDINGS_LETTER, hoverText, openLetter, positionIn } from './helpers';

async function hoverAt(letter: string, text: string): Promise<string> {
  const { document } = await openLetter(letter);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    positionIn(letter, text, 2),
  );
  return hoverText(hovers);
}

describe('hover', () => {
  it('shows the ODG limits, passages and confidence on a Non-MTUS citation', async () => {
    const text = await hoverAt(FINDINGS_LETTER, 'Official Disability Guidelines (ODG)');
    assert.ok(text.startsWith('**Official Disability Guidelines (ODG)** (Non-MTUS)'), text);
    assert.ok(text.includes('Cited: Neck Pain, Manipulation'), text);
    assert.ok(text.includes('- **up to 9 visits over 8 weeks** (Regional neck pain)'), text);
    assert.ok(text.includes('up to 18 visits over 6-8 weeks** (Moderate (grade II) cervical sprain/strain)'), text);
    assert.ok(
      text.includes(
        '> For a moderate (grade II) cervical strain, ODG allows a trial of 6 visits over 2-3 weeks and, ' +
          'with evidence of objective functional improvement, up to 18 visits over 6-8 weeks.',
      ),
      text,
    );
    assert.ok(text.includes('seen in published letters'), text);
  });

  it('shows the MTUS acupuncture passage on an MTUS citation', async () => {
    const text = await hoverAt(CLEAN_LETTER, 'MTUS Acupuncture Medical Treatment');
    assert.ok(text.startsWith('**MTUS Acupuncture Medical Treatment Guidelines (2007)** (MTUS)'), text);
    assert.ok(text.includes('allow 3 to 6 treatments to produce functional improvement, 1 to 3 times per week'), text);
    assert.ok(text.includes('verified against a public source'), text);
  });

  it('says how a conclusion was read, and the decision it fits', async () => {
    const text = await hoverAt(CLEAN_LETTER, 'medically necessary.');
    assert.strictEqual(
      text,
      '**Read as: medically necessary, explicit** (a direct statement about this request, checked against the ' +
        'decision).\n\nThis conclusion fits the decision **Overturned**. The item is Overturned.',
    );
  });

  it('on a conclusion that contradicts its decision: the decision it would fit, and the one the item has', async () => {
    const text = await hoverAt(FINDINGS_LETTER, 'medically necessary.');
    assert.ok(text.includes('This conclusion fits the decision **Overturned**. The item is Upheld.'), text);
  });

  it('explains what Overturned requires of the rationale', async () => {
    const text = await hoverAt(CLEAN_LETTER, 'Overturned');
    assert.ok(text.includes('The rationale must conclude that the request **is medically necessary**.'), text);
  });
});
