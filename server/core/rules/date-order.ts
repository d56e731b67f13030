import type { Determination, HeaderKey, LetterDate } from '../model/determination';
import { findDates } from '../parser/dates';
import { lastPieces, passagesOf, sentencesOf } from '../letter/passages';
import { headerName } from '../letter/grammar';
import type { Span } from '../model/span';
import type { Report, Rule } from '../check/rule';

export const dateOrder: Rule = {
  id: 'date-order',
  defaultSeverity: 'warning',
  description: 'Dates in the letter are out of order.',
  doc:
    'An injury cannot postdate the utilization review decision it led to, nor every report about it; a report ' +
    'range cannot end before it starts; the header cannot give a date of injury after the UR denial date, nor a ' +
    'decision date before the case was assigned or the application received; a utilization review, approval or ' +
    "Doctor's First Report of this injury cannot be dated before the injury, nor the review before the request " +
    'for authorization it answers. Each of these usually means a ' +
    'mistyped date, which matters because the dates decide which guideline edition applies. There is no fix: ' +
    'only the case file tells which date is wrong.',
  tags: ['dates'],
  wholeLetter: true,
  check({ determination, report }) {
    checkCaseSummary(determination, report);
    checkHeader(determination, report);
    checkEpisode(determination, report);
  },
};

function checkCaseSummary(determination: Determination, report: (report: Report) => void): void {
  const { injuryDate, urDate, reportRange, reportDates } = determination.caseSummary;
  if (injuryDate) {
    const later: string[] = [];
    if (urDate && injuryDate.iso > urDate.iso) later.push(`the utilization review date (${urDate.text})`);
    if (reportRange && injuryDate.iso > reportRange.from.iso) {
      later.push(`the start of the reports (${reportRange.from.text})`);
    }
    // Reports may predate an injury (prior history), so only an injury after every report is wrong for sure.
    const latest = latestOf(reportDates);
    if (latest && injuryDate.iso > latest.iso) later.push(`every report date (latest ${latest.text})`);
    if (later.length > 0) {
      report({ message: `The injury date ${injuryDate.text} is after ${later.join(' and ')}.`, span: injuryDate.span });
    }
  }
  if (reportRange && reportRange.from.iso > reportRange.to.iso) {
    report({
      message: `The report range runs backwards: ${reportRange.from.text} is after ${reportRange.to.text}.`,
      span: reportRange.span,
    });
  }
}

function checkHeader(determination: Determination, report: (report: Report) => void): void {
  const date = (key: HeaderKey) => determination.header.find((field) => field.key === key)?.date;
  const injury = date('dateOfInjury');
  const denial = date('urDenialDate');
  if (injury && denial && injury.iso > denial.iso) {
    report({
      message: `The ${headerName('dateOfInjury')} ${injury.text} is after the ${headerName('urDenialDate')} ${denial.text}.`,
      span: injury.span,
    });
  }
  const decided = date('decisionDate');
  if (!decided) return;
  const earlier = (
    [
      [headerName('dateAssigned'), date('dateAssigned')],
      [`${headerName('applicationReceived')} date`, date('applicationReceived')],
    ] as const
  ).filter(([, other]) => other && decided.iso < other.iso);
  if (earlier.length > 0) {
    const names = earlier.map(([name, other]) => `the ${name} ${other?.text}`).join(' and ');
    report({ message: `The ${headerName('decisionDate')} ${decided.text} is before ${names}.`, span: decided.span });
  }
}

function latestOf(dates: LetterDate[]): LetterDate | undefined {
  return dates.reduce<LetterDate | undefined>(
    (latest, date) => (!latest || date.iso > latest.iso ? date : latest),
    undefined,
  );
}

/** A dated event of this episode: a review, an approval, the first report of the injury, a request. */
interface EpisodeEvent {
  kind: 'review' | 'report' | 'request';
  text: string;
  iso: string;
  span: Span;
}

/** Words right before a date that make it a review's or an approval's ("utilization review on", "certified on"). */
const REVIEW_BEFORE = /\b(?:utilization review|ur)(?:\s+(?:determination|decision|denial))?\s+(?:on|dated|of)\s+$/i;
/**
 * "the request was non-certified on", "the claims administrator authorized … on": a decision on a
 * request. The sentence must name the request or the one deciding it ("she denied numbness on …"
 * is the patient's history).
 */
const DECIDED_BEFORE = /\b(?:non-?certified|denied|certified|authorized)\s+(?:[\w/-]+\s+){0,4}?on\s+$/i;
const REVIEW_CONTEXT =
  /\b(?:utilization review|ur|request(?:ed)?|rfa|claims administrator|carrier|insurer|adjuster)\b/i;
