import * as assert from 'assert';
import * as vscode from 'vscode';
import { CLEAN_LETTER, FINDINGS_LETTER, openLetter, waitForFindings, expectedFindings } from './helpers';

interface Entry {
  label: string;
  done: boolean;
  line?: number;
  children?: Entry[];
}

/** The checklist as a tree of "✓ label" / "✗ label" lines. */
function ticks(entries: Entry[], indent = ''): string[] {
  return entries.flatMap((entry) => [
    `${indent}${entry.done ? '✓' : '✗'} ${entry.label}`,
    ...ticks(entry.children ?? [], `${indent}  `),
  ]);
}

async function checklistOf(letter: string): Promise<string[]> {
  const editor = await openLetter(letter);
  await waitForFindings(editor.document.uri, expectedFindings()[letter]);
  return ticks(await vscode.commands.executeCommand<Entry[]>('imrDeterminations.refreshChecklist'));
}

describe('checklist view', () => {
  it('ticks every part of a complete letter', async () => {
    assert.deepStrictEqual(await checklistOf(CLEAN_LETTER), [
      '✓ Sections',
      '  ✓ HOW THE IMR FINAL DETERMINATION WAS MADE',
      '  ✓ CLINICAL CASE SUMMARY',
      '  ✓ IMR ISSUES, DECISIONS AND RATIONALES',
      '✓ Credentials',
      '  ✓ State(s) of licensure',
      '  ✓ Certification or specialty',
      '✓ No placeholder left',
      '✓ Disputed items (1)',
      '  ✓ 6 acupuncture sessions for the lumbar spine, 2 times a week for 3 weeks',
      '    ✓ Decision: Overturned',
      '    ✓ Claims Administrator guideline',
      '    ✓ MAXIMUS guideline',
      '    ✓ Decision rationale',
      '    ✓ Conclusion on medical necessity',
    ]);
  });

  it('leaves unticked what a letter lacks', async () => {
    const checklist = await checklistOf(FINDINGS_LETTER);
    assert.ok(checklist.includes('✗ Credentials'), checklist.join('\n'));
    assert.ok(checklist.includes('  ✗ Certification or specialty'), checklist.join('\n'));
  });
});
