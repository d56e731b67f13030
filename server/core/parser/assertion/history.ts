import type { TargetEntry } from '../../knowledge/assertion-lexicon';
import { grantedAt } from './granted-part';
import { type Hit, SentenceWords } from './words';
import { inPastTense, verbGroupStart } from './verb-group';

/**
 * The history of earlier care is no finding on the disputed request: "The prior 12 visits were certified as
 * medically necessary", "Physical therapy was authorized in 2014 and was medically necessary at that time".
 * A past verb group alone tells nothing: a retrospective request is concluded so ("The ketorolac injection given
 * on 12/06/2016 was not medically necessary").
 */

/**
 * Whether the phrase `target` tells the history of earlier care: its verb group is past, and its subject holds a
 * word of earlier care before any preposition ("The prior 12 visits were …", "Prior physical therapy was …"; not
 * "prior to"), or it has no subject of its own after a coordinator and the clause before says a past grant
 * ("… was authorized in 2014 and was …").
 */
export function saidOfEarlierCare(s: SentenceWords, { at }: Hit<TargetEntry>): boolean {
  const verb = verbGroupStart(s, at);
  if (verb === at || !inPastTense(s, [verb, at])) return false;
  return earlierSubject(s, s.clauseStartOf(verb), verb) || grantedBefore(s, verb);
}

/** Whether the plain noun phrase opening words [from, to) holds a word of earlier care: "the prior 12 visits". */
function earlierSubject(s: SentenceWords, from: number, to: number): boolean {
  for (let j = from; j < to && s.inPlainPhrase(j); j++)
    if (s.is('priorWords', j) && s.keys[j + 1] !== 'to') return true;
  return false;
}

/** Whether a coordinator right before the verb group at `verb` joins it to a clause saying a past grant. */
function grantedBefore(s: SentenceWords, verb: number): boolean {
  if (!s.is('coordinators', verb - 1)) return false;
  for (let j = s.clauseStartOf(verb - 1); j < verb - 1; j++)
    if (s.is('pastAuxiliaries', j - 1) && grantedAt(s, j)) return true;
  return false;
}
