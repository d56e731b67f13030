import type { Decision, DecisionValue } from '../model/determination';
import type { Span } from '../model/span';
import { ITEM_LABEL_WORDS, LABEL_KINDS, SECTION_LEADS, labelKindOf, type LabelKind } from '../letter/grammar';
import { ABBREVIATION_AT_END } from './abbreviations';
import { contentEnd, contentStart, headingLevel, trimEndMarks, type LetterLine } from './lines';
import { TextMemo } from '../model/text-memo';

/** A label line of an item: `Claims Administrator guideline:`, `MAXIMUS guideline:` or `Decision rationale:`. */
export interface ItemLabel {
  kind: LabelKind;
  /** The label words, without the colon. */
  label: Span;
  body: Span;
  line: number;
}

/** An item's lines as segmentation finds them, before the item is read. */
export interface ItemBlock {
  titleLines: LetterLine[];
  /** Where the title text would stand (the label line's start for an item whose title is missing). */
  titleAnchor: number;
  /** Index (in the section's lines) of the item's first line. */
  firstLine: number;
  decision?: Decision;
  labels: ItemLabel[];
  end: number;
}

/** An item label at the start of a line, with its colon (which a closing `**` may stand before or after). */
const LABEL = new RegExp(`^${ITEM_LABEL_WORDS}\\s*(?:(?:\\*\\*|__)\\s*)?:\\s*(?:\\*\\*|__)?`, 'i');

/** Titles wrap to a few lines; the partial-approval form to more. */
const MAX_TITLE_LINES = 4;
const MAX_PARTIAL_TITLE_LINES = 10;

type Role =
  | { kind: 'label'; label: LabelKind; labelSpan: Span; bodyStart: number }
  | { kind: 'heading' }
  | { kind: 'title-end'; decision: Decision }
  | { kind: 'decision-alone'; decision: Decision }
  | { kind: 'text' };

/**
 * Splits the decisions section into items. An item starts at a Markdown heading, at a line
 * ending in ": Upheld|Overturned" (its title may wrap over the lines before it), at a lone
 * "Upheld" line, or — for an item whose decision is missing — at a label that comes round
 * again. A wrapped title begins after the last line that ends a sentence.
 */
export function segmentItems(
  lines: LetterLine[],
  sectionEnd: number,
  /** The letter line numbers that open a paragraph: a blank line (not a page break) stands before them. */
  paragraphStarts: ReadonlySet<number> = new Set(),
): ItemBlock[] {
  const roles = lines.map(roleAt);
  for (let i = 0; i + 1 < roles.length; i++) {
    const wrapped = wrappedLabel(lines, roles, paragraphStarts, i);
    if (wrapped) roles[i] = wrapped;
  }
  for (let i = 0; i < roles.length; i++) if (wrapsSentence(lines, roles, i)) roles[i] = { kind: 'text' };
  const layout: Layout = { lines, roles, paragraphStarts };
  const items: ItemBlock[] = [];
  let current: ItemBlock | undefined;
  let floor = 0;
  const open = (first: number, last: number, anchor: number, decision?: Decision) => {
    current = {
      titleLines: lines.slice(first, last + 1),
      titleAnchor: anchor,
      firstLine: first,
      decision,
      labels: [],
      end: sectionEnd,
    };
    items.push(current);
  };
  for (let i = 0; i < lines.length; i++) {
    const role = roles[i];
    if (role.kind === 'heading') {
      const alone =
        roles[i + 1]?.kind === 'decision-alone' ? (roles[i + 1] as { decision: Decision }).decision : undefined;
      open(i, i, contentStart(lines[i]), titleEndDecision(lines[i]) ?? alone);
      if (alone) i++;
      floor = i + 1;
    } else if (role.kind === 'title-end') {
      const first = titleStart(layout, i, floor);
      open(first, i, contentStart(lines[first]), role.decision);
      floor = i + 1;
    } else if (role.kind === 'decision-alone') {
      if (current && !current.decision && current.labels.length === 0) {
        current.decision = role.decision;
      } else {
        const first = i > floor ? titleStart(layout, i - 1, floor) : i;
        open(first, i - 1, contentStart(lines[first]), role.decision);
      }
      floor = i + 1;
    } else if (role.kind === 'label') {
      const last = current?.labels[current.labels.length - 1];
      if (!current || (last && LABEL_KINDS.indexOf(role.label) <= LABEL_KINDS.indexOf(last.kind))) {
        const first = i > floor ? titleStart(layout, i - 1, floor) : i;
        open(first, i - 1, first < i ? contentStart(lines[first]) : contentStart(lines[i]));
      }
      current!.labels.push({
        kind: role.label,
        label: role.labelSpan,
        body: { start: role.bodyStart, end: role.bodyStart },
        line: i,
      });
      floor = i + 1;
    }
  }
  closeBodies(lines, items, sectionEnd);
  return items;
}

