import type { PartialApproval, RequestedQuantity } from '../model/determination';
import type { Located, Span } from '../model/span';
import type { FoldedText } from './folded-text';
import { COUNT, readCount } from '../knowledge/number-words';

type SpanOf = (from: number, to: number) => Span;

/**
 * The long title of a partially certified request, in its two forms:
 * "X was the original request. Y was authorized by the Claims Administrator. The remaining
 * IMR eligible portion of the original request, Z is:", and "X was the original request. The
 * Claims Administrator authorized Y, leaving the original request IMR eligible. The original
 * request, X is:". Found with plain string searches.
 */
export function readPartialApproval(title: string, spanOf: SpanOf): PartialApproval | undefined {
  const lower = title.toLowerCase();
  const originalEnd = lower.indexOf(' was the original request');
  if (originalEnd < 0) return undefined;
  const authorized = authorizedPart(lower, originalEnd);
  const remainingLead = REMAINING_LEADS.map((lead) => ({ lead, at: lower.indexOf(lead, authorized?.end ?? 0) })).find(
    ({ at }) => at >= 0,
  );
  if (!authorized || !remainingLead) return undefined;
  let remainingStart = remainingLead.at + remainingLead.lead.length;
  while (remainingStart < title.length && /[\s,]/.test(title[remainingStart])) remainingStart++;
  let remainingEnd = title.length;
  const is = lower.lastIndexOf(' is');
  if (is > remainingStart && lower.slice(is + 3).trim() === '') remainingEnd = is;
  return {
    original: located(title, 0, originalEnd, spanOf),
    authorized: located(title, authorized.start, authorized.end, spanOf),
    remaining: located(title, remainingStart, remainingEnd, spanOf),
  };
}

/** What introduces the part still disputed: the remaining portion, or the whole original request again. */
const REMAINING_LEADS = ['remaining imr eligible portion of the original request', '. the original request,'];

/** "Y was authorized by …", or "The Claims Administrator authorized Y, leaving the original request IMR eligible". */
function authorizedPart(lower: string, originalEnd: number): { start: number; end: number } | undefined {
  const passive = lower.indexOf(' was authorized', originalEnd + 1);
  if (passive >= 0) return { start: sentenceStart(lower, passive), end: passive };
  const active = /\bauthorized\s+/.exec(lower.slice(originalEnd + 1));
  const leaving = lower.indexOf(', leaving the original request', originalEnd + 1);
  if (!active || leaving < 0) return undefined;
  const start = originalEnd + 1 + active.index + active[0].length;
  return start < leaving ? { start, end: leaving } : undefined;
}

function sentenceStart(lower: string, before: number): number {
  const stop = lower.lastIndexOf('. ', before);
  return stop < 0 ? 0 : stop + 2;
}

function located(text: string, from: number, to: number, spanOf: SpanOf): Located {
  const value = text.slice(from, to).trim();
  const lead = text.slice(from, to).indexOf(value);
  return { value, span: spanOf(from + lead, from + lead + value.length) };
}

const VISITS = new RegExp(
  `\\b(${COUNT})\\s+(?:(?:additional|more|further|initial|[a-z-]{3,20})\\s+){0,3}?(?:sessions?|visits?|treatments?)\\b`,
  'gi',
);
const PER_WEEK = new RegExp(
  `\\b(${COUNT}|once|twice)\\s*(?:x|times?)?\\s*(?:a|per|each|/)?\\s*(?:week|wk)\\b|\\b(${COUNT}|once|twice)\\s+weekly\\b`,
  'i',
);
const WEEKS = new RegExp(`\\b(?:for|over|x)\\s*(${COUNT})\\s*(?:weeks?|wks?)\\b`, 'i');
const TIMES_BY = /\b(\d{1,2})\s*[x×]\s*(\d{1,2})\b(?!\s*(?:mg|mcg|ml|%))/i;
const TIMES = /(?:^|[\s(,])[x×]\s?(\d{1,3})\b/i;
const HASH = /#\s?(\d{1,4})\b/;
const PARENS = /\((\d{1,3})\)/;

/**
 * How much a title asks for: "8 sessions", "Six visits", "2 times a week for 4 weeks",
 * "2x4", "x6", "#6", "(8)". A count written as frequency × weeks gives the visits too.
 * `#N` counts visits only for visit-counted treatments (for a drug it is the pill count).
 */
export function readQuantity(folded: FoldedText, text: string, base: number, visitCounted: boolean): RequestedQuantity {
  const spanOf: SpanOf = (from, to) => folded.spanOf(base + from, base + to);
  const quantity: RequestedQuantity = {};
  const number = (match: RegExpExecArray, group: number): Located<number> | undefined => {
    const value = readCount(match[group]);
    if (value === undefined) return undefined;
    const at = match.index + match[0].indexOf(match[group]);
    return { value, span: spanOf(at, at + match[group].length) };
  };
  const byTimes = TIMES_BY.exec(text);
  if (byTimes) {
    quantity.perWeek = number(byTimes, 1);
    quantity.weeks = number(byTimes, 2);
  }
  const perWeek = PER_WEEK.exec(text);
  if (perWeek && !quantity.perWeek) quantity.perWeek = number(perWeek, perWeek[1] ? 1 : 2);
  const weeks = WEEKS.exec(text);
  if (weeks && !quantity.weeks) quantity.weeks = number(weeks, 1);
  VISITS.lastIndex = 0;
  const visits = VISITS.exec(text) ?? TIMES.exec(text) ?? PARENS.exec(text) ?? (visitCounted ? HASH.exec(text) : null);
  if (visits) quantity.visits = number(visits, 1);
  if (!quantity.visits && quantity.perWeek && quantity.weeks) {
    const span = {
      start: Math.min(quantity.perWeek.span.start, quantity.weeks.span.start),
      end: Math.max(quantity.perWeek.span.end, quantity.weeks.span.end),
    };
    quantity.visits = { value: quantity.perWeek.value * quantity.weeks.value, span };
  }
  return quantity;
}
