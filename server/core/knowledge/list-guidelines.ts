import { drugListEntry } from './drugs';
import type {
  CriteriaEntry,
  DrugEntry,
  DrugListEntry,
  DateWindow,
  GuidelineSource,
  KnowledgeBase,
  TreatmentLimit,
} from './types';

interface ListedEntry {
  /** `limit`, `criteria` or `drug`. */
  kind: 'limit' | 'criteria' | 'drug';
  id: string;
  guideline: string | null;
  guidelineName?: string;
  /** The treatment id, or a criteria entry's treatments joined with ", "; null when it names drugs only. */
  treatment: string | null;
  /** The regions joined with ", ", or null when the entry applies to any region. */
  region: string | null;
  regions: string[];
  source?: Pick<GuidelineSource, 'section' | 'pages'>;
  /** When the guideline edition was in force. */
  era: DateWindow;
  /** The passage, criteria sentence or stance, for a table. */
  passage: string;
  /** A drug's MTUS Drug List line, when the knowledge base has one. */
  drugList?: Pick<DrugListEntry, 'status' | 'source' | 'confidence'> & { list: DrugListEntry['list'] | null };
}

/** One entry as `imr-lint --list-guidelines --format json` prints it: the entry with its kind, guideline name and era. */
export type GuidelineListing = ListedEntry & Record<string, unknown>;

/** Every limit, criteria and drug entry, as loaded (built-in and pack entries alike), one plain object each. */
export function listGuidelines(kb: KnowledgeBase): GuidelineListing[] {
  return [
    ...kb.limits.map((limit) => listLimit(kb, limit)),
    ...kb.criteria.map((entry) => listCriteria(kb, entry)),
    ...kb.drugs.map((drug) => listDrug(kb, drug)),
  ];
}

function listLimit(kb: KnowledgeBase, { regions, source, ...limit }: TreatmentLimit): GuidelineListing {
  return {
    ...limit,
    kind: 'limit',
    ...guidelineOf(kb, limit.guideline),
    ...regionsOf(regions),
    source: { section: source.section, pages: source.pages },
  };
}

function listCriteria(kb: KnowledgeBase, { appliesTo, source, ...entry }: CriteriaEntry): GuidelineListing {
  return {
    ...entry,
    kind: 'criteria',
    ...guidelineOf(kb, entry.guideline),
    treatment: appliesTo.treatments?.join(', ') ?? null,
    appliesTo,
    ...regionsOf(appliesTo.regions),
    source: { section: source.section, pages: source.pages },
    passage: entry.criteriaSentence,
  };
}

/**
 * A drug, with the guideline edition its stance is written from and its MTUS Drug List line (status,
 * list version and date, source, confidence) when there is one.
 */
function listDrug(kb: KnowledgeBase, { source, ...drug }: DrugEntry): GuidelineListing {
  const listed = drugListEntry(kb, drug.id);
  return {
    ...drug,
    ...(listed
      ? {
          drugList: {
            status: listed.status,
            list: listed.list ?? null,
            source: listed.source,
            confidence: listed.confidence,
          },
        }
      : {}),
    kind: 'drug',
    ...(drug.guideline ? guidelineOf(kb, drug.guideline) : { era: {} }),
    guideline: drug.guideline ?? null,
    ...regionsOf(undefined),
    ...(source ? { source: { section: source.section, pages: source.pages } } : {}),
    passage: drug.stance ?? drug.name,
  };
}

function guidelineOf(kb: KnowledgeBase, id: string): { guidelineName?: string; era: DateWindow } {
  const guideline = kb.guidelines.find((candidate) => candidate.id === id);
  return { guidelineName: guideline?.name, era: { from: guideline?.inForce.from, to: guideline?.inForce.to } };
}

function regionsOf(regions: string[] | undefined): { region: string | null; regions: string[] } {
  return { region: regions?.join(', ') ?? null, regions: regions ?? [] };
}
