import type { Credentials } from '../model/determination';
import type { Located, Span } from '../model/span';
import { FoldedText } from './folded-text';
import { contentStart, contentEnd, isBlank, headingLevel, type LetterLine } from './lines';
import { sectionKindOf } from './sections';
import { cellsOf, startsWithLabel } from './header-cells';
import { isStateName } from './us-states';
import { CREDENTIAL_LABEL_OPENING, CREDENTIAL_LABELS_READ } from '../letter/grammar';
import { credentialPatterns } from './credential-patterns';

/**
 * Reads the reviewer's credentials from the how-made section: the labelled block
 * ("State(s) of Licensure: California,North Carolina" / "Certification(s)/Specialty: …",
 * a long specialty wrapping to the next line, or the labels on one line), or prose ("licensed in Acupuncture and is
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

/** Emphasis marks closing a label, before its value. */
const CLOSING_MARKS = /^(?:\*\*|__)/;
/** Emphasis marks closing a label's words, before its colon ("**State(s) of Licensure**:"). */
const CLOSING_MARKS_END = /(?:\*\*|__)$/;

/** A credentials label on a line, by its letter offsets. */
interface CredentialLabel {
  kind: 'licensure' | 'specialty';
  start: number;
  /** Where its words end, before a colon. */
  nameEnd: number;
  /** Where its value may start: after the colon, if it has one. */
  end: number;
}

/** The labels with a colon on a line or, when it has none, a row of two or more labels without. */
function labelsOn(source: string, line: LetterLine): CredentialLabel[] {
  const from = contentStart(line);
  const content = source.slice(from, line.end);
  const labels: CredentialLabel[] = [];
  CREDENTIAL_LABELS_READ.lastIndex = 0;
  for (let match = CREDENTIAL_LABELS_READ.exec(content); match; match = CREDENTIAL_LABELS_READ.exec(content)) {
    const start = from + match.index;
    const name = match[0].slice(0, -1).trimEnd().replace(CLOSING_MARKS_END, '');
    labels.push({
      kind: match[1] ? 'licensure' : 'specialty',
      start,
      nameEnd: start + name.length,
      end: start + match[0].length,
    });
  }
  return labels.length ? labels : labelRow(line);
}

/**
 * Labels without a colon, each opening a cell of a line set out in columns: "Reviewer Specialty
 * Orthopedic Surgery   License State California". One such cell alone is no row: a line of prose
 * may open with "Licensed in".
 */
function labelRow(line: LetterLine): CredentialLabel[] {
  const labels = cellsOf(line).flatMap((cell): CredentialLabel[] => {
    const match = CREDENTIAL_LABEL_OPENING.exec(cell.text);
    if (!match) return [];
    const end = cell.span.start + match[0].length;
    return [{ kind: match[1] ? 'licensure' : 'specialty', start: cell.span.start, nameEnd: end, end }];
  });
  return labels.length >= 2 ? labels : [];
}

function readLabelled(source: string, lines: LetterLine[]): Credentials {
  const credentials: Credentials = { states: [], specialties: [] };
  const spans: Span[] = [];
  lines.forEach((line, index) => {
    const labels = labelsOn(source, line);
    labels.forEach((label, i) => {
      // A bold label's closing marks ("**State(s) of Licensure:**") are no value; a label run
      // together with the next one on its line has its value before that label.
      const afterLabel = label.end + (CLOSING_MARKS.exec(source.slice(label.end, line.end))?.[0].length ?? 0);
      const next = labels[i + 1];
      const limit = next ? next.start : contentEnd(line);
      const onLine = source.slice(afterLabel, limit).trim() !== '';
      const valueIndex = onLine || next ? index : valueLineBelow(lines, index);
      const valueStart = valueIndex === index ? afterLabel : contentStart(lines[valueIndex]);
      const valueEnd = next
        ? limit
        : label.kind === 'specialty'
          ? wrappedValueEnd(lines, valueIndex)
          : contentEnd(lines[valueIndex]);
      const values = splitValues(source, { start: valueStart, end: Math.max(valueEnd, valueStart) });
      const labelSpan = { start: label.start, end: label.nameEnd };
      if (label.kind === 'licensure') {
        credentials.licensureLabel = labelSpan;
        credentials.states.push(...values);
      } else {
        credentials.specialtyLabel = labelSpan;
        credentials.specialties.push(...values);
      }
      spans.push({ start: label.start, end: valueEnd });
    });
  });
  if (spans.length) {
    credentials.form = 'labelled';
    credentials.span = { start: spans[0].start, end: spans[spans.length - 1].end };
  }
  return credentials;
}

/**
 * A label alone on its line ("State(s) of Licensure:" / "California, Nevada") takes its value from
 * the next line, unless that line is blank, a heading, a section or another label.
 */
