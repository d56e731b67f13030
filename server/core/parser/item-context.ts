import type { Determination, DisputedItem, OperationNamed } from '../model/determination';
import type { Located } from '../model/span';
import { regionsNamedIn, type Lexicon } from './index';
import { settingOfFacts, type SettingFacts } from './setting';
import { wordsIn, type TermMatch } from './terms';
import { operationsNamedIn, regionsOfOperations } from './operations';

/**
 * What an item's title leaves out, read from the rest of the letter once all of it is parsed:
 * the region of a limb or of an item without one, and the setting (post-operative, acute,
 * chronic) where the title does not say. The letter-wide facts are gathered once, so a letter
 * with thousands of items costs no more per item than a short one.
 */
export function readItemContext(determination: Determination, lexicon: Lexicon): void {
  const surgeries = determination.items.filter(
    (item) => item.treatment && lexicon.surgeries.treatments.has(item.treatment.value),
  );
  const summary = determination.sections.find((s) => s.kind === 'case-summary');
  const summaryText = summary ? determination.text.slice(summary.body.start, summary.body.end) : '';
  let summaryOperations: OperationNamed[] | undefined;
  const letter: LetterFacts = {
    header: determination.header,
    caseSummary: determination.caseSummary,
    surgeryRegions: [
      ...surgeries.map((item) => item.region?.value),
      ...determination.caseSummary.plannedSurgeries.map((planned) => regionsNamedIn(planned.value, lexicon)[0]?.id),
    ],
    postOperativeRegions: [],
    surgeryItemRegions: surgeries.flatMap((item) =>
      item.region && !lexicon.limbs.has(item.region.value) ? [item.region.value] : [],
    ),
    surgeryItemOperations: surgeries.flatMap((item) => operationsNamedIn(item.title.value, 'requested', lexicon)),
    summaryText,
    summaryOperations: () => (summaryOperations ??= operationsNamedIn(summaryText, 'case-summary', lexicon)),
  };
  const plansSurgery = surgeries.length > 0 || determination.caseSummary.plannedSurgeries.length > 0;
  for (const item of determination.items) {
    if (!item.unmappedPart) item.region = regionOfLimb(item, letter, lexicon) ?? regionOfContext(item, letter, lexicon);
    if (!surgeries.includes(item) && (plansSurgery || titledBeforeSurgery(item, lexicon))) item.beforeSurgery = true;
    else delete item.beforeSurgery;
  }
  // Once every region is read: a post-operative title may have its region only from the rationale.
  letter.postOperativeRegions = determination.items
    .filter((item) => item.setting?.value === 'post-operative' && item.setting.source === 'title')
    .flatMap((item) => (item.region ? [item.region.value] : []));
  for (const item of determination.items) item.setting ??= settingOfFacts(item, letter, lexicon.settings);
  for (const item of determination.items) {
    if (!item.region && !item.unmappedPart && takesSurgeryRegion(item, lexicon))
      item.region = regionOfSurgery(item, letter, lexicon);
    if (!item.region && !item.unmappedPart && appliedToPart(item, lexicon))
      item.region = soleRegionNamed(item, letter, lexicon);
    if (item.region && item.setting?.value === 'post-operative')
      item.operations = operationsOfItem(item, letter, lexicon);
  }
}

interface LetterFacts extends SettingFacts {
  /** The regions (limbs aside) of the surgeries the letter requests. */
  surgeryItemRegions: string[];
  /** The operations the titles of those surgeries name. */
  surgeryItemOperations: OperationNamed[];
  summaryText: string;
  /** The operations the case summary names, read when an item first needs them. */
  summaryOperations: () => OperationNamed[];
}

/**
 * A title naming a limb ("EMG of the bilateral upper extremities") takes the region, among the
 * limb's, that the rationale names first, else the case summary; the limb itself when neither does.
 * A part named only as where a symptom is felt ("numbness of both feet") is passed over.
 */
function regionOfLimb(item: DisputedItem, letter: LetterFacts, lexicon: Lexicon): Located | undefined {
  const limb = item.region && lexicon.limbs.get(item.region.value);
  if (!item.region || !limb) return item.region;
  for (const text of [item.rationale?.text ?? '', letter.summaryText]) {
    const symptoms = lexicon.limbSymptoms.findAll(text);
    const named = regionsNamedIn(text, lexicon).find(
      (match) => limb.has(match.id) && !symptoms.some((symptom) => isWhereFelt(text, symptom, match)),
    );
    if (named) return { value: named.id, span: item.region.span };
  }
  return item.region;
}

/** At most this many words between a symptom and the part it is felt in ("numbness of the right thumb"). */
const WORDS_TO_PART = 5;

/**
 * Whether a part is named as where a symptom is felt: in the same clause, a few words after it
 * ("tingling in both feet") or just before it ("foot tingling", "hand numbness").
 */
function isWhereFelt(text: string, symptom: TermMatch, part: TermMatch): boolean {
  if (part.to <= symptom.from) return /^[\s-]*$/.test(text.slice(part.to, symptom.from));
  const between = text.slice(symptom.to, part.from);
  return part.from >= symptom.to && !/[.;:!?]/.test(between) && wordsIn(between) <= WORDS_TO_PART;
}

