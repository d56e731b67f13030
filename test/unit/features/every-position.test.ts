import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Position, Range } from 'vscode-languageserver-types';
import { getCodeActions, getCompletions, getDocumentHighlights, getHover } from '../../../server/core/features';
import { analyze } from './helpers';

const ROOT = path.resolve(__dirname, '../../../..');
const LETTERS = [
  ...['findings.imr.md', 'acupuncture.imr.md', 'workspace/determinations/plain-letter.txt'].map((name) =>
    path.join(ROOT, 'test/fixtures/protocol', name),
  ),
  ...fs.readdirSync(path.join(ROOT, 'examples')).map((name) => path.join(ROOT, 'examples', name)),
];

describe('features: every position of a letter', () => {
  for (const file of LETTERS) {
    it(`answers at every position of ${path.relative(ROOT, file)} with ranges inside the letter`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const analysis = analyze(text);
      const { lines } = analysis.determination;
      const end = lines.positionAt(text.length);
      const inside = (range: Range | undefined) => {
        if (!range) return;
        for (const position of [range.start, range.end]) {
          assert.ok(
            position.line < end.line || (position.line === end.line && position.character <= end.character),
            JSON.stringify(range),
          );
          assert.ok(lines.offsetAt(position) <= text.length);
        }
      };
      for (let offset = 0; offset <= text.length; offset += 3) {
        const position: Position = lines.positionAt(offset);
        inside(getHover(analysis, position)?.range);
        for (const item of getCompletions(analysis, position))
          inside(item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined);
        for (const highlight of getDocumentHighlights(analysis.determination, position)) inside(highlight.range);
        for (const action of getCodeActions(analysis, 'file:///letter', { start: position, end: position })) {
          for (const edit of action.edit?.changes?.['file:///letter'] ?? []) inside(edit.range);
        }
      }
    });
  }
});