/**
 * A line's role depends on its text alone, and an edit leaves most lines as they were: roles are
 * remembered by the line's text, with positions from the line's start (enough for every line of
 * a long letter's decisions section being edited).
 */
const rolesByText = new TextMemo<Role>(8192);

function roleAt(line: LetterLine): Role {
  const role = rolesByText.get(line.text, (text) => roleOf({ index: 0, start: 0, end: text.length, text }));
  return moved(role, line.start);
}

/** A role read at a line's start (0), placed where the line stands; one without positions is shared. */
function moved(role: Role, by: number): Role {
  if (role.kind === 'label') {
    const { labelSpan } = role;
    return {
      ...role,
      labelSpan: { start: labelSpan.start + by, end: labelSpan.end + by },
      bodyStart: role.bodyStart + by,
    };
  }
  if (role.kind === 'title-end' || role.kind === 'decision-alone') {
    const { span } = role.decision;
    return { ...role, decision: { ...role.decision, span: { start: span.start + by, end: span.end + by } } };
  }
  return role;
}

function roleOf(line: LetterLine): Role {
  const from = contentStart(line);
  const label = LABEL.exec(line.text.slice(from - line.start));
  if (label) {
    const words = label[1];
    return {
      kind: 'label',
      label: labelKindOf(words) ?? 'rationale',
      labelSpan: { start: from, end: from + words.length },
      bodyStart: from + label[0].length,
    };
  }
  const trailing = trailingDecision(line);
  if (trailing?.alone) return { kind: 'decision-alone', decision: trailing.decision };
  if (headingLevel(line) >= 2) return { kind: 'heading' };
  return trailing ? { kind: 'title-end', decision: trailing.decision } : { kind: 'text' };
}

/**
 * A label wrapped over one line break, as OCR gives published letters ("Decision" / "rationale: …",
 * "Claims Administrator" / "guideline: …"): a line holding nothing but a label's first words is that
 * label when the next line, with no blank line between, opens with the rest of it and its colon.
 * A line that merely ends in "Decision" is prose: the label must take the whole line.
 */
function wrappedLabel(
  lines: LetterLine[],
  roles: Role[],
  paragraphStarts: ReadonlySet<number>,
  index: number,
): Role | undefined {
  const next = lines[index + 1];
  if (roles[index].kind !== 'text' || roles[index + 1].kind !== 'text' || paragraphStarts.has(next.index))
    return undefined;
  const from = contentStart(lines[index]);
  const head = trimEndMarks(lines[index].text.slice(from - lines[index].start));
  const tailFrom = contentStart(next);
  const label = LABEL.exec(`${head} ${next.text.slice(tailFrom - next.start)}`);
  // The label's words go past the head line (the head is not a label by itself: that line would be one already).
  if (!label || label[1].length <= head.length) return undefined;
  const tail = (end: number) => tailFrom + end - head.length - 1;
  return {
    kind: 'label',
    label: labelKindOf(label[1]) ?? 'rationale',
    labelSpan: { start: from, end: tail(label[1].length) },
    bodyStart: tail(label[0].length),
  };
}

function titleEndDecision(line: LetterLine): Decision | undefined {
  const trailing = trailingDecision(line);
  return trailing && !trailing.alone ? trailing.decision : undefined;
}

const DECORATION = ' \t\f\u00a0*_';

/**
 * "…: Upheld" at the end of a line (also "**Overturned**", "is: Upheld."), or "Upheld"
 * standing alone. Read from the end without a regular expression, so a long line costs
 * no more than its length.
 */
