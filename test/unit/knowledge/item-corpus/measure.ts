import { builtInKnowledge, parseDetermination } from '../../../../server/core';
import { knowledgeForItem } from '../../../../server/core/knowledge';
import { letterEra } from '../../../../server/core/knowledge/era';
import type { CriteriaEntry, KnowledgeBase, TreatmentLimit } from '../../../../server/core/knowledge/types';
import fitting from '../../../tools/fitting.json';
import { draftLetter, type LetterDates } from '../draft-letter';
import { CORPUS_ITEMS, KIND_SHARES, type AcoemYear, type CorpusItem, type Era, type Setting } from './items';

/** How one corpus item was judged. */
export interface MeasuredItem {
  item: CorpusItem;
  era: Era | AcoemYear;
  /** What should judge the item in its letter's era. */
  expect: string;
  /** What the parser read: treatment (or the class of the first drug named), region, setting. */
  read: { category?: string; region: string; setting?: string };
  entries: string[];
  unjudged?: string;
  /** The entries applied that do not fit the item's category, region or setting, with why. */
  misfits: string[];
  outcome: 'fit' | 'wrong' | 'unjudged';
}

const CATEGORIES: Record<string, string[]> = fitting.categories;

/**
 * The dates of a letter of each setting, in the two MTUS eras (the 2009 and the 2016 Chronic Pain
 * guidelines) and in two years of the ACOEM-based MTUS (2018, and 2026: today).
 */
const LETTER_DATES: Record<Era | AcoemYear, Record<Setting, LetterDates & { surgery?: string }>> = {
  '2015': {
    acute: { injury: '03/02/2015', ur: '04/20/2015' },
    chronic: { injury: '03/02/2011', ur: '04/20/2015' },
    'post-operative': { injury: '03/02/2014', ur: '04/20/2015', surgery: '03/25/2015' },
  },
  '2017': {
    acute: { injury: '01/09/2017', ur: '02/20/2017' },
    chronic: { injury: '01/09/2013', ur: '02/20/2017' },
    'post-operative': { injury: '06/01/2016', ur: '02/20/2017', surgery: '01/25/2017' },
  },
  '2018': {
    acute: { injury: '03/05/2018', ur: '04/23/2018' },
    chronic: { injury: '03/05/2014', ur: '04/23/2018' },
    'post-operative': { injury: '06/01/2017', ur: '04/23/2018', surgery: '03/26/2018' },
  },
  '2026': {
    acute: { injury: '01/05/2026', ur: '02/16/2026' },
    chronic: { injury: '01/05/2022', ur: '02/16/2026' },
    'post-operative': { injury: '06/01/2025', ur: '02/16/2026', surgery: '01/26/2026' },
  },
};

/** A letter of our own with the one item, dated for its setting in the era. */
export function corpusLetter(item: CorpusItem, era: Era | AcoemYear): string {
  const dates = LETTER_DATES[era][item.setting];
  const surgery = dates.surgery ? ` He underwent an arthroscopy on ${dates.surgery}.` : '';
  const rationale = `${item.rationale ?? ''} The records do not show what the guideline asks for. The request is not medically necessary.`;
  return draftLetter(dates, `The injured worker is an adult who was hurt at work.${surgery}`, [
    { title: item.title, rationale },
  ]);
}

/**
 * Every corpus item fitted, each in a letter of its own (an item requested beside a surgery is
 * post-operative), dated for its setting, alternating the era within each kind (an item of the
 * ACOEM-based MTUS in its own year, outside the alternation).
 */
export function measureCorpus(knowledge: KnowledgeBase = builtInKnowledge()): MeasuredItem[] {
  const seen = new Map<string, number>();
  return CORPUS_ITEMS.map((item) => {
    const n = seen.get(item.kind) ?? 0;
    if (!item.year) seen.set(item.kind, n + 1);
    const alternating: Era = n % 2 === 0 ? '2017' : '2015';
    const era = item.year ?? alternating;
    const determination = parseDetermination(corpusLetter(item, era), knowledge);
    const [read] = determination.items;
    const found = knowledgeForItem(knowledge, read, letterEra(determination, knowledge));
    const entries = [...found.limits, ...found.criteria];
    const misfits = entries.flatMap((entry) => {
      const why = misfit(knowledge, item, entry);
      return why ? [`${entry.id} (${why})`] : [];
    });
    return {
      item,
      era,
      expect: typeof item.expect === 'string' ? item.expect : item.expect[alternating],
      read: {
        category: readCategory(knowledge, item, read.treatment?.value, read.title.value),
        region: read.regions ? 'multiple' : (read.region?.value ?? 'none'),
        setting: read.setting?.value,
      },
      entries: entries.map((entry) => entry.id),
      unjudged: found.unjudged,
      misfits,
      outcome: misfits.length > 0 ? 'wrong' : entries.length > 0 ? 'fit' : 'unjudged',
    };
  });
}

