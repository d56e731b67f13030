import type { Determination, InlineDirective } from '../model/determination';
import type { Finding } from './finding';

/**
 * Applies inline comments: `imr-disable RULE…` / `imr-enable RULE…` (a block),
 * `imr-disable-line`, `imr-disable-next-line` (the next line with text) and `imr-disable-file`.
 * No rule ids means every rule. The comments are read once into lines and blocks, so the cost
 * grows with findings plus comments plus lines, never with their product.
 */
export function suppressedByDirectives(determination: Determination, findings: Finding[]): Finding[] {
  if (determination.directives.length === 0) return findings;
  const silenced = new Silencing(determination);
  return findings.filter((finding) => !silenced.covers(finding.rule, lineOf(determination, finding)));
}

function lineOf(determination: Determination, finding: Finding): number {
  return determination.lines.positionAt(finding.span.start).line;
}

/** A block boundary: from `line` on, the rules it names are off (`disable`) or on again (`enable`). */
interface BlockEdge {
  line: number;
  off: boolean;
  directive: InlineDirective;
}

class Silencing {
  private readonly fileWide: InlineDirective[] = [];
  /** Line → the comments that silence it alone (`disable-line`, `disable-next-line`). */
  private readonly lines = new Map<number, InlineDirective[]>();
  private readonly edges: BlockEdge[] = [];
  /** Per rule, the block edges that apply to it, in document order. */
  private readonly edgesByRule = new Map<string, BlockEdge[]>();

  constructor(determination: Determination) {
    const nextText = new NextTextLine(determination);
    for (const directive of determination.directives) {
      switch (directive.kind) {
        case 'disable-file':
          this.fileWide.push(directive);
          break;
        case 'disable-line':
          this.silenceLine(directive.line, directive);
          break;
        case 'disable-next-line':
          this.silenceLine(nextText.after(directive.line), directive);
          break;
        case 'disable':
        case 'enable':
          this.edges.push({ line: directive.line, off: directive.kind === 'disable', directive });
          break;
      }
    }
    // A stable sort keeps comments on one line in the order they were written, as before.
    this.edges.sort((a, b) => a.line - b.line);
  }

  covers(rule: string, line: number): boolean {
    if (this.fileWide.some((directive) => appliesTo(directive, rule))) return true;
    if (this.lines.get(line)?.some((directive) => appliesTo(directive, rule))) return true;
    return lastEdgeAtOrBefore(this.edgesFor(rule), line)?.off ?? false;
  }

  private silenceLine(line: number, directive: InlineDirective): void {
    const list = this.lines.get(line) ?? [];
    list.push(directive);
    this.lines.set(line, list);
  }

  private edgesFor(rule: string): BlockEdge[] {
    let edges = this.edgesByRule.get(rule);
    if (!edges) {
      edges = this.edges.filter((edge) => appliesTo(edge.directive, rule));
      this.edgesByRule.set(rule, edges);
    }
    return edges;
  }
}

/** The last edge on or before `line`, by binary search over edges in line order. */
function lastEdgeAtOrBefore(edges: BlockEdge[], line: number): BlockEdge | undefined {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edges[middle].line <= line) low = middle + 1;
    else high = middle;
  }
  return edges[low - 1];
}

function appliesTo(directive: InlineDirective, rule: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(rule);
}

/**
 * The next line with text after a line. Each answer is remembered for the blank run it crossed,
 * so comments followed by the same long blank stretch do not each walk it again.
 */
class NextTextLine {
  private readonly answers = new Map<number, number>();

  constructor(private readonly determination: Determination) {}

  after(line: number): number {
    const { lines, text } = this.determination;
    const crossed: number[] = [];
    let answer = line + 1;
    for (let next = line + 1; next < lines.lineCount; next++) {
      const known = this.answers.get(next);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (text.slice(lines.lineStart(next), lines.lineEnd(next)).trim() !== '') {
        answer = next;
        break;
      }
      crossed.push(next);
    }
    // Every blank line crossed leads to the same line with text.
    for (const blank of crossed) this.answers.set(blank, answer);
    return answer;
  }
}
