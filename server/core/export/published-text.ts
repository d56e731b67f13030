/**
 * The published layout of a letter, as its plain text: what a `*.imr.md` draft becomes when it
 * leaves the desk. Headings, labels and values stay where the reviewer wrote them, in the
 * letter's own words (its line breaks and paragraphs too), less the Markdown marks: heading and
 * list marks, bold and emphasis marks, escapes, inline comments and front matter. Section
 * headings and labels are written in the letter's fixed wording, so a heading typed in mixed
 * case exports in capitals. A letter already in the published layout exports to itself.
 */
import {
  headerName,
  ITEM_LABELS,
  LICENSURE_LABEL,
  SECTION_TITLES,
  SPECIALTY_LABEL,
  type LabelKind,
} from '../letter/grammar';
import type { Determination } from '../model/determination';
import type { Span } from '../model/span';
import { MappedText, type OffsetMap } from './offset-map';
import { inlineMarks } from './inline-marks';

export interface PublishedText {
  text: string;
  /** Where each part of `text` came from in the draft. */
  map: OffsetMap;
}

/** A run of a line written in the letter's fixed wording instead of as typed. */
interface Rewording {
  span: Span;
  text: string;
}

/** Heading marks, a block quote or a bullet at a line's start: the layout has none. */
const BLOCK_MARK = /^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)/;
/** A thematic break (`---`, `***`, `___`). */
const RULE_LINE = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export function publishedText(determination: Determination): PublishedText {
  const { text, lines } = determination;
  const markdown = determination.shape === 'markdown';
  const rewordings = markdown ? rewordingsOf(determination) : [];
  const out = new MappedText(text);
  const frontMatter = determination.frontMatter?.span;
  for (let index = 0; index < lines.lineCount; index++) {
    const start = lines.lineStart(index);
    const end = lines.lineEnd(index);
    const next = index + 1 < lines.lineCount ? lines.lineStart(index + 1) : text.length;
    if (frontMatter && start >= frontMatter.start && start < frontMatter.end) continue;
    const line = text.slice(start, end);
    const comments = commentsOf(line, start);
    const blank = /^[\s\u00a0]*$/.test(line);
    const emptied = !blank && /^[\s\u00a0]*$/.test(withoutSpans(line, start, comments));
    if (emptied || (markdown && RULE_LINE.test(line)) || (blank && out.written === 0)) continue;
    if (markdown) writeMarkdownLine(out, text, { start, end }, comments, rewordings);
    else writeKept(out, { start, end }, comments);
    out.copy(end, next);
  }
  return out.finish();
}

/** The headings and labels of a draft, each to be written in the fixed wording of letter/grammar.ts. */
function rewordingsOf(determination: Determination): Rewording[] {
  const rewordings: Rewording[] = determination.sections.map((section) => ({
    span: section.heading,
    text: SECTION_TITLES[section.kind],
  }));
  for (const field of determination.header) rewordings.push({ span: field.label.span, text: headerName(field.key) });
  for (const item of determination.items) {
    const labels: Array<[LabelKind, Span | undefined]> = [
      ['claims-administrator', item.claimsAdministratorGuideline?.label],
      ['maximus', item.maximusGuideline?.label],
      ['rationale', item.rationale?.label],
    ];
    for (const [kind, span] of labels) if (span) rewordings.push({ span, text: withoutColon(ITEM_LABELS[kind]) });
  }
  const { licensureLabel, specialtyLabel } = determination.credentials;
  if (licensureLabel) rewordings.push({ span: licensureLabel, text: withoutColon(LICENSURE_LABEL) });
  if (specialtyLabel) rewordings.push({ span: specialtyLabel, text: withoutColon(SPECIALTY_LABEL) });
  return rewordings.sort((a, b) => a.span.start - b.span.start);
}

function withoutColon(label: string): string {
  return label.replace(/:$/, '');
}

/** A draft line: its block mark dropped, its headings and labels reworded, its inline marks dropped. */
function writeMarkdownLine(
  out: MappedText,
  text: string,
  line: Span,
  comments: Span[],
  rewordings: readonly Rewording[],
): void {
  const block = BLOCK_MARK.exec(text.slice(line.start, line.end));
  const from = line.start + (block ? block[0].length : 0);
  const heading = rewordings.find((r) => r.span.start >= from && r.span.end <= line.end && isHeading(r));
  if (heading) {
    out.replace(from, line.end, heading.text);
    return;
  }
  const dropped = [...comments, ...inlineMarks(text, { start: from, end: line.end })];
  let at = from;
  for (const rewording of rewordings) {
    if (rewording.span.start < from || rewording.span.end > line.end) continue;
    writeKept(out, { start: at, end: rewording.span.start }, dropped);
    out.replace(rewording.span.start, rewording.span.end, rewording.text);
    at = rewording.span.end;
  }
  writeKept(out, { start: at, end: line.end }, dropped);
}

function isHeading(rewording: Rewording): boolean {
  return (Object.values(SECTION_TITLES) as string[]).includes(rewording.text);
}

/** Copies a run of the letter, less the spans dropped from it. */
function writeKept(out: MappedText, run: Span, dropped: readonly Span[]): void {
  let at = run.start;
  for (const span of [...dropped].sort((a, b) => a.start - b.start)) {
    if (span.end <= at || span.start >= run.end) continue;
    out.copy(at, Math.max(at, span.start));
    at = Math.max(at, span.end);
  }
  out.copy(at, run.end);
}

/** `<!-- … -->` on one line: inline directives and notes to oneself, never part of the letter. */
function commentsOf(line: string, offset: number): Span[] {
  const spans: Span[] = [];
  for (let open = line.indexOf('<!--'); open >= 0; open = line.indexOf('<!--', open + 4)) {
    const close = line.indexOf('-->', open + 4);
    if (close < 0) break;
    spans.push({ start: offset + open, end: offset + close + 3 });
    open = close - 1;
  }
  return spans;
}

function withoutSpans(line: string, offset: number, spans: readonly Span[]): string {
  let kept = '';
  let at = 0;
  for (const span of spans) {
    kept += line.slice(at, span.start - offset);
    at = span.end - offset;
  }
  return kept + line.slice(at);
}
