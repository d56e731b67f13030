import type { Fix } from '../check/finding';
import type { Determination } from '../model/determination';
import { blankComments } from '../parser/lines';
import type { Rule } from '../check/rule';
import { replace } from '../letter/text';
import { MONTH_NAMES } from '../letter/date-format';

export const malformedDate: Rule = {
  id: 'malformed-date',
  defaultSeverity: 'warning',
  description: 'A date is written that cannot be one.',
  doc:
    'A date with a lost separator ("10-282016", "11-2816"), a five-digit or far-future year ("June 20216", ' +
    '"December 9, 3026"), a month 13 or a day the month does not have is a typing slip that leaves the reader ' +
    'guessing, and the dates decide which guideline edition applies. Pain scores and ranges of motion ("10/10", ' +
    '"40/90"), month-year dates ("10-2016") and dates split by a line break are not dates of this kind. Where a ' +
    'separator was lost the fix puts it back; the other slips need the case file.',
  tags: ['dates'],
  check({ determination, report }) {
    for (const slip of slipsIn(determination)) {
      report({
        message: `"${slip.text}" cannot be a date: ${slip.reason}.`,
        span: { start: slip.start, end: slip.start + slip.text.length },
        ...(slip.fix ? { fixes: [slip.fix] } : {}),
      });
    }
  },
};

interface Slip {
  text: string;
  start: number;
  reason: string;
  fix?: Fix;
}

const MONTH = `(${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
/** Not inside a longer token (a case number, a range, a decimal). */
const ALONE_BEFORE = '(?<![\\w/.-])';
const ALONE_AFTER = '(?![\\w/-]|\\.\\d)';
/** Words a date follows; a bare number group without one is more likely something else. */
const DATE_LEAD = /\b(?:on|dated?|dos|of|from|to|through|since|until|and)\s*$/i;

/** "10-282016": month, separator, day and a four-digit year run together. */
const LOST_BEFORE_YEAR = new RegExp(`${ALONE_BEFORE}(\\d{1,2})([-/])(\\d{1,2})((?:19|20)\\d{2})${ALONE_AFTER}`, 'g');
/** "11-2816": month, separator, then day and two-digit year run together. */
const LOST_BEFORE_SHORT_YEAR = new RegExp(`${ALONE_BEFORE}(\\d{1,2})([-/])(\\d{2})(\\d{2})${ALONE_AFTER}`, 'g');
const NUMERIC = new RegExp(`${ALONE_BEFORE}(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{2}|\\d{4,6})${ALONE_AFTER}`, 'g');
const WRITTEN = new RegExp(`\\b${MONTH}\\.?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4,6})\\b`, 'g');

/** How far past the letter's own dates a date may lie (return to work, follow-ups). */
const FUTURE_YEARS = 5;
const EARLIEST_YEAR = 1900;

function slipsIn(determination: Determination): Slip[] {
  const text = blankComments(determination.text);
  const skip = determination.frontMatter?.span;
  const latest = latestYear(determination);
  const slips: Slip[] = [];
  const add = (slip: Slip | undefined) => {
    if (!slip || (skip && slip.start < skip.end && slip.start >= skip.start)) return;
    if (slips.some((other) => other.start === slip.start)) return;
    slips.push(slip);
  };
  for (const match of text.matchAll(LOST_BEFORE_YEAR)) add(lostSeparator(match, match[4]));
  for (const match of text.matchAll(LOST_BEFORE_SHORT_YEAR)) {
    const fourDigits = Number(`${match[3]}${match[4]}`);
    // "10-2016" is a month and year; "11-2816" can only be a day and year run together.
    if (fourDigits >= EARLIEST_YEAR && fourDigits <= 2099) continue;
    if (!DATE_LEAD.test(text.slice(Math.max(0, match.index - 25), match.index))) continue;
    add(lostSeparator(match, match[4]));
  }
  for (const match of text.matchAll(NUMERIC)) {
    if (match[4].length === 2 && !DATE_LEAD.test(text.slice(Math.max(0, match.index - 25), match.index))) continue;
    add(impossible(match, Number(match[1]), Number(match[3]), match[4], latest));
  }
  for (const match of text.matchAll(WRITTEN)) {
    const month = MONTH_NAMES.findIndex((name) => name.startsWith(match[1].slice(0, 3))) + 1;
    add(impossible(match, month, match[2] === undefined ? 1 : Number(match[2]), match[3], latest));
  }
  return slips.sort((a, b) => a.start - b.start);
}

function lostSeparator(match: RegExpMatchArray, year: string): Slip | undefined {
  const [text, month, separator, day] = match;
  if (!validDay(Number(month), Number(day), year.length === 4 ? Number(year) : 2000)) return undefined;
  const written = [month, day, year].join(separator);
  return {
    text,
    start: match.index ?? 0,
    reason: `a separator seems lost (${written}?)`,
    fix: { title: `Write ${written}`, changes: [replace(spanOf(match), written)], safe: false },
  };
}

function impossible(
  match: RegExpMatchArray,
  month: number,
  day: number,
  year: string,
  latest: number,
): Slip | undefined {
  const start = match.index ?? 0;
  const slip = (reason: string): Slip => ({ text: match[0], start, reason });
  if (year.length > 4) return slip(`the year ${year} has ${year.length} digits`);
  const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
  if (year.length === 4 && fullYear > latest + FUTURE_YEARS) return slip(`the year ${year} is far in the future`);
  if (year.length === 4 && fullYear < EARLIEST_YEAR)
    return slip(`the year ${year} is before any workers' compensation record`);
  if (month < 1 || month > 12) return slip(`there is no month ${month}`);
  if (!validDay(month, day, fullYear)) return slip(`${MONTH_NAMES[month - 1]} has no day ${day}`);
  return undefined;
}

function validDay(month: number, day: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** The year of the letter's latest header date, or the current calendar's upper end when it has none. */
function latestYear(determination: Determination): number {
  const years = determination.header.flatMap((field) => (field.date ? [Number(field.date.iso.slice(0, 4))] : []));
  return years.length > 0 ? Math.max(...years) : 2099 - FUTURE_YEARS;
}

function spanOf(match: RegExpMatchArray): { start: number; end: number } {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}
