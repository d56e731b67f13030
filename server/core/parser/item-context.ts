import type { Determination, DisputedItem } from '../model/determination';
import type { Located } from '../model/span';
import { regionsNamedIn, type Lexicon } from './index';
import { settingOfFacts, type SettingFacts } from './setting';
import { wordsIn, type TermMatch } from './terms';

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
  const letter: LetterFacts = {
    header: determination.header,
    caseSummary: determination.caseSummary,
    surgeryRegions: [
      ...surgeries.map((item) => item.region?.value),
      ...determination.caseSummary.plannedSurgeries.map((planned) => regionsNamedIn(planned.value, lexicon)[0]?.id),
    ],
    surgeryRegion: surgeries.find((item) => item.region)?.region?.value,
    summaryText: summary ? determination.text.slice(summary.body.start, summary.body.end) : '',
  };
  for (const item of determination.items) {
    if (!item.unmappedPart) item.region = regionOfLimb(item, letter, lexicon) ?? regionOfContext(item, letter, lexicon);
    item.setting ??= settingOfFacts(item, letter, lexicon.settings);
  }
}

interface LetterFacts extends SettingFacts {
  /** The region of the first surgery the letter requests with one. */
  surgeryRegion?: string;
  summaryText: string;
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
 * Cold therapy unit"), unless it is a pre-operative study, is for the surgery's region; a study or
 * procedure judged by region (imaging, joint injections), and a request about a region (a
 * consultation with a hand surgeon, an office visit), is for the region its rationale names first.
 */
function regionOfContext(item: DisputedItem, letter: LetterFacts, lexicon: Lexicon): Located | undefined {
  const at = item.title.span;
  const kind = item.treatment && lexicon.kinds.get(item.treatment.value);
  const ancillary = lexicon.settings.ancillaryWords.findAll(item.title.value).length > 0;
  if (kind !== 'study' && ancillary && letter.surgeryRegion) return { value: letter.surgeryRegion, span: at };
  const treatment = item.treatment?.value;
  if (!treatment || !(lexicon.regional.has(treatment) || lexicon.aboutRegion.has(treatment))) return undefined;
  const named = regionsNamedIn(item.rationale?.text ?? '', lexicon).find((match) => !lexicon.limbs.has(match.id));
  return named && { value: named.id, span: at };
}
