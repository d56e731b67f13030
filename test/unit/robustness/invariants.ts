import * as assert from 'assert';
import type { LetterAnalysis } from '../../../server/core';
import type { Span } from '../../../server/core/model/span';

/** Every Span in the model (any object with numeric start and end), with the path it was found at. */
export function spansOf(value: unknown, at = 'determination', found: Array<{ at: string; span: Span }> = []) {
  if (value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    value.forEach((entry, index) => spansOf(entry, `${at}[${index}]`, found));
    return found;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number')
    found.push({ at, span: record as unknown as Span });
  for (const [key, entry] of Object.entries(record)) {
    if (key !== 'lines' && key !== 'text') spansOf(entry, `${at}.${key}`, found);
  }
  return found;
}

/** Every span of the model, of each finding and of each fix lies inside the text, and maps to a valid LSP range. */
export function assertInsideDocument(text: string, result: LetterAnalysis): void {
  const { determination, findings } = result;
  assert.strictEqual(determination.text, text);
  const spans = [
    ...spansOf(determination),
    ...findings.flatMap((finding, index) => [
      { at: `findings[${index}] ${finding.rule}`, span: finding.span },
      ...finding.fixes.flatMap((fix) => fix.changes.map((change) => ({ at: `fix "${fix.title}"`, span: change.span }))),
    ]),
  ];
  for (const { at, span } of spans) {
    const inside =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= text.length;
    assert.ok(inside, `${at} = [${span.start}, ${span.end}) is outside the ${text.length}-character document`);
    const range = determination.lines.rangeOf(span);
    for (const position of [range.start, range.end]) {
      const lineLength = determination.lines.lineEnd(position.line) - determination.lines.lineStart(position.line);
      assert.ok(
        position.line < determination.lines.lineCount && position.character <= lineLength,
        `${at} maps outside its line`,
      );
    }
  }
}
