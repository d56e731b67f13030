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
  const text = normalizeText(name);
  const scored = kb.guidelines.map((guideline) => ({ guideline, score: longestPhraseIn(text, guideline.aliases) }));
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return undefined;
  const candidates = scored.filter((entry) => entry.score === best).map((entry) => entry.guideline);
  if (year !== undefined) {
    return candidates.find((guideline) => guideline.year === year) ?? candidates.find((guideline) => guideline.year === undefined);
  }
  return [...candidates].sort((a, b) => (a.year ?? 0) - (b.year ?? 0))[0];
}
