import type { DirectiveKind, InlineDirective } from '../model/determination';
import type { LineIndex } from '../model/line-index';

const DIRECTIVE = /<!--\s*imr-(disable-next-line|disable-line|disable-file|disable|enable)\b/g;

/** `<!-- imr-disable-next-line missing-conclusion phi -->` and its kin, in document order. */
export function findDirectives(text: string, lines: LineIndex): InlineDirective[] {
  const directives: InlineDirective[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const close = text.indexOf('-->', match.index + match[0].length);
    const lineEnd = lines.lineEnd(lines.positionAt(match.index).line);
    if (close < 0 || close > lineEnd) continue;
    const rules = text
      .slice(match.index + match[0].length, close)
      .split(/[\s,]+/)
      .filter(Boolean);
    directives.push({
      kind: match[1] as DirectiveKind,
      rules,
      span: { start: match.index, end: close + 3 },
      line: lines.positionAt(match.index).line,
    });
  }
  return directives;
}