/**
 * An item whose title names no region: one ancillary to a surgery ("Associated surgical service:
 * Cold therapy unit"), unless it is a pre-operative study, is for the region of the surgery it is
 * ancillary to (`regionOfSurgery`); a study or
 * procedure judged by region (imaging, joint injections), and a request about a region (a
 * consultation with a hand surgeon, an office visit), is for the region its rationale names first.
 */
function regionOfContext(item: DisputedItem, letter: LetterFacts, lexicon: Lexicon): Located | undefined {
  const at = item.title.span;
  const kind = item.treatment && lexicon.kinds.get(item.treatment.value);
  const ancillary = lexicon.settings.ancillaryWords.findAll(item.title.value).length > 0;
  const surgery = kind !== 'study' && ancillary ? regionOfSurgery(item, letter, lexicon) : undefined;
  if (surgery) return surgery;
  const treatment = item.treatment?.value;
  if (!treatment || !(lexicon.regional.has(treatment) || lexicon.aboutRegion.has(treatment))) return undefined;
  const named = regionsNamedIn(item.rationale?.text ?? '', lexicon).find((match) => !lexicon.limbs.has(match.id));
  return named && { value: named.id, span: at };
}

/** A post-operative item used on the operated part (a cold therapy unit, therapy), not a service for the person (home health). */
function takesSurgeryRegion(item: DisputedItem, lexicon: Lexicon): boolean {
  const treatment = item.treatment?.value;
  return item.setting?.value === 'post-operative' && treatment !== undefined && lexicon.onOperatedPart.has(treatment);
}

/** A title placing the item before an operation ("Pre-operative EKG") or as ancillary to one ("Associated surgical service: …"). */
function titledBeforeSurgery(item: DisputedItem, lexicon: Lexicon): boolean {
  const { beforeWords, ancillaryWords } = lexicon.settings;
  return [beforeWords, ancillaryWords].some((words) => words.findAll(item.title.value).length > 0);
}

function appliedToPart(item: DisputedItem, lexicon: Lexicon): boolean {
  return item.treatment !== undefined && lexicon.appliedToPart.has(item.treatment.value);
}

/**
 * The region of an item applied on a body part whose title names none: the one region (limbs
 * aside) its rationale names, else, when the rationale names none, the one its case summary
 * names. Two regions named in the text that decides compete: which one the item is for is not
 * read, and a region read wrong is worse than none.
 */
function soleRegionNamed(item: DisputedItem, letter: LetterFacts, lexicon: Lexicon): Located | undefined {
  for (const text of [item.rationale?.text ?? '', letter.summaryText]) {
    const ids = new Set(
      regionsNamedIn(text, lexicon)
        .map((match) => match.id)
        .filter((id) => !lexicon.limbs.has(id)),
    );
    if (ids.size > 1) return undefined;
    if (ids.size === 1) return { value: [...ids][0], span: item.title.span };
  }
  return undefined;
}

/**
 * The region of the operation an item follows: that of the surgeries the letter requests, else of
 * the operations its title, then its rationale, then the case summary names with a body part. The
 * first of these that names any decides, and only when all it names are of one region: two
 * operations on different parts leave the item's region unknown.
 */
function regionOfSurgery(item: DisputedItem, letter: LetterFacts, lexicon: Lexicon): Located | undefined {
  const [title, , rationale, summary] = whereOperationsNamed(item, letter, lexicon);
  const named = [title, rationale, summary].map((source) => () => regionsOfOperations(source()));
  for (const regions of [() => [...new Set(letter.surgeryItemRegions)], ...named]) {
    const found = regions();
    if (found.length === 0) continue;
    return found.length === 1 ? { value: found[0], span: item.title.span } : undefined;
  }
  return undefined;
}

/**
 * The operations a post-operative item may follow, nearest it first: those its title, the titles
 * of the surgeries requested with it, its rationale and the case summary name on its region or
 * with no body part beside them; undefined when none is named.
 */
function operationsOfItem(item: DisputedItem, letter: LetterFacts, lexicon: Lexicon): OperationNamed[] | undefined {
  const onRegion = (operation: OperationNamed) => !operation.region || operation.region === item.region?.value;
  const operations = whereOperationsNamed(item, letter, lexicon).flatMap((source) => source().filter(onRegion));
  return operations.length > 0 ? operations : undefined;
}

/** The operations an item's title, the surgeries requested with it, its rationale and the case summary name, each read when asked for. */
function whereOperationsNamed(
  item: DisputedItem,
  letter: LetterFacts,
  lexicon: Lexicon,
): Array<() => OperationNamed[]> {
  return [
    () => operationsNamedIn(item.title.value, 'title', lexicon),
    () => letter.surgeryItemOperations,
    () => operationsNamedIn(item.rationale?.text ?? '', 'rationale', lexicon),
    letter.summaryOperations,
  ];
}