function trailingDecision(line: LetterLine): { decision: Decision; alone: boolean } | undefined {
  const text = line.text;
  let end = text.length;
  while (end > 0 && (DECORATION.includes(text[end - 1]) || text[end - 1] === '.')) end--;
  const tail = text.slice(Math.max(0, end - 10), end).toLowerCase();
  const word = tail.endsWith('upheld') ? 'Upheld' : tail.endsWith('overturned') ? 'Overturned' : undefined;
  if (!word) return undefined;
  const wordStart = end - word.length;
  let before = wordStart;
  while (before > 0 && DECORATION.includes(text[before - 1])) before--;
  const colon = text[before - 1] === ':';
  const lead = text
    .slice(0, colon ? before - 1 : before)
    .replace(/[#>*_\s]/g, '')
    .toLowerCase();
  const decision: Decision = {
    value: word as DecisionValue,
    span: { start: line.start + wordStart, end: line.start + end },
  };
  if (lead === '' || lead === 'is') return { decision, alone: true };
  return colon ? { decision, alone: false } : undefined;
}

/** The section's lines with their roles, and where its paragraphs start. */
interface Layout {
  lines: LetterLine[];
  roles: Role[];
  paragraphStarts: ReadonlySet<number>;
}

/**
 * Whether a lone "upheld." in lower case ends the sentence of the line before ("I recommend that the UR
 * decision be" / "upheld."), which goes on from a label or text without ending a sentence: it is that
 * sentence's last word, not an item's decision.
 */
function wrapsSentence(lines: LetterLine[], roles: Role[], index: number): boolean {
  const role = roles[index];
  const before = roles[index - 1];
  if (role.kind !== 'decision-alone' || !before || (before.kind !== 'text' && before.kind !== 'label')) return false;
  const word = lines[index].text.slice(
    role.decision.span.start - lines[index].start,
    role.decision.span.end - lines[index].start,
  );
  return /^[a-z]/.test(word) && !endsSentence(trimEndMarks(lines[index - 1].text));
}

/** Walks back from the line that ends a title to the line it starts on. */
function titleStart(layout: Layout, last: number, floor: number): number {
  let first = last;
  while (first - 1 >= floor && last - first + 1 < MAX_TITLE_LINES && continuesTitle(layout, first - 1)) first--;
  return partialApprovalStart(layout, first, last, floor) ?? pastRunOn(layout, first, last);
}

/**
 * Where a title starts when the line before it ends no sentence (a rationale whose last sentence has
 * lost its full stop): the lines that go on with that sentence are the rationale's, not the title's,
 * those opening in lower case ("in three weeks …") and those holding a sentence's end ("… deficit.
 * Imaging is warranted"), which a title's first line never does. The title keeps at least its last line.
 */
function pastRunOn(layout: Layout, first: number, last: number): number {
  const { lines, roles } = layout;
  const before = roles[first - 1];
  if (!before || (before.kind !== 'label' && before.kind !== 'text') || opensParagraph(layout, first)) return first;
  if (endsSentence(trimEndMarks(lines[first - 1].text))) return first;
  while (first < last && (OPENS_LOWER_CASE.test(lines[first].text) || HOLDS_SENTENCE_END.test(lines[first].text)))
    first++;
  return first;
}

function endsSentence(text: string): boolean {
  return /[.!?:;]["'\u2019\u201d)\]]?$/.test(text);
}

const OPENS_LOWER_CASE = /^[\s\u00a0\f*_]*[a-z]/;
/** A sentence's end inside a line: a full stop after a word, then a capital. */
const HOLDS_SENTENCE_END = /[a-z0-9)][.!?]["'\u2019\u201d)]?\s+[A-Z]/;

/** The closing part of a partial-approval title: "The remaining IMR eligible portion …", "The original request, X is:". */
const PARTIAL_CLOSE = /remaining imr eligible portion|original request imr eligible|^the original request,/;
const PARTIAL_OPEN = 'was the original request';

/**
 * A partial-approval title is several sentences ("X was the original request. Y was authorized
 * by the Claims Administrator. The remaining IMR eligible portion of the original request, Z
 * is:"), so the walk back stops after its first sentence. When the lines read so far hold the
 * closing part, the title starts at the line that holds the opening "X was the original request"
 * (the phrase may wrap), and further back while its first sentence wraps: a long X may stand on
 * the lines before "was the original request".
 */
function partialApprovalStart(layout: Layout, first: number, last: number, floor: number): number | undefined {
  const { lines, roles } = layout;
  const words = (from: number) =>
    lines
      .slice(from, last + 1)
      .map((line) => line.text.trim())
      .join(' ')
      .replace(/\s+/g, ' ')
      .toLowerCase();
  const read = words(first);
  if (!PARTIAL_CLOSE.test(read) && !/\. the original request,/.test(read)) return undefined;
  for (let k = first; k >= Math.max(floor, last - MAX_PARTIAL_TITLE_LINES); k--) {
    if (roles[k].kind !== 'text') return undefined;
    if (!words(k).includes(PARTIAL_OPEN)) continue;
    let start = k;
    while (start - 1 >= floor && continuesTitle(layout, start - 1)) start--;
    return start;
  }
  return undefined;
}

/**
 * A line before a title belongs to it unless it ends a sentence (or the section's lead "… set
 * forth below:") or a paragraph (a title has no blank line inside it). A line ending in a colon is
 * a title's first line introducing the rest, and a date-of-service label at the line's end ("(DOS:",
 * "Date of service:") is inside a title, its date on the next line.
 */
function continuesTitle(layout: Layout, index: number): boolean {
  const { lines, roles } = layout;
  if (roles[index].kind !== 'text') return false;
  const text = trimEndMarks(lines[index].text);
  if (DATE_OF_SERVICE_AT_END.test(text)) return true;
  if (opensParagraph(layout, index + 1)) return false;
  // A colon ends no sentence of a title's first line ("… injection for the lumbar spine:" / "1 injection: Upheld").
  if (text.endsWith(':')) return !endsSectionLead(text);
  if (endsWithAbbreviation(text) && OPENS_MID_SENTENCE.test(lines[index + 1].text)) return true;
  return !endsSentence(text) && !/\bnecessary$/i.test(text);
}

/**
 * Whether line `index` opens a paragraph: a blank line stands before it and it opens as a sentence or
 * a title does, not in lower case (a title that text extraction broke with a blank line goes on: "… for 3" / "weeks: Upheld").
 */
function opensParagraph({ lines, paragraphStarts }: Layout, index: number): boolean {
  return paragraphStarts.has(lines[index].index) && !OPENS_LOWER_CASE.test(lines[index].text);
}

/** Whether a line ending in a colon ends the decisions section's lead ("… set forth" / "below:"). */
function endsSectionLead(text: string): boolean {
  const words = text.trim().split(/\s+/).slice(-2).join(' ').toLowerCase();
  return SECTION_LEADS.decisions.toLowerCase().endsWith(words);
}

const DATE_OF_SERVICE_AT_END = /\b(?:DOS|dates?\s+of\s+service)\s*:$/i;

/**
 * An abbreviation's period at a line's end ("1 tablet p.o.", "D.O.S.", "Dr.", "etc.") ends no
 * sentence when the next line opens in lower case or with a figure: a title opens with neither
 * after a sentence, so "01/12/2017: Upheld" after "… injection, D.O.S." is the title's last line,
 * not a title of its own. Letters run together ("p.o.", "b.i.d.", "D.O.S.") are abbreviations too.
 */
function endsWithAbbreviation(text: string): boolean {
  return ABBREVIATION_AT_END.test(text) || /(?:^|[\s(,])(?:[a-z]\.){2,}$/i.test(text);
}

const OPENS_MID_SENTENCE = /^[\s\u00a0\f]*[a-z0-9]/;

/** Each label's body runs to the last line before the next label or item. */
function closeBodies(lines: LetterLine[], items: ItemBlock[], sectionEnd: number): void {
  items.forEach((item, itemIndex) => {
    const nextItem = items[itemIndex + 1];
    const nextStart = nextItem ? (lines[nextItem.firstLine]?.start ?? sectionEnd) : sectionEnd;
    item.labels.forEach((label, k) => {
      const next = item.labels[k + 1];
      const limit = next ? lines[next.line].start : nextStart;
      label.body.end = Math.max(label.body.start, lastContentEnd(lines, label.line, limit));
    });
    item.end = Math.max(item.titleAnchor, lastContentEnd(lines, item.firstLine, nextStart));
  });
}

/** The end of the last line holding text, from line `from` up to (not including) offset `limit`. */
function lastContentEnd(lines: LetterLine[], from: number, limit: number): number {
  let end = lines[from] ? contentEnd(lines[from]) : limit;
  for (let k = from + 1; k < lines.length && lines[k].start < limit; k++) end = contentEnd(lines[k]);
  return Math.min(end, limit);
}