/** The first report of an injury cannot predate it. */
const FIRST_REPORT_BEFORE = /\bdoctor's first report(?:\s+of\s+(?:occupational\s+)?injury)?\s+(?:dated|of|on)\s+$/i;
/** "On 11-3-16, utilization review …": the review named right after its date. */
const REVIEW_AFTER = /^,?\s+(?:the\s+)?(?:utilization review|ur)\b/i;
const REQUEST_BEFORE = /\b(?:request for authorization|rfa)(?:\s+(?:form|was|is))?\s+(?:dated|of|on)\s+$/i;
/**
 * A sentence about another episode or another round: an earlier injury or review, a new or
 * repeated request, an appeal. Its dates are not this episode's.
 */
const OTHER_ROUND =
  /\b(?:prior|previous|previously|earlier|another|other|history|new|subsequent|second|again|later|resubmitted|re-?request\w*|appeal\w*|additional|non-?industrial|fda)\b/i;

function episodeEvents(determination: Determination): EpisodeEvent[] {
  const events: EpisodeEvent[] = [];
  for (const passage of passagesOf(determination)) {
    if (passage.kind === 'title') continue;
    for (const { kind, text, iso, from, to } of passage.folded.reading(datedEvents)) {
      events.push({ kind, text, iso, span: passage.folded.spanOf(from, to) });
    }
  }
  return events;
}

/** The episode's dated events a folded passage states, at folded positions [from, to): read once per fold. */
function datedEvents(text: string): Array<Omit<EpisodeEvent, 'span'> & { from: number; to: number }> {
  const events: Array<Omit<EpisodeEvent, 'span'> & { from: number; to: number }> = [];
  for (const sentence of sentencesOf(text)) {
    if (OTHER_ROUND.test(sentence.text)) continue;
    for (const date of findDates(sentence.text, (from, to) => ({ start: from, end: to }))) {
      // The cues before a date end at it and span at most seven pieces ("doctor's first report of … dated").
      const before = lastPieces(sentence.text.slice(0, date.span.start), EVENT_CUE_PIECES);
      const after = sentence.text.slice(date.span.end);
      const kind = eventKind(sentence.text, before, after);
      if (!kind) continue;
      const [from, to] = [sentence.from + date.span.start, sentence.from + date.span.end];
      events.push({ kind, text: date.text, iso: date.iso, from, to });
    }
  }
  return events;
}

/** Review dates the summary and header checks already report an injury after. */
function reviewsAlreadyAfterInjury(determination: Determination): Set<string> {
  const { injuryDate, urDate } = determination.caseSummary;
  const header = (key: HeaderKey) => determination.header.find((field) => field.key === key)?.date;
  const pairs = [
    [injuryDate, urDate],
    [header('dateOfInjury'), header('urDenialDate')],
  ];
  return new Set(
    pairs.flatMap(([injury, review]) => (injury && review && injury.iso > review.iso ? [review.iso] : [])),
  );
}

/** The most pieces between white space a cue before a date spans, with room to spare. */
const EVENT_CUE_PIECES = 10;

function eventKind(sentence: string, before: string, after: string): EpisodeEvent['kind'] | undefined {
  if (REQUEST_BEFORE.test(before)) return 'request';
  if (FIRST_REPORT_BEFORE.test(before)) return 'report';
  if (REVIEW_BEFORE.test(before) || (/\bon\s+$/i.test(before) && REVIEW_AFTER.test(after))) return 'review';
  if (DECIDED_BEFORE.test(before) && REVIEW_CONTEXT.test(sentence)) return 'review';
  return undefined;
}

/** The date of injury when the header and the summary do not disagree on it. */
function injuryOf(determination: Determination): LetterDate | undefined {
  const header = determination.header.find((field) => field.key === 'dateOfInjury')?.date;
  const summary = determination.caseSummary.injuryDate;
  if (header && summary && header.iso !== summary.iso) return undefined;
  return header ?? summary;
}

function checkEpisode(determination: Determination, report: (report: Report) => void): void {
  const events = episodeEvents(determination);
  const injury = injuryOf(determination);
  const reported = reviewsAlreadyAfterInjury(determination);
  for (const event of events) {
    if (!injury || event.iso >= injury.iso || reported.has(event.iso)) continue;
    report({
      message: `This ${event.kind} is dated ${event.text}, before the injury of ${injury.text}.`,
      span: event.span,
      related: [{ span: injury.span, message: `The date of injury, ${injury.text}, stands here.` }],
    });
  }
  const requests = events.filter((event) => event.kind === 'request');
  const review = determination.caseSummary.urDate;
  // Several requests may be a resubmission after the review: only a single request is weighed.
  if (!review || requests.length !== 1 || new Set(requests.map((r) => r.iso)).size !== 1) return;
  const [request] = requests;
  if (review.iso >= request.iso || (injury && request.iso < injury.iso)) return;
  report({
    message: `The utilization review of ${review.text} is dated before the request for authorization of ${request.text} it decided.`,
    span: review.span,
    related: [{ span: request.span, message: `The request for authorization, dated ${request.text}, stands here.` }],
  });
}
