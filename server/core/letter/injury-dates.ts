import type { Determination } from '../model/determination';
import { findDates } from '../parser/dates';
import { anyWord } from '../parser/patterns';
import { sentencesOf, type Passage } from './passages';
import type { FactPlace } from './patient';

/** A date of injury as one place states it (ISO value). */
export type DatedPlace = FactPlace<string>;

/** Words right before a date that make it the date of the injury ("date of injury of", "injured his knee on"). */
const INJURY_CUE = new RegExp(
  [
    '\\b(?:date of (?:the )?injury|injury date|doi)\\b[\\s:,]*(?:(?:of|on|was|is|dated)\\s+)*$',
    "\\b(?:injured|injury|injuries|hurt)\\b(?:\\s+[\\w'-]+){0,8}?\\s+on\\s+$",
    '\\binjury\\s+(?:of|dated)\\s+$',
  ].join('|'),
  'i',
);

/**
 * A sentence about another injury, an injury of uncertain or repeated date, or a cumulative
 * trauma over a period: its dates are not the date of this injury.
 */
const OTHER_INJURY = anyWord(
  [
    // Another injury, before or after this one.
    ['prior', 'previous', 'previously', 'earlier', 'old injur\\w*', 'remote', 'first', 'second', 'another'],
    ['separate', 'subsequent', 'new', 'again', 'also', 'later', 'non-?industrial', 'history', 'childhood'],
    // A cumulative trauma ("CT") over a period, set against a specific injury.
    ['cumulative', 'continuous trauma', 'ct', 'specific'],
    // The same body part hurt again.
    ['reinjur\\w*', 're-injur\\w*', 'aggravat\\w*'],
  ],
  'i',
);

/**
 * Every statement of the date of injury: the header's `Date of Injury:` (when it holds one date)
 * and each date the summary or a rationale ties to the injury with an unambiguous cue.
 */
export function injuryDates(determination: Determination, passages: Passage[]): DatedPlace[] {
  const places: DatedPlace[] = [];
  const header = determination.header.find((field) => field.key === 'dateOfInjury');
  if (header?.date && header.value) {
    const all = findDates(header.value.value, (from, to) => ({ start: from, end: to }));
    if (all.length === 1) {
      places.push({ value: header.date.iso, kind: 'header', span: header.date.span, text: header.date.text });
    }
  }
  for (const passage of passages) {
    if (passage.kind === 'title') continue;
    for (const { iso, text, from, to } of passage.folded.reading(injuryDatesIn)) {
      places.push({ value: iso, kind: passage.kind, item: passage.item, span: passage.folded.spanOf(from, to), text });
    }
  }
  return places;
}

/** The dates a folded text ties to the injury, at folded positions [from, to): read once per fold. */
function injuryDatesIn(text: string): Array<{ iso: string; text: string; from: number; to: number }> {
  const found: Array<{ iso: string; text: string; from: number; to: number }> = [];
  for (const sentence of sentencesOf(text)) {
    const dates = findDates(sentence.text, (from, to) => ({ start: from, end: to }));
    // "injuries on 3/2/2015 and 6/9/2015": several dates leave no one date of injury.
    if (OTHER_INJURY.test(sentence.text) || dates.length > 1) continue;
    for (const date of dates) {
      if (!INJURY_CUE.test(sentence.text.slice(0, date.span.start))) continue;
      const [from, to] = [sentence.from + date.span.start, sentence.from + date.span.end];
      found.push({ iso: date.iso, text: date.text, from, to });
    }
  }
  return found;
}
