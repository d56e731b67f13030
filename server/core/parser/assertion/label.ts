import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { answersAt, answerTo } from '../question';
import { headsLabelPredicate } from './verb-group';
import { type Hit, SentenceWords, type SentenceReading } from './words';

/**
 * A label and its reply: "Medically necessary: no.", "Medical necessity: yes.", "Medical necessity established: No".
 * The necessity wording with no verb, ending at a colon, asks what "Medically necessary?" asks, and a reply after the
 * colon that leaves the predicate out, as an answer to a question does ("No.", "Yes.", "Not at this time."), is the
 * finding on it with the reply's polarity (see `answerTo`); a negation or a condition after the colon that is no
 * reply leaves the label no finding. Anything else after the colon ("Not medically necessary: the surgical
 * referral.", "Medical necessity: not established.") leaves the phrase read as it stands.
 */

/**
 * The colon closing the label that the phrase at `target` ends, past one participle of its own ("established",
 * "met"), when a reply fills the sentence after it. A label has no verb and no trigger (a negation, a condition,
 * another party) from the sentence's start, or an earlier colon or semicolon, to its colon.
 */
function labelColon(s: SentenceWords, target: Hit<TargetEntry>): number | undefined {
  const colon = labelEnd(s, target);
  return colon !== undefined && answersAt(s.tokens, colon + 1, s.lexicon) ? colon : undefined;
}

/** The colon closing the label that the phrase at `target` ends, whatever follows it; or undefined. */
function labelEnd(s: SentenceWords, target: Hit<TargetEntry>): number | undefined {
  if (target.entry.wording !== 'necessity' || s.tokens[target.at].quoted) return undefined;
  const colon = headsLabelPredicate(s, target.end) ? target.end + 1 : target.end;
  if (s.keys[colon] !== ':') return undefined;
  let start = target.at;
  while (start > 0 && s.keys[start - 1] !== ':' && s.keys[start - 1] !== ';') start--;
  for (let j = start; j < colon; j++) if (s.is('finite', j) || s.is('copulas', j)) return undefined;
  return s.triggers.some((t) => t.end > start && t.at < colon) ? undefined : colon;
}

/**
 * The predicate of a noun that ends a label with a reply, its own participle or none ("Medical necessity established:
 * No", "Medical necessity: yes."): the words between the noun and the colon.
 */
export function labelPredicateOf(s: SentenceWords, target: Hit<TargetEntry>): [number, number] | undefined {
  const colon = labelColon(s, target);
  return colon === undefined ? undefined : [target.end, colon];
}

/**
 * The finding the phrase's own `reading` makes when the phrase ends a label: the reply after its colon, as the reply
 * says ("Medically necessary: no."); none when the words after the colon hold a trigger but are no reply ("Medically
 * necessary: not clear.", "… probably not.", "… if red flags appear."): the label's question is answered in words the
 * reader does not take as a reply. Otherwise, and for a phrase whose own reading runs past the colon ("Medical
 * necessity: not established."), `reading` as it stands.
 */
export function readLabel(
  s: SentenceWords,
  target: Hit<TargetEntry>,
  reading: SentenceReading,
): SentenceReading | undefined {
  const colon = labelEnd(s, target);
  // A noun's predicate read after the colon ("Medical necessity: not established.") is no reply to it.
  if (colon === undefined || reading.span.to > s.tokens[colon].from) return reading;
  const answer = reading.status === 'asserted' ? answerTo(reading, s.tokens, s.lexicon, colon + 1) : undefined;
  if (answer) return answer;
  return s.triggers.some((t) => t.at > colon) ? undefined : reading;
}
