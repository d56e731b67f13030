import type { GuidelinePack, KnowledgeBase, Provenance, TreatmentTerm } from './types';
import { ENTRY_KINDS, knownIds, unresolvedReferences } from './references';

/** What merging did that a user should hear of: an override, or an entry left out. */
export interface KnowledgeNote {
  pack: string;
  id: string;
  kind: 'override' | 'dropped';
  message: string;
}

export interface NamedPack {
  /** The pack's file name or path, as hovers and messages show it. */
  name: string;
  pack: GuidelinePack;
}

type Entry = Provenance & { id: string };

/**
 * Adds packs to a knowledge base, in order. An entry with the id of an existing one replaces
 * it in place and records `overrides`; entries that name unknown guidelines, treatments, regions
 * or drugs are left out with a note, since they could never apply. Never throws.
 */
export function mergeKnowledge(
  base: KnowledgeBase,
  packs: readonly NamedPack[],
): { knowledge: KnowledgeBase; notes: KnowledgeNote[] } {
  const notes: KnowledgeNote[] = [];
  const merged = emptyKnowledge();
  for (const kind of ENTRY_KINDS) (merged[kind] as Entry[]).push(...(base[kind] as Entry[]));
  // Where each id stands, so that merging stays linear in the number of entries.
  const places = new Map(ENTRY_KINDS.map((kind) => [kind, indexById(merged[kind] as Entry[])]));
  for (const { name, pack } of packs) {
    const usable = withoutBrokenReferences(pack, merged, name, notes);
    for (const kind of ENTRY_KINDS) {
      const entries = merged[kind] as Entry[];
      const place = places.get(kind) as Map<string, number>;
      for (const entry of (usable[kind] ?? []) as Entry[]) addEntry(entries, place, entry, name, notes);
    }
  }
  return { knowledge: withDrugNames(merged), notes };
}

function indexById(entries: Entry[]): Map<string, number> {
  const place = new Map<string, number>();
  entries.forEach((entry, index) => place.set(entry.id, index));
  return place;
}

export function emptyKnowledge(): KnowledgeBase {
  return {
    families: [],
    guidelines: [],
    treatments: [],
    regions: [],
    chapters: [],
    settings: [],
    limits: [],
    definitions: [],
    criteria: [],
    drugs: [],
    drugList: [],
  };
}

function addEntry(
  entries: Entry[],
  place: Map<string, number>,
  entry: Entry,
  pack: string,
  notes: KnowledgeNote[],
): void {
  const index = place.get(entry.id);
  if (index === undefined) {
    place.set(entry.id, entries.length);
    entries.push({ ...entry, pack });
    return;
  }
  const replaced = entries[index].pack ?? 'built-in';
  entries[index] = { ...entry, pack, overrides: { id: entry.id, pack: replaced } };
  notes.push({
    pack,
    id: entry.id,
    kind: 'override',
    message: `${pack}: "${entry.id}" overrides the ${replaced} entry`,
  });
}

/** The pack without entries whose references cannot be resolved (reported as notes). */
function withoutBrokenReferences(
  pack: GuidelinePack,
  known: KnowledgeBase,
  name: string,
  notes: KnowledgeNote[],
): GuidelinePack {
  const broken = new Set<string>();
  for (const problem of unresolvedReferences(pack, knownIds(known, pack))) {
    const [kind, index] = problem.path;
    broken.add(`${kind}/${index}`);
    const entry = (pack[kind as keyof GuidelinePack] as Entry[])[Number(index)];
    notes.push({ pack: name, id: entry.id, kind: 'dropped', message: `${name}: left out: ${problem.reason}` });
  }
  const keep = <T>(kind: string, entries: T[] | undefined) =>
    entries?.filter((_, index) => !broken.has(`${kind}/${index}`));
  return {
    ...pack,
    limits: keep('limits', pack.limits),
    criteria: keep('criteria', pack.criteria),
    drugs: keep('drugs', pack.drugs),
    drugList: keep('drugList', pack.drugList),
    chapters: keep('chapters', pack.chapters),
  };
}

/** Drug names also recognise the treatment the drug counts as ("norco" names an opioid item). */
function withDrugNames(knowledge: KnowledgeBase): KnowledgeBase {
  const namesByTreatment = new Map<string, string[]>();
  for (const drug of knowledge.drugs) {
    const names = namesByTreatment.get(drug.treatment) ?? [];
    names.push(...drug.names);
    namesByTreatment.set(drug.treatment, names);
  }
  const treatments = knowledge.treatments.map((treatment): TreatmentTerm => {
    const names = namesByTreatment.get(treatment.id) ?? [];
    return names.length === 0 ? treatment : { ...treatment, patterns: [...new Set([...treatment.patterns, ...names])] };
  });
  return { ...knowledge, treatments };
}
