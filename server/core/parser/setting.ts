import type { CareSetting, DisputedItem, HeaderField, ItemSetting, CaseSummary } from '../model/determination';
import type { SettingTerm, TreatmentTerm } from '../knowledge/types';
import type { Located, Span } from '../model/span';
import { TermMatcher, wordsIn } from './terms';
import { findDates } from './dates';

/** The setting vocabulary, with its matchers built once. */
export interface SettingLexicon {
  postOperative?: SettingTerm;
  acute?: SettingTerm;
  chronic?: SettingTerm;
  /** Title words that say the item is post-operative. */
  postOperativeWords: TermMatcher;
  /** Title words that say the item is ancillary to a surgery. */
  ancillaryWords: TermMatcher;
  /** Title words that place an item before an operation ("pre-operative"). */
  beforeWords: TermMatcher;
  /** Title words that place an item after the operation named next ("after", "following"). */
  afterWords: TermMatcher;
  /** The operations' own words ("arthroplasty", "rotator cuff repair"). */
  operations: TermMatcher;
  kinds: Map<string, TreatmentTerm['kind']>;
}

export function settingLexicon(settings: readonly SettingTerm[], treatments: readonly TreatmentTerm[]): SettingLexicon {
  const postOperative = settings.find((setting) => setting.id === 'post-operative');
  return {
    postOperative,
    acute: settings.find((setting) => setting.id === 'acute'),
    chronic: settings.find((setting) => setting.id === 'chronic'),
    postOperativeWords: new TermMatcher(postOperative ? [postOperative] : []),
    ancillaryWords: titleWords(postOperative, postOperative?.ancillaryPatterns),
    afterWords: titleWords(postOperative, postOperative?.afterWords),
    beforeWords: titleWords(postOperative, postOperative?.beforeWords),
    operations: new TermMatcher(
      treatments.filter((treatment) => postOperative?.surgeryTreatments?.includes(treatment.id)),
    ),
    kinds: new Map(treatments.map((treatment) => [treatment.id, treatment.kind])),
  };
}

/** A matcher of one word list of the post-operative setting, its matches counted as that setting. */
function titleWords(postOperative: SettingTerm | undefined, patterns: string[] | undefined): TermMatcher {
  return new TermMatcher(postOperative ? [{ id: postOperative.id, patterns: patterns ?? [] }] : []);
}

