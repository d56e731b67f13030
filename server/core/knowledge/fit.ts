import type { DisputedItem, OperationNamed } from '../model/determination';
import type { CriteriaEntry, DrugEntry, Guideline, KnowledgeBase, TreatmentLimit, TreatmentTerm } from './types';
import type { LetterEra } from './era';
import { inForceOn } from './era';
import { drugsNamedIn } from './drugs';
import { findPhrase, normalizeText } from './phrase';

/** Why no entry judges an item, as `imr-lint --items` reports it. */
export type UnjudgedReason =
  | 'no treatment'
  | 'no entry for treatment'
  | 'no region'
  | 'no entry for region'
  | 'no setting'
  | 'no entry for setting'
  | 'no entry for operation'
  | 'no entry in force';

/** The entries that fit an item: its treatment (or drugs), its body region, its setting, the letter's date. */
export interface ItemKnowledge {
  limits: TreatmentLimit[];
  criteria: CriteriaEntry[];
  /** Set when no entry fits, with the first test every candidate failed. */
  unjudged?: UnjudgedReason;
}

/** The item's treatment term, and whether it is a form drugs come in (a cream, an injection). */
export function treatmentOfItem(knowledge: KnowledgeBase, item: DisputedItem): { id?: string; form: boolean } {
  const term = termOf(knowledge, item);
  return { id: item.treatment?.value, form: term?.form === true };
}

/**
 * Fit before coverage: an entry judges the item only when it is written for the item's
 * treatment (or a drug its title names), for the item's body region (an entry of a regional
 * treatment, like imaging, only for a region it names), for the item's setting, and, for
 * limits, by a guideline in force on the letter's date. An item in a form of its own (a
 * compounded cream, an injection) is judged by that form's entries, not as its drugs taken by
 * mouth. Entries qualified by title words ("repeat") replace the others of their treatment.
 */
export function knowledgeForItem(knowledge: KnowledgeBase, item: DisputedItem, era?: LetterEra): ItemKnowledge {
  const key = fitKey(item, era);
  const known = fitted.get(item);
  if (known && known.knowledge === knowledge && known.key === key) return known.found;
  const found = fitItem(knowledge, item, era);
  fitted.set(item, { knowledge, key, found });
  return found;
}

/**
 * What each item was fitted to, since several rules, the hovers and the checklist all ask for one
 * item's entries; kept while the item lives, and used only for the same knowledge base and the
 * same words read of the item (an item changed in place is fitted again).
 */
const fitted = new WeakMap<DisputedItem, { knowledge: KnowledgeBase; key: string; found: ItemKnowledge }>();

/** Everything of an item (and the letter's date) that fitting reads. */
function fitKey(item: DisputedItem, era: LetterEra | undefined): string {
  const { treatment, region, regions, setting, title, operations, beforeSurgery } = item;
  const read = [treatment?.value, region?.value, regions, setting?.value, title.value, operations, beforeSurgery];
  return JSON.stringify([...read, era?.date]);
}

function fitItem(knowledge: KnowledgeBase, item: DisputedItem, era?: LetterEra): ItemKnowledge {
  const term = termOf(knowledge, item);
  const drugs = term?.form ? [] : judgedDrugs(term, drugsNamedIn(knowledge, item.title.value));
  if (!item.treatment && drugs.length === 0) return { limits: [], criteria: [], unjudged: 'no treatment' };
  let found: ItemKnowledge = {
    limits: term ? entriesOfTreatment(knowledge.limits, term, limitTreatments) : [],
    criteria: namedCriteria(knowledge, term, drugs, normalizeText(item.title.value), item.beforeSurgery === true),
  };
  const region = regionOf(knowledge, item);
  const setting = item.setting?.value;
  const regions = item.regions ?? (region === undefined ? [] : [region]);
  const stages: Array<[UnjudgedReason, (scope: Scope) => boolean]> = [
    [region ? 'no entry for region' : 'no region', (scope) => fitsRegion(scope, regions, term)],
    [setting ? 'no entry for setting' : 'no setting', (scope) => !scope.settings || scope.settings.includes(setting!)],
  ];
  if (isEmpty(found)) return { ...found, unjudged: 'no entry for treatment' };
  for (const [reason, fits] of stages) {
    found = {
      limits: found.limits.filter((limit) => fits(limit)),
      criteria: found.criteria.filter((entry) => fits(entry.appliesTo)),
    };
    if (isEmpty(found)) return { ...found, unjudged: reason };
  }
  found.limits = forOperation(found.limits, item.operations);
  if (isEmpty(found)) return { ...found, unjudged: 'no entry for operation' };
  found.limits = found.limits.filter((limit) => entryInForce(knowledge, limit, era));
  found.criteria = withoutReplaced(found.criteria.filter((entry) => writtenEditionInForce(knowledge, entry, era)));
  return isEmpty(found) ? { ...found, unjudged: 'no entry in force' } : found;
}

