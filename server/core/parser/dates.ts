import type { LetterDate } from '../model/determination';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Numeric (12/05/14, 1-18-2005, 2016-07-28) and written (July 28, 2016) dates. */
const DATE_PATTERN = new RegExp(
  [
    '\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b',
    '\\b(\\d{1,2})([/.-])(\\d{1,2})\\5(\\d{4}|\\d{2})\\b',
    `\\b(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`,
  ].join('|'),
  'gi',
);

/** Every date written in `text`; `offsetOf` maps a position in `text` to a letter offset. */
export function findDates(
  text: string,
  spanOf: (from: number, to: number) => { start: number; end: number },
): LetterDate[] {
  const dates: LetterDate[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let match = DATE_PATTERN.exec(text); match; match = DATE_PATTERN.exec(text)) {
    const iso = isoOf(match);
    if (iso) dates.push({ text: match[0], iso, span: spanOf(match.index, match.index + match[0].length) });
  }
  return dates;
}

/** The first date in a short value such as a header field's. */
export function parseDate(
  text: string,
  spanOf: (from: number, to: number) => { start: number; end: number },
): LetterDate | undefined {
  return findDates(text, spanOf)[0];
}

function isoOf(match: RegExpExecArray): string | undefined {
  if (match[1]) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  if (match[4]) return iso(fullYear(match[7]), Number(match[4]), Number(match[6]));
  const month = MONTHS.findIndex((name) => name.startsWith(match[8].toLowerCase().slice(0, 3))) + 1;
  return iso(Number(match[10]), month, Number(match[9]));
}

/** Two-digit years: 00-39 are 2000s, 40-99 are 1900s (injury dates reach back decades). */
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  return value < 40 ? 2000 + value : 1900 + value;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2099) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
