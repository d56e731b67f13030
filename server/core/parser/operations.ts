import type { OperationNamed } from '../model/determination';
import { regionsNamedIn, type Lexicon } from './index';
import { wordsIn, type TermMatch } from './terms';

/** At most this many words between an operation's words and the body part it is on ("arthroscopy of the left knee"). */
const WORDS_TO_PART = 4;

/** What ends a clause: an operation and a part across one are not named together. */
const CLAUSE_BREAK = /[,.;:!?()]/;

/**
 * The operations a text names, each with every region (limbs aside) named beside it in the same
 * clause, or with none ("after a meniscectomy", "the surgery"), and that clause.
 */
export function operationsNamedIn(text: string, from: OperationNamed['from'], lexicon: Lexicon): OperationNamed[] {
  const operations = lexicon.treatments.findAll(text).filter((match) => lexicon.surgeries.treatments.has(match.id));
  if (operations.length === 0) return [];
  const parts = regionsNamedIn(text, lexicon).filter((part) => !lexicon.limbs.has(part.id));
  return operations.flatMap((operation) => {
    const beside = parts.filter((part) => isBeside(text, operation, part));
    if (beside.length === 0) return [{ words: clauseAround(text, operation.from, operation.to), from }];
    return beside.map((part) => ({
      region: part.id,
      words: clauseAround(text, Math.min(part.from, operation.from), Math.max(part.to, operation.to)),
      from,
    }));
  });
}

/** The part overlaps the operation's words, or stands a few words from them with no clause break between. */
function isBeside(text: string, operation: TermMatch, part: TermMatch): boolean {
  if (part.from < operation.to && operation.from < part.to) return true;
  const between = part.to <= operation.from ? text.slice(part.to, operation.from) : text.slice(operation.to, part.from);
  return !CLAUSE_BREAK.test(between) && wordsIn(between) <= WORDS_TO_PART;
}

function clauseAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1])) start--;
  const end = text.slice(to).search(CLAUSE_BREAK);
  return text.slice(start, end < 0 ? text.length : to + end).trim();
}

/** The regions the operations are named on, once each. */
export function regionsOfOperations(operations: readonly OperationNamed[]): string[] {
  return [...new Set(operations.flatMap((operation) => (operation.region ? [operation.region] : [])))];
}