/**
 * True when an entry's guideline was in force on the letter's date and its content is known to us
 * then (or the date or guideline is unknown): a letter dated after `contentKnownUntil` is not
 * judged by what an older edition said.
 */
export function entryInForce(knowledge: KnowledgeBase, entry: { guideline: string }, era?: LetterEra): boolean {
  const guideline = knowledge.guidelines.find((candidate) => candidate.id === entry.guideline);
  return !era?.date || !guideline || (inForceOn(guideline.inForce, era.date) && contentKnown(guideline, era.date));
}

/**
 * Criteria (and drug stances) are kept once, under the edition they were written from, and hold for
 * a letter while that edition or a later one of the same guideline (sharing a citation alias) is in
 * force, and while their content is known to us; an entry marked `ownEditionOnly` only while its
 * own edition is.
 */
export function writtenEditionInForce(
  knowledge: KnowledgeBase,
  entry: { guideline: string; ownEditionOnly?: boolean },
  era?: LetterEra,
): boolean {
  const date = era?.date;
  const guideline = knowledge.guidelines.find((candidate) => candidate.id === entry.guideline);
  if (!date || !guideline) return true;
  if (!contentKnown(guideline, date)) return false;
  if (entry.ownEditionOnly) return inForceOn(guideline.inForce, date);
  return knowledge.guidelines.some(
    (edition) =>
      (edition === guideline ||
        (edition.family === guideline.family && edition.aliases.some((alias) => guideline.aliases.includes(alias)))) &&
      inForceOn(edition.inForce, date),
  );
}

function contentKnown(guideline: Guideline, date: string): boolean {
  return guideline.contentKnownUntil === undefined || date <= guideline.contentKnownUntil;
}

/**
 * Why a guideline's entries do not judge a letter of its date: the edition was not in force then,
 * or it was, but what it said then is not known to us (after its `contentKnownUntil`).
 */
export type OutOfDate = 'not in force' | 'content not known';

/** Why a limit does not judge a letter of this date (`entryInForce`); undefined when it does, or the date is unknown. */
export function limitOutOfDate(
  knowledge: KnowledgeBase,
  limit: TreatmentLimit,
  era?: LetterEra,
): OutOfDate | undefined {
  if (!era?.date || entryInForce(knowledge, limit, era)) return undefined;
  const guideline = knowledge.guidelines.find((candidate) => candidate.id === limit.guideline);
  return guideline && outOfDate(guideline, era.date);
}

/**
 * The guidelines whose entries fit the item on every ground but the letter's date, with why each
 * does not judge it then: what a hover says of a letter of today that nothing judges, rather than
 * that nothing is known of its treatment. Empty when the letter's date is unknown.
 */
export function guidelinesOutOfDate(
  knowledge: KnowledgeBase,
  item: DisputedItem,
  era?: LetterEra,
): Array<{ guideline: Guideline; why: OutOfDate }> {
  const date = era?.date;
  if (!date) return [];
  const onDate = knowledgeForItem(knowledge, item, era);
  const held = new Set<{ guideline: string }>([...onDate.limits, ...onDate.criteria]);
  // Fitted apart from the cache, which keeps the item's fit on the letter's date for the rules.
  const anyDate = fitItem(knowledge, item);
  const ids = new Set(
    [...anyDate.limits, ...anyDate.criteria].filter((entry) => !held.has(entry)).map((entry) => entry.guideline),
  );
  return knowledge.guidelines
    .filter((guideline) => ids.has(guideline.id))
    .map((guideline) => ({ guideline, why: outOfDate(guideline, date) }));
}

