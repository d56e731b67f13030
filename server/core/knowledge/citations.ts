import type { Guideline, KnowledgeBase } from './types';
import { longestPhraseIn, normalizeText } from './phrase';

/**
 * The guideline a citation names, by its longest matching alias ("MTUS Chronic Pain Treatment
 * Guidelines 9792.24.1, Acupuncture Medical Treatment Guidelines" is the acupuncture guideline).
 * Editions sharing an alias are told apart by `year`; with no year, the earliest edition is
 * meant, since only the 2009 grammar leaves the year out. Undefined when nothing matches, or
 * when the year is one no known edition carries.
 */
export function guidelineForCitation(kb: KnowledgeBase, name: string, year?: number): Guideline | undefined {
  // A letter repeats the same few citations in every item: resolve each once per knowledge base.
  let known = resolved.get(kb);
  if (!known || known.size > MAX_REMEMBERED) {
    known = new Map();
    resolved.set(kb, known);
  }
  const key = `${year ?? ''}\u0000${name}`;
  if (!known.has(key)) known.set(key, resolve(kb, name, year));
  return known.get(key);
}

const resolved = new WeakMap<KnowledgeBase, Map<string, Guideline | undefined>>();
/** Bounds the memory a letter of a million distinct citations could take. */
const MAX_REMEMBERED = 10_000;

function resolve(kb: KnowledgeBase, name: string, year?: number): Guideline | undefined {
  const text = normalizeText(name);
  const scored = kb.guidelines.map((guideline) => ({ guideline, score: longestPhraseIn(text, guideline.aliases) }));
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return undefined;
  const candidates = scored.filter((entry) => entry.score === best).map((entry) => entry.guideline);
  if (year !== undefined) {
    return (
      candidates.find((guideline) => guideline.year === year) ??
      candidates.find((guideline) => guideline.year === undefined)
    );
  }
  return [...candidates].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))[0];
}
