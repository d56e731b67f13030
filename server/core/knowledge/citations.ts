import type { Guideline, KnowledgeBase } from './types';
import { inForceOn } from './era';
import { findPhrase, longestPhraseIn, normalizeText } from './phrase';

/** Which edition a citation means: the year it writes, else a date its grammar or letter speaks from. */
export interface CitedEdition {
  year?: number;
  /** ISO date: with no year, the edition in force on this date is meant. */
  on?: string;
}

/**
 * The guideline a citation names, by its longest matching alias ("MTUS Chronic Pain Treatment
 * Guidelines 9792.24.1, Acupuncture Medical Treatment Guidelines" is the acupuncture guideline).
 * A year picks the edition of that year named anywhere in the citation (see datedEditionNamed),
 * else an undated one. Editions sharing an alias are told apart by `year`; with no year, by the edition in force on
 * `on`. Undefined when nothing matches, when the year is one no known edition carries, or when
 * several editions match and nothing says which: no edition is assumed.
 */
export function guidelineNamed(kb: KnowledgeBase, name: string, edition: CitedEdition = {}): Guideline | undefined {
  // A letter repeats the same few citations in every item: resolve each once per knowledge base.
  let known = resolved.get(kb);
  if (!known || known.size > MAX_REMEMBERED) {
    known = new Map();
    resolved.set(kb, known);
  }
  const key = `${edition.year ?? ''}\u0000${edition.on ?? ''}\u0000${name}`;
  if (!known.has(key)) known.set(key, resolve(kb, name, edition));
  return known.get(key);
}

const resolved = new WeakMap<KnowledgeBase, Map<string, Guideline | undefined>>();
/** Bounds the memory a letter of a million distinct citations could take. */
const MAX_REMEMBERED = 10_000;

/** True when some guideline of the knowledge base goes by a name in the citation, whatever its edition. */
export function namesKnownGuideline(kb: KnowledgeBase, name: string): boolean {
  return candidatesFor(kb, name).length > 0;
}

/** The guidelines whose longest alias in the name is the longest of all: the editions of one guideline. */
function candidatesFor(kb: KnowledgeBase, name: string): readonly Guideline[] {
  let known = candidatesByName.get(kb);
  if (!known || known.size > MAX_REMEMBERED) {
    known = new Map();
    candidatesByName.set(kb, known);
  }
  let candidates = known.get(name);
  if (!candidates) {
    candidates = scoreCandidates(kb, name);
    known.set(name, candidates);
  }
  return candidates;
}

/** Several rules and the resolver ask about the same citation names. */
const candidatesByName = new WeakMap<KnowledgeBase, Map<string, readonly Guideline[]>>();

function scoreCandidates(kb: KnowledgeBase, name: string): Guideline[] {
  const text = normalizeText(name);
  const scored = kb.guidelines.map((guideline) => ({ guideline, score: longestPhraseIn(text, guideline.aliases) }));
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return [];
  return scored.filter((entry) => entry.score === best).map((entry) => entry.guideline);
}

function resolve(kb: KnowledgeBase, name: string, { year, on }: CitedEdition): Guideline | undefined {
  const candidates = candidatesFor(kb, name);
  if (year !== undefined) {
    return datedEditionNamed(kb, name, year) ?? candidates.find((guideline) => guideline.year === undefined);
  }
  if (candidates.length <= 1) return candidates[0];
  return on === undefined ? undefined : candidates.find((guideline) => inForceOn(guideline.inForce, on));
}

/**
 * The edition of `year` the citation names, whichever alias names it: a written year outweighs a
 * longer alias of an undated edition ("ACOEM Practice Guidelines, Elbow Disorders (Revised 2007)"
 * is the 2007 elbow chapter, not the evergreen ACOEM). Of several, the one named last, since a
 * citation runs from book to chapter ("ACOEM …, 2nd Edition (2004), Chapter 12, Low Back
 * Complaints" is the chapter); at one end, the longest alias.
 */
function datedEditionNamed(kb: KnowledgeBase, name: string, year: number): Guideline | undefined {
  const text = normalizeText(name);
  let best: Guideline | undefined;
  let bestEnd = -1;
  let bestLength = 0;
  for (const guideline of kb.guidelines) {
    if (guideline.year !== year) continue;
    for (const alias of guideline.aliases) {
      const end = lastEndOf(text, alias);
      if (end < 0) continue;
      if (end > bestEnd || (end === bestEnd && alias.length > bestLength)) {
        best = guideline;
        bestEnd = end;
        bestLength = alias.length;
      }
    }
  }
  return best;
}

/** Where the last occurrence of `phrase` in `text` ends; -1 when there is none. */
function lastEndOf(text: string, phrase: string): number {
  let end = -1;
  for (let at = findPhrase(text, phrase); at >= 0; at = findPhrase(text, phrase, at + 1)) end = at + phrase.length;
  return end;
}
