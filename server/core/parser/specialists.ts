import { readingLexicon } from '../knowledge/reading-lexicon';
import { anyPhrase } from './patterns';
import type { TermMatch } from './terms';

/** A clinician's head noun right after a body part, by a space or a hyphen ("hand surgeon", "spine-specialist"). */
const SPECIALIST_NEXT = new RegExp(`(?:\\s+|\\s*-\\s*)${anyPhrase(readingLexicon().specialists)}\\b`, 'iy');

/** What joins two body parts that modify one head together ("foot and ankle", "hand/wrist", "hip & knee"). */
const COORDINATOR = /^\s*(?:and|or|&|\/)\s*$/i;

/**
 * The body parts a text names that only name a clinician's field: those modifying a clinician's head
 * noun ("orthopedic hand surgeon", "knee specialist"), alone or coordinated with the part that does
 * ("foot and ankle specialist"). They say who the item is for or by, not where it is.
 */
export function partsNamingSpecialists(text: string, parts: readonly TermMatch[]): Set<TermMatch> {
  const fields = new Set<TermMatch>();
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    const next = parts[i + 1];
    SPECIALIST_NEXT.lastIndex = part.to;
    const coordinated = next && fields.has(next) && COORDINATOR.test(text.slice(part.to, next.from));
    if (coordinated || SPECIALIST_NEXT.test(text)) fields.add(part);
  }
  return fields;
}
