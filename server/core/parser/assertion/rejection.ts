import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { rejectionOf } from '../question';
import { countNounOf } from './subject';
import { type Hit, SentenceWords, type SentenceReading } from './words';

/**
 * The reviewer's elliptical rejection of another party's view: "The physician considers the MRI medically
 * necessary; I do not.", "The utilization review found the eight visits not medically necessary. I disagree."
 * Right after a report about this request, a clause that is only the reviewer's rejection (or acceptance) is the
 * reviewer's finding on the report's phrase (see `rejectionOf`).
 */

/** The rejection in the clause after a contrast that ends the report's clause in its sentence ("…; I cannot agree."). */
export function rejectionAfter(
  s: SentenceWords,
  target: Hit<TargetEntry>,
  reading: SentenceReading,
): SentenceReading | undefined {
  if (!reportOnRequest(s, target, reading)) return undefined;
  let end = reportClauseEnd(s, target.end);
  if (s.keys[end] === ',') end++;
  return s.is('contrasts', end) ? rejectionOf(reading, s.tokens, end + 1, s.lexicon) : undefined;
}

/** Whether `reading` is a report about this request whose clause ends the sentence: a rejection may follow in the next. */
export function reportEndsSentence(s: SentenceWords, target: Hit<TargetEntry>, reading: SentenceReading): boolean {
  return reportOnRequest(s, target, reading) && reportClauseEnd(s, target.end) === s.keys.length;
}

/**
 * Whether `reading` is another party's view (not a question) and its words before the phrase name this request
 * or count the visits it requests ("found the eight visits not medically necessary").
 */
function reportOnRequest(s: SentenceWords, target: Hit<TargetEntry>, reading: SentenceReading): boolean {
  if (reading.status !== 'reported' || reading.question) return false;
  if (s.namesRequest(0, target.at, false)) return true;
  for (let j = 0; j < target.at; j++) if (countNounOf(s, j, target.at) !== undefined) return true;
  return false;
}

/**
 * Where the report's clause ends after its phrase: at a mark, a coordinator, a terminator or a verb opening more
 * ("…, and UR denied it", "… because of his pain"), or at the sentence's end.
 */
function reportClauseEnd(s: SentenceWords, from: number): number {
  let j = from;
  while (
    j < s.keys.length &&
    !s.tokens[j].punct &&
    !s.is('coordinators', j) &&
    !s.terminatorAt(j) &&
    !s.is('finite', j)
  )
    j++;
  return j;
}
