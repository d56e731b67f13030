import type { Determination, InlineDirective } from '../model/determination';
import type { Finding } from './finding';

/**
 * Applies inline comments: `imr-disable RULE…` / `imr-enable RULE…` (a block),
 * `imr-disable-line`, `imr-disable-next-line` (the next line with text) and `imr-disable-file`.
 * No rule ids means every rule.
 */
export function suppressedByDirectives(determination: Determination, findings: Finding[]): Finding[] {
  const { directives } = determination;
  if (directives.length === 0) return findings;
  return findings.filter((finding) => !isSuppressed(determination, directives, finding));
}

function isSuppressed(determination: Determination, directives: InlineDirective[], finding: Finding): boolean {
  const line = determination.lines.positionAt(finding.span.start).line;
  let blockDisabled = false;
  for (const directive of directives) {
    if (!appliesTo(directive, finding.rule)) continue;
    switch (directive.kind) {
      case 'disable-file':
        return true;
      case 'disable-line':
        if (directive.line === line) return true;
        break;
      case 'disable-next-line':
        if (nextLineWithText(determination, directive.line) === line) return true;
        break;
      case 'disable':
        if (directive.line <= line) blockDisabled = true;
        break;
      case 'enable':
        if (directive.line <= line) blockDisabled = false;
        break;
    }
  }
  return blockDisabled;
}

function appliesTo(directive: InlineDirective, rule: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(rule);
}

function nextLineWithText(determination: Determination, line: number): number {
  const { lines, text } = determination;
  for (let next = line + 1; next < lines.lineCount; next++) {
    if (text.slice(lines.lineStart(next), lines.lineEnd(next)).trim() !== '') return next;
  }
  return line + 1;
}
