import type { GuidelinePack, KnowledgeBase } from './types';
import { displayPath, type SchemaViolation } from './schema';

/** The ids a pack may refer to, by kind. */
export interface KnownIds {
  guidelines: Set<string>;
  treatments: Set<string>;
  regions: Set<string>;
  drugs: Set<string>;
}

type Part = Pick<KnowledgeBase, 'guidelines' | 'treatments' | 'regions' | 'drugs'>;

/** The ids of every knowledge base or pack given, together. */
export function knownIds(...parts: Array<Partial<Part>>): KnownIds {
  const ids = (pick: (part: Partial<Part>) => Array<{ id: string }> | undefined) =>
    new Set(parts.flatMap((part) => pick(part) ?? []).map((entry) => entry.id));
  return {
    guidelines: ids((part) => part.guidelines),
    treatments: ids((part) => part.treatments),
    regions: ids((part) => part.regions),
    drugs: ids((part) => part.drugs),
  };
}

type Path = Array<string | number>;

/**
 * Ids a pack's limits, criteria, drugs and Drug List entries name that neither the pack nor `known` defines:
 * an entry naming an unknown treatment would otherwise never apply, silently.
 */
export function unresolvedReferences(pack: GuidelinePack, known: KnownIds): SchemaViolation[] {
  const problems: SchemaViolation[] = [];
  const checkOne = (path: Path, kind: keyof KnownIds, id: string) => {
    if (!known[kind].has(id))
      problems.push({ path, reason: `${displayPath(path)}: unknown ${SINGULAR[kind]} "${id}"` });
  };
  const checkList = (path: Path, kind: keyof KnownIds, ids: readonly string[] | undefined) =>
    ids?.forEach((id, index) => checkOne([...path, index], kind, id));
  pack.limits?.forEach((limit, i) => {
    checkOne(['limits', i, 'guideline'], 'guidelines', limit.guideline);
    checkOne(['limits', i, 'treatment'], 'treatments', limit.treatment);
    checkList(['limits', i, 'regions'], 'regions', limit.regions);
  });
  pack.criteria?.forEach((entry, i) => {
    checkOne(['criteria', i, 'guideline'], 'guidelines', entry.guideline);
    checkList(['criteria', i, 'appliesTo', 'treatments'], 'treatments', entry.appliesTo.treatments);
    checkList(['criteria', i, 'appliesTo', 'regions'], 'regions', entry.appliesTo.regions);
    checkList(['criteria', i, 'appliesTo', 'drugs'], 'drugs', entry.appliesTo.drugs);
    entry.notRecommended?.forEach((condition, j) => {
      checkList(['criteria', i, 'notRecommended', j, 'regions'], 'regions', condition.regions);
      checkList(['criteria', i, 'notRecommended', j, 'drugs'], 'drugs', condition.drugs);
    });
  });
  pack.drugs?.forEach((drug, i) => {
    checkOne(['drugs', i, 'treatment'], 'treatments', drug.treatment);
    if (drug.guideline) checkOne(['drugs', i, 'guideline'], 'guidelines', drug.guideline);
  });
  pack.drugList?.forEach((entry, i) => checkOne(['drugList', i, 'drug'], 'drugs', entry.drug));
  pack.chapters?.forEach((chapter, i) => {
    checkOne(['chapters', i, 'guideline'], 'guidelines', chapter.guideline);
    checkList(['chapters', i, 'regions'], 'regions', chapter.regions);
    chapter.alsoCovers?.forEach((also, j) => {
      checkList(['chapters', i, 'alsoCovers', j, 'treatments'], 'treatments', also.treatments);
      checkList(['chapters', i, 'alsoCovers', j, 'regions'], 'regions', also.regions);
    });
  });
  return problems;
}

const SINGULAR: Record<keyof KnownIds, string> = {
  guidelines: 'guideline',
  treatments: 'treatment',
  regions: 'region',
  drugs: 'drug',
};

/** The arrays a pack may hold, in load order. */
export const ENTRY_KINDS = [
  'families',
  'guidelines',
  'treatments',
  'regions',
  'chapters',
  'settings',
  'limits',
  'criteria',
  'drugs',
  'drugList',
  'definitions',
] as const;

/** Ids defined twice in one pack (the second would silently replace the first). */
export function duplicateIds(pack: GuidelinePack): SchemaViolation[] {
  const problems: SchemaViolation[] = [];
  for (const kind of ENTRY_KINDS) {
    const seen = new Set<string>();
    (pack[kind] as Array<{ id: string }> | undefined)?.forEach((entry, index) => {
      const path = [kind, index, 'id'];
      if (seen.has(entry.id)) problems.push({ path, reason: `${displayPath(path)}: duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  }
  return problems;
}
