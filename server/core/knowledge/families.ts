import type { GuidelineFamily, KnowledgeBase } from './types';
import { findPhrase } from './phrase';

/** Where a text names a guideline family, as a rationale does ("… per ODG, …"). */
export interface FamilyMention {
  family: string;
  index: number;
  length: number;
}

/**
 * The first name of a guideline family in a text (the longest where two start together), matched
 * as written: "MTUS" and "Official Disability Guidelines" are names, "odg" in a word is not.
 */
export function firstFamilyMention(families: readonly GuidelineFamily[], text: string): FamilyMention | undefined {
  let first: FamilyMention | undefined;
  for (const family of families) {
    for (const name of family.rationaleNames) {
      const index = findPhrase(text, name);
      if (index < 0) continue;
      if (!first || index < first.index || (index === first.index && name.length > first.length)) {
        first = { family: family.id, index, length: name.length };
      }
    }
  }
  return first;
}

export function familyById(knowledge: Pick<KnowledgeBase, 'families'>, id: string): GuidelineFamily | undefined {
  return knowledge.families.find((family) => family.id === id);
}