function valueLineBelow(lines: LetterLine[], index: number): number {
  const next = lines[index + 1];
  if (!next || isBlank(next) || headingLevel(next) || sectionKindOf(next)) return index;
  return startsWithLabel(next.text.trim()) ? index : index + 1;
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
    if (!continues || headingLevel(line) || sectionKindOf(line) || startsWithLabel(text)) break;
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

/**
 * Prose credentials, in the forms reviewers write them. A state follows "licensed to practice
 * (medicine) in", "holds/maintains an (active) license to practice in", "licensed in (the State
 * of)"; a specialty follows "board certified in", "certified in", "holds a license in", "licensed
 * in" (a value that is no state name), "(sub)specialty in", "specializes in", or stands after
 * "a board-certified" as a noun ("a board-certified orthopedic surgeon"). The words are data
 * (the credentials lexicon); `credentialPatterns` builds the patterns from them.
 */
interface Phrase {
  value: string;
  /** Where the value starts in the folded text. */
  at: number;
}

function readProse(source: string, section: Span): Credentials {
  const folded = new FoldedText(source, section);
  const credentials: Credentials = { states: [], specialties: [] };
  const spans: Span[] = [];
  const { proseState, proseSpecialty, specialistNoun } = credentialPatterns();
  for (const phrase of collect(folded, proseState, spans)) {
    statesIn(folded, phrase).forEach((state) => addOnce(credentials.states, state));
  }
  for (const phrase of collect(folded, proseSpecialty, spans)) {
    const states = statesIn(folded, phrase);
    if (states.length) states.forEach((state) => addOnce(credentials.states, state));
    else addOnce(credentials.specialties, locate(folded, phrase.at, phrase.value));
  }
  // A noun phrase counts when it names a specialty, its generic words ("licensed", a state) set aside.
  const namesSpecialty = (value: string) => specialtyOf({ value, at: 0 }) !== undefined;
  for (const phrase of collect(folded, specialistNoun, spans, namesSpecialty)) {
    const specialty = specialtyOf(phrase)!;
    addOnce(credentials.specialties, locate(folded, specialty.at, specialty.value));
  }
  if (spans.length) {
    credentials.form = 'prose';
    credentials.span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  }
  return credentials;
}

/** The state names a value begins with: "California, Nevada and Arizona" → three; "Acupuncture" → none. */
function statesIn(folded: FoldedText, phrase: Phrase): Located[] {
  const words = [...phrase.value.matchAll(/[A-Za-z]+/g)];
  const states: Located[] = [];
  for (let i = 0; i < words.length;) {
    if (states.length > 0 && words[i][0].toLowerCase() === 'and') {
      i++;
      continue;
    }
    // "North Carolina" before "North": the longer name first.
    const pair = words[i + 1] && phrase.value.slice(words[i].index, words[i + 1].index! + words[i + 1][0].length);
    const name = pair && /^[A-Za-z]+ [A-Za-z]+$/.test(pair) && isStateName(pair) ? pair : words[i][0];
    if (!isStateName(name)) break;
    states.push(locate(folded, phrase.at + words[i].index!, name));
    i += name === words[i][0] ? 1 : 2;
  }
  return states;
}

/**
 * The specialty a noun phrase names, its generic words set aside one by one: "board-certified
 * orthopaedic surgeon" → "orthopaedic surgeon"; "licensed physician" → none; "licensed physician
 * and surgeon" → none, since "physician and surgeon" names none before "physician and" is set aside.
 */
function specialtyOf(phrase: Phrase): Phrase | undefined {
  const { genericModifier, notASpecialty } = credentialPatterns();
  for (let at = 0; ;) {
    const value = phrase.value.slice(at);
    if (notASpecialty.test(value)) return undefined;
    const generic = genericModifier.exec(value)?.[0].length ?? 0;
    if (!generic) return { value, at: phrase.at + at };
    at += generic;
  }
}

function addOnce(into: Located[], entry: Located): void {
  if (!into.some((known) => known.value === entry.value)) into.push(entry);
}

function locate(folded: FoldedText, at: number, value: string): Located {
  return { value, span: folded.spanOf(at, at + value.length) };
}

/** The values a pattern captures (in its first group that matched) that `isValue` keeps, each phrase's span added to `spans`. */
function collect(
  folded: FoldedText,
  pattern: RegExp,
  spans: Span[],
  isValue = (value: string) => !credentialPatterns().notAValue.test(value),
): Phrase[] {
  const phrases: Phrase[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded.text); match; match = pattern.exec(folded.text)) {
    const captured = match.slice(1).find((group) => group !== undefined) ?? '';
    const value = captured.trim();
    if (!value || !isValue(value)) continue;
    phrases.push({
      value,
      at: match.index + match[0].lastIndexOf(captured) + (captured.length - captured.trimStart().length),
    });
    spans.push(folded.spanOf(match.index, match.index + match[0].length));
  }
  return phrases;
}
