import type { Definition, KnowledgeBase } from './types';
import { inForceOn } from './era';

/**
 * Definitions of a regulation section, optionally of one subdivision as letters write it
 * ("(f)", "f", "(ef)") and in force on an ISO date.
 */
export function definitionsFor(
  kb: KnowledgeBase,
  section: string,
  subdivision?: string,
  onDate?: string,
): Definition[] {
  const wanted = subdivision === undefined ? undefined : normalizeSubdivision(subdivision);
  return kb.definitions.filter(
    (definition) =>
      definition.section === section &&
      (wanted === undefined ||
        definition.subdivision === wanted ||
        (definition.subdivisionForms ?? []).includes(wanted)) &&
      (onDate === undefined || inForceOn(definition.inForce, onDate)),
  );
}

/** "F", "f", "( f )" → "(f)"; "(c)(2)" stays. */
function normalizeSubdivision(subdivision: string): string {
  const compact = subdivision.toLowerCase().replace(/\s+/g, '');
  return compact.startsWith('(') ? compact : `(${compact})`;
}