/** The item's category when what was read is among the category's treatments or drug classes. */
function readCategory(knowledge: KnowledgeBase, item: CorpusItem, treatment: string | undefined, title: string) {
  const fits = CATEGORIES[item.category] ?? [];
  const lower = title.toLowerCase();
  const drugClasses = knowledge.drugs
    .filter((drug) => drug.names.some((name) => lower.includes(name.toLowerCase())))
    .map((drug) => drug.drugClass);
  const read = [treatment, ...drugClasses].filter((id): id is string => id !== undefined);
  return read.some((id) => fits.includes(id)) ? item.category : (treatment ?? drugClasses[0]);
}

/** Why an entry does not fit the item (treatment, region, setting), or undefined when it fits. */
function misfit(knowledge: KnowledgeBase, item: CorpusItem, entry: TreatmentLimit | CriteriaEntry): string | undefined {
  const scope = 'appliesTo' in entry ? entry.appliesTo : { treatments: [entry.treatment], ...entry };
  const drugClasses = (scope.drugs ?? []).map((id) => knowledge.drugs.find((drug) => drug.id === id)?.drugClass);
  const treatments = [...(scope.treatments ?? []), ...(scope.drugClasses ?? []), ...drugClasses];
  const fits = CATEGORIES[item.category] ?? [];
  if (!treatments.some((id) => id !== undefined && fits.includes(id))) return `treatment ${treatments.join('/')}`;
  if (scope.regions && item.region !== 'multiple' && !scope.regions.includes(item.region))
    return `region ${scope.regions.join('/')}`;
  if (scope.settings && !scope.settings.includes(item.setting)) return `setting ${scope.settings.join('/')}`;
  return undefined;
}

/** What the parser should read of the item: no treatment at all where none is expected to be read. */
export function expectedRead(measured: MeasuredItem): MeasuredItem['read'] {
  const { item } = measured;
  const category = measured.expect === 'unjudged: no treatment' ? undefined : item.category;
  return { category, region: item.region, setting: item.setting };
}

/** True when the item was judged as its corpus entry expects: by that entry (and fitting), or not judged for that reason. */
export function asExpected(measured: MeasuredItem): boolean {
  const { expect } = measured;
  if (expect.startsWith('unjudged: ')) return measured.entries.length === 0 && measured.unjudged === expect.slice(10);
  const pattern = new RegExp(`^${expect.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  return measured.outcome === 'fit' && measured.entries.some((id) => pattern.test(id));
}

export interface Shares {
  items: number;
  fit: number;
  wrong: number;
  unjudged: number;
  /** The same three, each kind weighted by its share of real items. */
  weighted: { fit: number; wrong: number; unjudged: number };
}

export function sharesOf(measured: readonly MeasuredItem[]): Shares {
  const count = (outcome: MeasuredItem['outcome']) => measured.filter((m) => m.outcome === outcome).length;
  const byKind = new Map<string, MeasuredItem[]>();
  for (const m of measured) byKind.set(m.item.kind, [...(byKind.get(m.item.kind) ?? []), m]);
  const total = [...byKind.keys()].reduce((sum, kind) => sum + (KIND_SHARES[kind] ?? 0), 0);
  const weighted = (outcome: MeasuredItem['outcome']) =>
    [...byKind].reduce(
      (sum, [kind, list]) =>
        sum + ((KIND_SHARES[kind] ?? 0) * list.filter((m) => m.outcome === outcome).length) / list.length,
      0,
    ) / total;
  return {
    items: measured.length,
    fit: count('fit'),
    wrong: count('wrong'),
    unjudged: count('unjudged'),
    weighted: { fit: weighted('fit'), wrong: weighted('wrong'), unjudged: weighted('unjudged') },
  };
}
