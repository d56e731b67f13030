import type { CaseSummary, LetterDate, PriorTreatment } from '../model/determination';
import type { Located } from '../model/span';
import type { Span } from '../model/span';
import { findDates } from './dates';
import { foldedText, type FoldedText } from './folded-text';
import { COUNT, readCount } from '../knowledge/number-words';
import type { TermMatch, TermMatcher } from './terms';

/**
 * Reads the facts a check needs from the clinical case summary: the worker's age and sex,
 * the injury date, the challenged UR decision's date, the span of reports reviewed, and
 * the treatments already given (with their counts where the summary states them).
 */
export function readCaseSummary(
  source: string,
  section: Span | undefined,
  treatments: TermMatcher,
  surgeries?: SurgeryWords,
): CaseSummary {
  const summary: CaseSummary = { reportDates: [], surgeryDates: [], plannedSurgeries: [], priorTreatments: [] };
  if (!section) return summary;
  const folded = foldedText(source, section);
  const text = folded.text;
  readPerson(text, folded, summary);
  const dates = findDates(text, (a, b) => folded.spanOf(a, b));
  const positions = dates.map((date) => indexOfDate(folded, date));
  const range = readReportRange(text, dates, positions);
  if (range) summary.reportRange = range;
  dates.forEach((date, i) => classifyDate(summary, text, date, positions[i]));
  const mentions = treatments.findAll(text);
  summary.priorTreatments = readPriorTreatments(text, folded, mentions);
  if (surgeries) {
    summary.surgeryDates = surgeryDates(text, mentions, dates, positions, surgeries);
    summary.plannedSurgeries = plannedSurgeries(text, folded, mentions, surgeries);
  }
  return summary;
}

/** Treatments that are an operation, and the words that say one was done ("underwent", "had") or is planned ("scheduled"). */
export interface SurgeryWords {
  treatments: ReadonlySet<string>;
  done: TermMatcher;
  planned: TermMatcher;
}

/** Dates in a sentence that names an operation as done: "On 03/14/2017 he underwent a fusion". */
function surgeryDates(
  text: string,
  mentions: TermMatch[],
  dates: LetterDate[],
  positions: number[],
  surgeries: SurgeryWords,
): LetterDate[] {
  const done = surgeries.done.findAll(text);
  const operations = mentions.filter(
    (mention) =>
      surgeries.treatments.has(mention.id) && done.some((word) => sameSentence(text, word.from, mention.from)),
  );
  return dates.filter((_, i) => operations.some((operation) => sameSentence(text, operation.from, positions[i])));
}

/** A negation before a planned word in its sentence takes the plan back ("No surgery is scheduled", "not yet certified"). */
const NEGATION = /\b(?:no|not|never|non|neither|nor|without)\b/i;

/**
 * Operations named in a sentence that says they are planned, with no word saying they were done:
 * "A right total knee arthroplasty was certified and is scheduled for 11/05/2018".
 */
function plannedSurgeries(text: string, folded: FoldedText, mentions: TermMatch[], surgeries: SurgeryWords): Located[] {
  const planned = surgeries.planned
    .findAll(text)
    .filter((word) => !NEGATION.test(text.slice(sentenceStart(text.slice(0, word.from)), word.from)));
  const done = surgeries.done.findAll(text);
  const inSentence = (words: TermMatch[], at: number) => words.some((word) => sameSentence(text, word.from, at));
  return mentions
    .filter((m) => surgeries.treatments.has(m.id) && inSentence(planned, m.from) && !inSentence(done, m.from))
    .map((m) => ({ value: sentenceAround(text, m.from), span: folded.spanOf(m.from, m.to) }));
}

/** The sentence of the summary around a position. */
function sentenceAround(text: string, at: number): string {
  const start = sentenceStart(text.slice(0, at));
  const end = /[.!?]\s/.exec(text.slice(at));
  return text.slice(start, end ? at + end.index : text.length);
}

/** No sentence end ("." before a space) between two positions of the summary. */
function sameSentence(text: string, a: number, b: number): boolean {
  const between = text.slice(Math.min(a, b), Math.max(a, b));
  return !/[.!?]\s/.test(between);
}

