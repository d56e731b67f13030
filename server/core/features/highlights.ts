import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { Determination } from '../model/determination';
import { partAt } from './locate';

/** On a decision or on its rationale's conclusion, both: the pair that must agree. */
export function getDocumentHighlights(determination: Determination, position: Position): DocumentHighlight[] {
  const part = partAt(determination, determination.lines.offsetAt(position));
  if (part.kind !== 'decision' && part.kind !== 'conclusion') return [];
  const spans = [part.item.decision?.span, part.item.rationale?.conclusion?.span];
  return spans.flatMap((span) =>
    span ? [{ range: determination.lines.rangeOf(span), kind: DocumentHighlightKind.Text }] : [],
  );
}