function outOfDate(guideline: Guideline, date: string): OutOfDate {
  return contentKnown(guideline, date) ? 'not in force' : 'content not known';
}

/**
 * Post-surgical limits are each written for one operation (a rotator cuff repair) or for those the
 * guideline does not list, and each guideline's are read apart (the MTUS and ODG each have their own
 * for a meniscectomy). The operations the letter names nearest the item decide: those a limit
 * names there are judged by alone (the unlisted operations' limit never, then). A limit whose
 * `exceptOperations` are named there too is for another operation (an arthroscopic repair, when the
 * repair is open; a discectomy, when it is part of a fusion): the others named judge, and when none
 * is left, which operation the item follows is unsure. Unsure, or with no operation named, the
 * limits judge only if the guideline's list is closed by an unlisted operations' limit and they all
 * allow the same: a limit list we know is not the guideline's whole list, so an operation none
 * names is taken neither for one the guideline leaves out nor for one we hold.
 */
function forOperation(limits: TreatmentLimit[], operations: readonly OperationNamed[] | undefined): TreatmentLimit[] {
  const postSurgical = limits.filter((limit) => limit.operations || limit.unlistedOperations);
  if (postSurgical.length === 0) return limits;
  return [
    ...limits.filter((limit) => !postSurgical.includes(limit)),
    ...groupBy(postSurgical, (limit) => limit.guideline).flatMap((ones) => byOperation(ones, operations ?? [])),
  ];
}

function byOperation(limits: TreatmentLimit[], operations: readonly OperationNamed[]): TreatmentLimit[] {
  for (const sameFrom of groupBy(operations, (operation) => operation.from)) {
    const clauses = sameFrom.map((operation) => normalizeText(operation.words));
    const names = (phrases: readonly string[] | undefined) =>
      phrases?.some((phrase) => clauses.some((clause) => findPhrase(clause, phrase) >= 0)) === true;
    const named = limits.filter((limit) => names(limit.operations));
    const forIt = named.filter((limit) => !names(limit.exceptOperations));
    if (forIt.length > 0) return agreeing(forIt);
    if (named.length > 0) break;
  }
  return limits.some((limit) => limit.unlistedOperations) ? agreeing(limits) : [];
}