function readPerson(text: string, folded: FoldedText, summary: CaseSummary): void {
  const age = /\b(\d{1,3})[- ](?:year|yr)s?[- ]old\b/i.exec(text);
  if (age) summary.age = { value: Number(age[1]), span: folded.spanOf(age.index, age.index + age[1].length) };
  const sex = /\b(female|male|woman|man|gentleman|lady)\b/i.exec(text);
  if (sex) {
    const value = /^(female|woman|lady)$/i.test(sex[1]) ? 'female' : 'male';
    summary.sex = { value, span: folded.spanOf(sex.index, sex.index + sex[1].length) };
  }
}

function indexOfDate(folded: FoldedText, date: LetterDate): number {
  let low = 0;
  let high = folded.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (folded.offsetAt(mid) < date.span.start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** "Treatment reports were provided from 07/03/14 to 11/20/14." */
function readReportRange(text: string, dates: LetterDate[], positions: number[]): CaseSummary['reportRange'] {
  for (let i = 0; i + 1 < dates.length; i++) {
    const between = text.slice(positions[i] + dates[i].text.length, positions[i + 1]);
    const before = text.slice(Math.max(0, positions[i] - 60), positions[i]);
    if (
      /^\s*(?:to|through|thru|until|-|–)\s*$/i.test(between) &&
      /\b(?:reports?|records?|notes?|from|between)\b/i.test(before)
    ) {
      return { from: dates[i], to: dates[i + 1], span: { start: dates[i].span.start, end: dates[i + 1].span.end } };
    }
  }
  return undefined;
}

function classifyDate(summary: CaseSummary, text: string, date: LetterDate, at: number): void {
  if (summary.reportRange && (date === summary.reportRange.from || date === summary.reportRange.to)) return;
  const before = text.slice(Math.max(0, at - 90), at).toLowerCase();
  const after = text.slice(at + date.text.length, at + date.text.length + 60).toLowerCase();
  const sentence =
    before.slice(sentenceStart(before)) + (/^\W*(?:the\s+)?(?:utilization review|ur)\b/.test(after) ? ` ${after}` : '');
  if (!summary.injuryDate && /\binjur(?:y|ed|ies)\b|date of injury|\bdoi\b/.test(sentence)) {
    summary.injuryDate = date;
  } else if (/\b(?:utilization review|ur)\b/.test(sentence) && !/\bprior\b|\bprevious\b/.test(sentence)) {
    // The challenged decision is named as such; otherwise the last UR date in the summary stands.
    if (!summary.urDate || /challenged|being reviewed|at issue/.test(sentence)) summary.urDate = date;
  } else {
    summary.reportDates.push(date);
  }
}

/** Where the last sentence of `text` starts: after a period (or a quoted or bracketed one, `injury."`) and a space. */
function sentenceStart(text: string): number {
  let start = 0;
  for (const match of text.matchAll(/[.?!]["'\u2019\u201d)\]]?\s/g)) start = match.index + match[0].length;
  return start;
}

/** Larger numbers before a treatment are years ("in 2013 acupuncture …"), not counts. */
const MAX_PLAUSIBLE_COUNT = 100;

const COUNTED = new RegExp(
  `\\b(${COUNT})\\s+(?:(?:prior|previous|additional|completed|authorized|approved|sessions?|visits?|treatments?|of|postoperative|post-operative)\\s+){0,3}$`,
  'i',
);

/** Each treatment the summary mentions, once, with the count written before it ("had 5 sessions of acupuncture"). */
function readPriorTreatments(text: string, folded: FoldedText, mentions: TermMatch[]): PriorTreatment[] {
  const found = new Map<string, PriorTreatment>();
  for (const match of mentions) {
    const before = text.slice(Math.max(0, match.from - 60), match.from);
    const counted = COUNTED.exec(before);
    const number = counted ? readCount(counted[1]) : undefined;
    const count = number !== undefined && number <= MAX_PLAUSIBLE_COUNT ? number : undefined;
    const known = found.get(match.id);
    if (known && (known.count !== undefined || count === undefined)) continue;
    const from = count !== undefined && counted ? match.from - before.length + counted.index : match.from;
    found.set(match.id, { treatment: match.id, count, span: folded.spanOf(from, match.to) });
  }
  return [...found.values()];
}
