import type { Credentials } from '../model/determination';
import type { Located, Span } from '../model/span';
import { FoldedText } from './folded-text';
import { contentStart, contentEnd, isBlank, headingLevel, type LetterLine } from './lines';
import { sectionKindOf } from './sections';
import { isStateName } from './us-states';
import { LICENSURE_LABEL_READ, SPECIALTY_LABEL_READ } from '../letter/grammar';

/**
 * Reads the reviewer's credentials from the how-made section: the labelled block
 * ("State(s) of Licensure: California,North Carolina" / "Certification(s)/Specialty: …",
 * a long specialty wrapping to the next line), or prose ("licensed in Acupuncture and is
 * licensed to practice in California").
 */
export function readCredentials(source: string, lines: LetterLine[], section: Span | undefined): Credentials {
  if (!section) return { states: [], specialties: [] };
  const inSection = lines.filter((line) => line.start >= section.start && line.end <= section.end);
  const labelled = readLabelled(source, inSection);
  if (labelled.licensureLabel || labelled.specialtyLabel) {
    if (labelled.states.length && labelled.specialties.length) return labelled;
    const prose = readProse(source, section);
    return {
      ...labelled,
      states: labelled.states.length ? labelled.states : prose.states,
      specialties: labelled.specialties.length ? labelled.specialties : prose.specialties,
    };
  }
  return readProse(source, section);
}

function readLabelled(source: string, lines: LetterLine[]): Credentials {
  const credentials: Credentials = { states: [], specialties: [] };
  const spans: Span[] = [];
  lines.forEach((line, index) => {
    const from = contentStart(line);
    const content = source.slice(from, line.end);
    const licensure = LICENSURE_LABEL_READ.exec(content);
    const specialty = SPECIALTY_LABEL_READ.exec(content);
    const label = licensure ?? specialty;
    if (!label) return;
    const labelSpan = { start: from, end: from + label[0].length - 1 };
    const valueEnd = specialty ? wrappedValueEnd(lines, index) : contentEnd(line);
    const values = splitValues(source, {
      start: from + label[0].length,
      end: Math.max(valueEnd, from + label[0].length),
    });
    if (licensure) {
      credentials.licensureLabel = labelSpan;
      credentials.states.push(...values);
    } else {
      credentials.specialtyLabel = labelSpan;
      credentials.specialties.push(...values);
    }
    spans.push({ start: from, end: valueEnd });
  });
  if (spans.length) {
    credentials.form = 'labelled';
    credentials.span = { start: spans[0].start, end: spans[spans.length - 1].end };
  }
  return credentials;
}

/** A specialty value continues on the next line while that line is neither a label, a heading nor a new paragraph. */
function wrappedValueEnd(lines: LetterLine[], index: number): number {
  let end = contentEnd(lines[index]);
  for (let next = index + 1; next < lines.length; next++) {
    const line = lines[next];
    if (isBlank(line)) {
      if (line.text.length > 0) break; // a line holding only spaces separates paragraphs in published text
      continue;
    }
    const text = line.text.trim();
    const continues =
      /[,&/]$|\band$/.test(lines[index].text.trim()) ||
      /^[a-z&(]/.test(text) ||
      (text.length <= 40 && !text.includes('.'));
    if (!continues || headingLevel(line) || sectionKindOf(line) || /^[A-Za-z()/ ]{2,40}:/.test(text)) break;
    end = contentEnd(line);
    index = next;
  }
  return end;
}

/** "California,North Carolina" → two states; "Physical Medicine & Rehabilitation, Pain Management" → two specialties. */
function splitValues(source: string, valueSpan: Span): Located[] {
  const folded = new FoldedText(source, valueSpan);
  const values: Located[] = [];
  const pattern = /[^,;]+/g;
  for (let match = pattern.exec(folded.text); match; match = pattern.exec(folded.text)) {
    const lead = match[0].length - match[0].trimStart().length;
    const value = match[0].trim().replace(/\.$/, '');
    if (value) values.push({ value, span: folded.spanOf(match.index + lead, match.index + lead + value.length) });
  }
  return values;
}

const PROSE_SPECIALTY =
  /\b(?:licensed|board[- ]certified|certified)\s+in\s+([A-Z][A-Za-z&/,' -]{1,80}?)(?=\s+and\s+(?:is\s+)?licensed\b|[.;]|\s+with\b|$)/g;
const PROSE_STATE =
  /\blicensed\s+to\s+practice\s+(?:medicine\s+)?in\s+(?:the\s+state\s+of\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/g;

function readProse(source: string, section: Span): Credentials {
  const folded = new FoldedText(source, section);
  const credentials: Credentials = { states: [], specialties: [] };
  const spans: Span[] = [];
  collect(folded, PROSE_STATE, credentials.states, spans);
  const licensedIn: Located[] = [];
  collect(folded, PROSE_SPECIALTY, licensedIn, spans);
  for (const entry of licensedIn) {
    if (isStateName(entry.value)) {
      if (!credentials.states.some((state) => state.value === entry.value)) credentials.states.push(entry);
    } else {
      credentials.specialties.push(entry);
    }
  }
  if (spans.length) {
    credentials.form = 'prose';
    credentials.span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  }
  return credentials;
}

function collect(folded: FoldedText, pattern: RegExp, into: Located[], spans: Span[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded.text); match; match = pattern.exec(folded.text)) {
    const value = match[1].trim();
    const from = match.index + match[0].indexOf(match[1]);
    const span = folded.spanOf(from, from + value.length);
    into.push({ value, span });
    spans.push(folded.spanOf(match.index, match.index + match[0].length));
  }
}