/** What the letter says about when its items are requested. */
export interface SettingFacts {
  header: HeaderField[];
  caseSummary: CaseSummary;
  /**
   * The regions of the surgeries the letter requests or its case summary plans (`undefined` for one
   * whose region is not read).
   */
  surgeryRegions: Array<string | undefined>;
  /** The regions of the items whose titles say they are post-operative ("Post-operative physical therapy for the left knee"). */
  postOperativeRegions: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether an item of this treatment naming no region is for after the letter's surgery (home equipment, home health). */
function isForAnyRegion(treatment: string | undefined, lexicon: SettingLexicon): boolean {
  const kind = treatment ? lexicon.kinds.get(treatment) : undefined;
  return kind !== undefined && lexicon.postOperative?.withoutRegionKinds?.includes(kind) === true;
}

/**
 * Post-operative when the title says so ("Post-op physical therapy"), or when it places an item used
 * after an operation (therapy, equipment, drugs) after the operation it names ("Inpatient rehabilitation,
 * 7 days, after right total knee arthroplasty"); the operation itself, or a study, is not placed so.
 */
export function settingOfTitle(
  title: string,
  treatment: string | undefined,
  lexicon: SettingLexicon,
  spanOf: (from: number, to: number) => Span,
): ItemSetting | undefined {
  const named = lexicon.postOperativeWords.first(title, spanOf) ?? afterOperation(title, treatment, lexicon, spanOf);
  return named && { value: 'post-operative', source: 'title', span: named.span };
}

/** At most this many words (side, joint, "total") between "after" and the operation's own words. */
const WORDS_BEFORE_OPERATION = 4;

function afterOperation(
  title: string,
  treatment: string | undefined,
  lexicon: SettingLexicon,
  spanOf: (from: number, to: number) => Span,
): Located | undefined {
  if (!usedAfterOperation(treatment, lexicon)) return undefined;
  const operations = lexicon.operations.findAll(title);
  for (const after of lexicon.afterWords.findAll(title)) {
    const operation = operations.find(
      (o) => o.from >= after.to && wordsIn(title.slice(after.to, o.from)) <= WORDS_BEFORE_OPERATION,
    );
    if (operation) return { value: title.slice(after.from, operation.to), span: spanOf(after.from, operation.to) };
  }
  return undefined;
}

/** Whether the treatment is of a kind used after an operation (therapy, equipment, drugs), not a study or the operation. */
function usedAfterOperation(treatment: string | undefined, lexicon: SettingLexicon): boolean {
  const kind = treatment ? lexicon.kinds.get(treatment) : undefined;
  return kind !== undefined && lexicon.postOperative?.treatmentKinds?.includes(kind) === true;
}

/**
 * For an item whose title does not say: post-operative when it is used after an operation
 * (therapy, equipment, drugs) and is ancillary to a surgery (so titled, or requested in the same
 * letter for its region, or another item for its region is titled post-operative: the letter itself
 * places the region in its post-operative course), or follows a surgery the case summary dates
 * shortly before the request.
 * Otherwise acute or chronic by the days from the injury to the request; nothing when the dates
 * are not known, or when they say chronic but such an item follows a dated surgery by a few months
 * (neither clearly post-operative nor clearly chronic).
 */
export function settingOfFacts(
  item: DisputedItem,
  facts: SettingFacts,
  lexicon: SettingLexicon,
): ItemSetting | undefined {
  const injury = dateOf(facts.header, 'dateOfInjury') ?? facts.caseSummary.injuryDate?.iso;
  const request = serviceDate(item, injury, requestDate(facts)) ?? requestDate(facts);
  const usedAfter = usedAfterOperation(item.treatment?.value, lexicon);
  if (usedAfter && followsSurgery(item, facts, lexicon, request)) return { value: 'post-operative', source: 'surgery' };
  const within = lexicon.acute?.withinDays;
  if (!request || !injury || within === undefined) return undefined;
  const days = daysBetween(injury, request);
  if (days === undefined || days < 0) return undefined;
  const value: CareSetting = days <= within ? 'acute' : 'chronic';
  if (value === 'chronic' && usedAfter && surgeryWithin(facts, request, lexicon.chronic?.afterSurgeryDays)) {
    return undefined;
  }
  return { value, source: 'dates' };
}

function followsSurgery(
  item: DisputedItem,
  facts: SettingFacts,
  lexicon: SettingLexicon,
  request: string | undefined,
): boolean {
  if (lexicon.ancillaryWords.findAll(item.title.value).length > 0) return true;
  const region = item.region?.value;
  if (region && facts.surgeryRegions.some((surgery) => !surgery || surgery === region)) return true;
  if (region && facts.postOperativeRegions.includes(region)) return true;
  if (!region && facts.surgeryRegions.length > 0 && isForAnyRegion(item.treatment?.value, lexicon)) return true;
  return surgeryWithin(facts, request, lexicon.postOperative?.withinDays);
}

/** Whether the case summary dates a surgery done at most `within` days before the request. */
function surgeryWithin(facts: SettingFacts, request: string | undefined, within: number | undefined): boolean {
  if (!request || within === undefined) return false;
  return facts.caseSummary.surgeryDates.some((date) => {
    const days = daysBetween(date.iso, request);
    return days !== undefined && days >= 0 && days <= within;
  });
}

const SERVICE_DATE = /\b(?:DOS|dates?\s+of\s+service)\b[\s:]*/i;

/**
 * A retrospective item's date of service ("(DOS 03/02/2015)"), the day its care was given, when
 * it falls between the injury and the request under review (a date outside is not read as one).
 */
function serviceDate(item: DisputedItem, injury: string | undefined, request: string | undefined): string | undefined {
  const label = SERVICE_DATE.exec(item.title.value);
  if (!label || !injury || !request) return undefined;
  const after = item.title.value.slice(label.index + label[0].length);
  const [first] = findDates(after, (start, end) => ({ start, end }));
  const date = first?.span.start === 0 ? first.iso : undefined;
  return date && injury <= date && date <= request ? date : undefined;
}

/** The request under review: the UR decision's date, else the application's, else the decision's. */
function requestDate(facts: SettingFacts): string | undefined {
  return (
    dateOf(facts.header, 'urDenialDate') ??
    facts.caseSummary.urDate?.iso ??
    dateOf(facts.header, 'applicationReceived') ??
    dateOf(facts.header, 'decisionDate')
  );
}

function dateOf(header: HeaderField[], key: HeaderField['key']): string | undefined {
  return header.find((field) => field.key === key)?.date?.iso;
}

function daysBetween(fromIso: string, toIso: string): number | undefined {
  const days = (Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS;
  return Number.isFinite(days) ? Math.round(days) : undefined;
}