/** The values in groups of the same key, the groups in the order their keys first come. */
function groupBy<T, K>(values: readonly T[], keyOf: (value: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return [...groups.values()];
}

/** The limits when they all allow the same, else none: which of them holds is not known. */
function agreeing(limits: TreatmentLimit[]): TreatmentLimit[] {
  const allowed = (limit: TreatmentLimit) => JSON.stringify([limit.trial, limit.total, limit.perWeek]);
  return limits.every((limit) => allowed(limit) === allowed(limits[0])) ? limits : [];
}

interface Scope {
  regions?: string[];
  settings?: string[];
}

function isEmpty(found: ItemKnowledge): boolean {
  return found.limits.length === 0 && found.criteria.length === 0;
}

function termOf(knowledge: KnowledgeBase, item: DisputedItem): TreatmentTerm | undefined {
  const id = item.treatment?.value;
  return id === undefined ? undefined : knowledge.treatments.find((treatment) => treatment.id === id);
}

/** The item's region, unless it is a limb the letter never narrowed to a region. */
function regionOf(knowledge: KnowledgeBase, item: DisputedItem): string | undefined {
  const id = item.region?.value;
  return knowledge.regions.some((region) => region.id === id && region.covers) ? undefined : id;
}

/**
 * An entry written for regions fits an item of one of them, or, where the title names several ("for
 * the cervical and lumbar spine", "abdomen and pelvis"), only if it covers them all: an entry for one
 * of them is a near miss for the whole request.
 */
function fitsRegion(scope: Scope, regions: readonly string[], term: TreatmentTerm | undefined): boolean {
  const covered = scope.regions;
  if (!covered) return term?.regional !== true;
  return regions.length > 0 && regions.every((id) => covered.includes(id));
}

/**
 * The entries written for a treatment, and those of the treatment it is judged as, except where
 * the same guideline has an entry of its own for it (the Labor Code caps each therapy apart).
 */
function entriesOfTreatment<T extends { guideline: string }>(
  entries: readonly T[],
  term: TreatmentTerm,
  treatmentsOf: (entry: T) => readonly string[] | undefined,
): T[] {
  const own = entriesNaming(entries, treatmentsOf, term.id);
  const judgedAs = term.judgedAs;
  if (!judgedAs) return [...own];
  const guidelines = new Set(own.map((entry) => entry.guideline));
  return [...own, ...entriesNaming(entries, treatmentsOf, judgedAs).filter((e) => !guidelines.has(e.guideline))];
}

const limitTreatments = (limit: TreatmentLimit): readonly string[] => [limit.treatment];
const criteriaTreatments = (entry: CriteriaEntry): readonly string[] | undefined => entry.appliesTo.treatments;

/**
 * The entries of a knowledge base's list that name a treatment, in their order. Every item asks
 * for its treatment's, so each list is indexed by treatment once, while it lives; a list is
 * always read with the same `treatmentsOf` (`limitTreatments`, `criteriaTreatments`).
 */
function entriesNaming<T>(
  entries: readonly T[],
  treatmentsOf: (entry: T) => readonly string[] | undefined,
  treatment: string,
): readonly T[] {
  let index = entriesByTreatment.get(entries) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const entry of entries) {
      for (const id of new Set(treatmentsOf(entry))) {
        const list = index.get(id) ?? [];
        list.push(entry);
        index.set(id, list);
      }
    }
    entriesByTreatment.set(entries, index);
  }
  return index.get(treatment) ?? [];
}

const entriesByTreatment = new WeakMap<readonly unknown[], Map<string, unknown[]>>();

/**
 * The drugs whose entries judge the item: all its title names, but only the leading treatment's
 * drugs in a combination it leads (hydrocodone/ibuprofen is judged as the opioid, not the NSAID).
 */
function judgedDrugs(term: TreatmentTerm | undefined, drugs: DrugEntry[]): DrugEntry[] {
  return term?.leadsCombinations ? drugs.filter((drug) => drug.treatment === term.id) : drugs;
}

/**
 * Criteria entries naming the item's treatment, or a drug (or its class) that the title names, with
 * their title words; one written for a test before an operation only when the letter shows one.
 */
function namedCriteria(
  knowledge: KnowledgeBase,
  term: TreatmentTerm | undefined,
  drugs: readonly DrugEntry[],
  title: string,
  beforeSurgery: boolean,
): CriteriaEntry[] {
  const byTreatment = term ? entriesOfTreatment(knowledge.criteria, term, criteriaTreatments) : [];
  const byDrug = knowledge.criteria.filter(({ appliesTo }) =>
    drugs.some((drug) => appliesTo.drugs?.includes(drug.id) || appliesTo.drugClasses?.includes(drug.drugClass)),
  );
  const named = [...new Set([...byTreatment, ...byDrug])];
  const inTitle = (words: string[]) => words.some((word) => findPhrase(title, word) >= 0);
  return named.filter(
    ({ appliesTo }) =>
      (!appliesTo.titleWords || inTitle(appliesTo.titleWords)) &&
      !(appliesTo.exceptTitleWords && inTitle(appliesTo.exceptTitleWords)) &&
      (!appliesTo.beforeSurgery || beforeSurgery),
  );
}

/** An entry qualified by title words replaces the unqualified entries of its treatments. */
function withoutReplaced(entries: CriteriaEntry[]): CriteriaEntry[] {
  const replaced = new Set(
    entries.filter(({ appliesTo }) => appliesTo.titleWords).flatMap(({ appliesTo }) => appliesTo.treatments ?? []),
  );
  return entries.filter(
    ({ appliesTo }) => appliesTo.titleWords || !appliesTo.treatments?.some((id) => replaced.has(id)),
  );
}
