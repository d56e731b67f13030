import type { CareSetting } from '../model/determination';

/**
 * Guideline knowledge, as loaded from schema-validated pack files (built-in ones under
 * `data/`, and an organisation's own). Rules, hovers, completions and snippets read only this;
 * no guideline number is written into code. `pack.schema.json` is the same shape as JSON Schema.
 */

/** How sure we are of an entry: checked against a public source, seen in real letters, or assumed. */
export type Confidence = 'verified' | 'observed-in-letters' | 'unverified';

/**
 * A figure as the guideline states it. "Up to 18 visits" is `{min: 18, max: 18}`; "9-10 visits" is
 * `{min: 9, max: 10}`. A request exceeds the figure when it is above `max`.
 */
export interface NumberRange {
  min: number;
  max: number;
}

/** A calendar window, ISO dates, both ends optional (open). */
export interface DateWindow {
  from?: string;
  to?: string;
}

/** The MTUS editions that divide letters into eras: CPMTG 2009, CPMTG 2016 / Opioids 2016, ACOEM-based MTUS. */
export type Edition = '2009' | '2016' | '2017';

/** Where an entry came from: the pack file, and the entry it replaced. */
export interface Provenance {
  /** The pack file the entry came from (`built-in` for ours). */
  pack?: string;
  /** Set when a user pack replaced an entry of the same id; `pack` names the replaced entry's pack. */
  overrides?: { id: string; pack: string };
}

/** Where a number or passage comes from inside a guideline. */
export interface GuidelineSource {
  /** The guideline's own section or topic name ("Manual therapy & manipulation", "9792.24.1"). */
  section: string;
  /**
   * Pages as written in citations ("58-60", "13", "30-34, 49"); the schema keeps them to that
   * grammar, and `pageRangesOf` reads them, so the pages are written once.
   */
  pages?: string;
}

/** One guideline document (an edition of it): the MTUS Chronic Pain guideline of 2009, ODG, … */
export interface Guideline extends Provenance {
  id: string;
  /** Display name. */
  name: string;
  /** The family a rationale names it by: MTUS, ODG, ACOEM, Labor Code, CCR. */
  family: string;
  /** True for guidelines adopted into the MTUS (presumptively correct). */
  mtus: boolean;
  /** Lower-case phrases that identify it in a citation ("chronic pain medical treatment", "acupuncture medical treatment"). */
  aliases: string[];
  /** The year a 2016-grammar citation carries ("Chronic Pain Medical Treatment 2016"), if any. */
  year?: number;
  /**
   * The last date our entries are known to reflect this guideline's content (ODG as letters of
   * 2013-2017 quote it): a letter dated later is not judged by them, since what the guideline says
   * now is not known to us. Absent: the entries hold while the edition is in force.
   */
  contentKnownUntil?: string;
  /** When the edition was in force for UR decisions. */
  inForce: DateWindow;
  /**
   * The MTUS edition (the letter era) whose start is this guideline's `inForce.from`: a letter dated
   * on or after it belongs to that era, until the next era opens.
   */
  opensEra?: Edition;
  /** The name citations write ("Low Back Complaints"); the display name when absent. */
  citedName?: string;
  /** The citation grammar letters of its era use. */
  citationFormat?: 'pages-2009' | 'sections-2016';
  confidence: Confidence;
  note?: string;
}

/**
 * A guideline family as letters speak of it: the names a rationale attributes a number to
 * ("MTUS", "Official Disability Guidelines"), and whether it is a statute rather than a guideline.
 */
export interface GuidelineFamily extends Provenance {
  /** The family's name, as a guideline's `family` writes it. */
  id: string;
  /** Names a rationale calls it by, matched as written (case and word boundaries kept). */
  rationaleNames: string[];
  /** A statute or regulation (Labor Code, CCR): it caps or defines, it has no passage to quote. */
  statute?: boolean;
  /** Its limits count visits per injury, not per request, so they do not judge one request. */
  countsPerInjury?: boolean;
  note?: string;
}

/** A word list that recognises a treatment in an item title or a case summary. */
export interface TreatmentTerm extends Provenance {
  id: string;
  name: string;
  /**
   * Lower-case words or phrases; a title containing one (on word boundaries) is this treatment.
   * After loading, the names of every drug whose `treatment` is this id are included too.
   */
  patterns: string[];
  /**
   * Words for the kind of treatment this one is ("imaging" for an MRI, "injection" for an epidural):
   * a rationale whose subject is only such a word ("Imaging is warranted.") states its conclusion
   * about this item when no other item of the letter is of that kind.
   */
  hypernyms?: string[];
  /** How the treatment is counted and judged. */
  kind: 'visits' | 'drug' | 'study' | 'device' | 'procedure' | 'program' | 'other';
  /**
   * A form drugs come in (a compounded topical): a title naming one of its own words ("cream")
   * is this treatment wherever the word stands, and the drugs it names are its ingredients.
   */
  form?: boolean;
  /**
   * Of a form: the units only its drugs are measured in ("%", "gm"). A title with no form word
   * that writes a drug's strength or amount in one ("Flurbiprofen 20%/Lidocaine 5%") is this form.
   */
  formUnits?: string[];
  /**
   * Of a form: words naming another way its drugs are taken ("oral", "suspension"). A title naming
   * one is not this form ("Cyclobenzaprine oral suspension compound kit" is a muscle relaxant).
   */
  notFormWords?: string[];
  /**
   * Entries of this treatment judge an item only once its body region is known (imaging,
   * electrodiagnostics): a brain MRI is not judged by the spine MRI entries.
   */
  regional?: boolean;
  /**
   * A request about a body part but not judged by it (a consultation, an office visit): one whose
   * title names no region ("Consultation with a hand surgeon") is about the region its rationale
   * names first; its entries need no region.
   */
  subjectRegion?: boolean;
  /**
   * Used on the operated part after an operation (a cold therapy unit, a CPM device, post-operative
   * therapy): a post-operative item whose title names no region is for the region of the operation
   * it follows. Services for the person (home health, a shower chair, transportation) are not.
   */
  onOperatedPart?: boolean;
  /**
   * Applied on a body part (a stimulator's pads, heat or cold, hands-on therapy, a trigger point
   * injection): one whose title names no region is for the one region its rationale names, else
   * the one its case summary names; two regions named there leave it unknown. Whole-body exercise
   * (aquatic therapy, a gym), services for the person and drugs are not.
   */
  appliedToPart?: boolean;
  /**
   * Names of the treatment whose body-part word is where the device rests, not the region treated
   * ("knee scooter", for an ankle or foot): that word gives the item no region.
   */
  notRegionNames?: string[];
  /**
   * Another treatment whose entries judge this one too (occupational therapy by the physical
   * medicine limits), except the entries of a guideline that has its own for this treatment.
   */
  judgedAs?: string;
  /**
   * A word for a kind of request that names no treatment of its own ("DME"): a more specific
   * treatment named in the same title is the item's treatment.
   */
  generic?: boolean;
  /**
   * A drug treatment that leads a combination product (an opioid: hydrocodone/ibuprofen): a title
   * naming one of its drugs with drugs of other treatments is this treatment, judged by its entries
   * only, never by the other drugs' entries (alone or beside its own).
   */
  leadsCombinations?: boolean;
  /**
   * Its words head the title's noun phrase: a treatment named just before them only modifies
   * them ("spine surgery consultation" is a consultation, not surgery).
   */
  headNoun?: boolean;
}

export interface RegionTerm extends Provenance {
  id: string;
  name: string;
  patterns: string[];
  /**
   * A limb ("upper extremities") rather than a region: an item naming it has the region, among
   * these, that its rationale (then the case summary) names first.
   */
  covers?: string[];
  /**
   * Signs and reflexes named after the part ("foot drop", "ankle reflexes"): they describe a nerve
   * root's findings, not the region a request is for, so their part word names no region.
   */
  notRegionNames?: string[];
  /**
   * For a limb: the sensory symptoms felt along it ("numbness", "tingling"). Where such a symptom is
   * felt ("numbness of both feet", "foot tingling") says where the nerve's complaints reach, not the
   * region the limb's study is for (a root in the low back, a nerve at the wrist), so a covered part
   * named so does not narrow the limb.
   */
  symptomWords?: string[];
  /**
   * A body part that no region stands for, because the entries of the regions beside it are
   * written for those regions alone (the lower leg, between the knee and the ankle): a title
   * naming it leaves the item's region unknown, not borrowed from the rest of the letter.
   */
  unmapped?: boolean;
  note?: string;
}

/** Words and thresholds that place an item in a care setting. */
export interface SettingTerm extends Provenance {
  id: CareSetting;
  name: string;
  /** Lower-case words in a title that place the item there ("post-op"). */
  patterns: string[];
  /** Title words that mark an item as ancillary to a surgery ("associated surgical service"). */
  ancillaryPatterns?: string[];
  /** Title words that place an item before an operation ("pre-operative", "prior to surgery"), for `post-operative`. */
  beforeWords?: string[];
  /** The treatment kinds used after an operation (equipment, therapy, drugs), for `post-operative`. */
  treatmentKinds?: TreatmentTerm['kind'][];
  /**
   * Title words that place an item after the operation the title names next ("after", "following":
   * "… after right total knee arthroplasty"), for `post-operative`.
   */
  afterWords?: string[];
  /** Treatments that are an operation, for `post-operative`. */
  surgeryTreatments?: string[];
  /** Words that say an operation the case summary names was done ("underwent"), not only planned. */
  doneWords?: string[];
  /** Words that say an operation the case summary names is planned or certified ("scheduled"), not done. */
  plannedWords?: string[];
  /**
   * Kinds of items that, naming no region, are requested for after the surgery the letter requests
   * or plans (a shower chair, home health, a hospital stay).
   */
  withoutRegionKinds?: TreatmentTerm['kind'][];
  /**
   * Days: for `post-operative`, how long after a surgery the summary dates an item still counts
   * as post-operative; for `acute`, how long after the injury a request counts as acute.
   */
  withinDays?: number;
  /**
   * Days, for `chronic`: a request the dates place as chronic is not read as chronic when an item
   * used after an operation follows a surgery the case summary dates within these days (months
   * after an operation it is neither clearly post-operative nor clearly chronic: no setting).
   */
  afterSurgeryDays?: number;
}

/** A course phase: how many visits, over how many weeks or months. */
export interface LimitPhase {
  visits?: NumberRange;
  weeks?: NumberRange;
  months?: NumberRange;
}

/** Another figure for the same limit found in some source, kept beside it but never judged against. */
export interface LimitVariant {
  passage: string;
  /** Where it was seen ("seed letter S0"). */
  seenIn: string;
  confidence: Confidence;
}

/** A numeric limit for a treatment under one guideline. */
export interface TreatmentLimit extends Provenance {
  id: string;
  /** Guideline id. */
  guideline: string;
  /** Treatment id. */
  treatment: string;
  /** Body-region ids; absent when the limit applies to any region. */
  regions?: string[];
  /** Care settings the limit is written for; absent: any. */
  settings?: CareSetting[];
  /** Condition as the guideline names it ("Regional neck pain", "Myalgia and myositis, unspecified"). */
  condition?: string;
  /**
   * For a post-surgical limit written for one operation: words naming it ("rotator cuff",
   * "meniscectomy"). An item following an operation named so is judged by this entry alone among
   * its guideline's post-surgical limits (each guideline's are read apart).
   */
  operations?: string[];
  /**
   * Words that, beside the operation's words, make it another operation the guideline treats apart
   * ("open" for an arthroscopic repair, "fusion" for a discectomy): the guideline's limits for that
   * operation judge the item, and when it has none named, the item's operation is unsure.
   */
  exceptOperations?: string[];
  /**
   * A post-surgical limit for the operations the guideline does not list: it never judges an item
   * after an operation another entry names, and otherwise only where every candidate allows the
   * same (the entries we hold are not the guideline's whole list). A guideline with no such limit
   * (ODG) judges an item whose operation is not named, or unsure, by none of its post-surgical limits.
   */
  unlistedOperations?: boolean;
  /** False where the guideline does not recommend the treatment (for these regions/conditions). */
  recommended: boolean;
  /** Initial trial: visits and weeks. */
  trial?: LimitPhase;
  /** Total allowed with documented functional improvement (or the whole course when there is no trial phase). */
  total?: LimitPhase;
  perWeek?: NumberRange;
  /** Hours per week, for services counted in hours (home health). */
  hoursPerWeek?: NumberRange;
  /** Procedures per year (injections). */
  perYear?: NumberRange;
  /** Injections (or levels) per session. */
  perSession?: NumberRange;
  /** Daily dose threshold in mg oral morphine equivalents (opioids). */
  morphineEquivalentPerDay?: number;
  source: GuidelineSource;
  confidence: Confidence;
  /** A short standard passage in our own words, for hovers, completions and snippets. */
  passage: string;
  note?: string;
  variants?: LimitVariant[];
}

/** Defined terms of the regulations, shown on hover (functional improvement, medically necessary …). */
export interface Definition extends Provenance {
  id: string;
  /** The regulation section and subdivision ("8 CCR 9792.20(f)", "Labor Code 4610.5(c)(2)"). */
  citation: string;
  /** "9792.20", "4610.5". */
  section: string;
  /** "(f)", "(c)(2)". */
  subdivision?: string;
  /** Other ways letters write the subdivision for this text ("(ef)"). */
  subdivisionForms?: string[];
  term: string;
  text: string;
  inForce: DateWindow;
  confidence: Confidence;
  note?: string;
}

/** A drug, by generic and brand names, with its class and what the guidelines say of it. */
export interface DrugEntry extends Provenance {
  id: string;
  /** Display name (generic). */
  name: string;
  /** Lower-case generic and brand names that recognise it ("hydrocodone", "norco", "vicodin"). */
  names: string[];
  /** "opioid", "muscle-relaxant", "nsaid", "anticonvulsant", "ppi", "h2-blocker", "local-anesthetic" … */
  drugClass: string;
  /** The treatment id an item for this drug counts as. */
  treatment: string;
  /** Oral morphine milligram equivalents per mg (per mcg/h for patches). */
  morphineEquivalentFactor?: number;
  /** Dose-dependent factors (methadone): the first step whose `upToMgPerDay` is not exceeded applies. */
  morphineEquivalentSteps?: Array<{ upToMgPerDay?: number; factor: number }>;
  /** Unit the strength is written in; `mcg/h` for patches, whose daily equivalent ignores doses per day. */
  doseUnit?: 'mg' | 'mcg/h';
  /** False where the guideline does not recommend it as a topical (or compounded) ingredient. */
  recommendedTopically?: boolean;
  /** The guideline's stance, in a sentence, for hovers. */
  stance?: string;
  /** The guideline edition the stance and source are written from, so a hover can say when it is not in force. */
  guideline?: string;
  source?: GuidelineSource;
  confidence: Confidence;
  note?: string;
}

/** One criterion a rationale approving the item should show, with words that evidence it. */
export interface Criterion {
  id: string;
  label: string;
  /** Lower-case words or phrases that show the criterion in a case summary or rationale. */
  evidence: string[];
  /** Met by the patient's age alone when it is above this (GI risk: over 65). */
  ageOver?: number;
  /**
   * Met by the item's care setting alone: symptoms "persisting after 4-6 weeks of care" are shown by a
   * chronic item, whose request comes months after the injury.
   */
  metInSettings?: Array<'acute' | 'chronic' | 'post-operative'>;
}

/** A form or place in which the guideline does not recommend the treatment. */
export interface NotRecommendedCondition {
  id: string;
  label: string;
  /**
   * `region`: the item's region is one of `regions`; `drug`: the item's drug is one of `drugs`;
   * `topical-ingredient`: a topical or compounded item contains a drug with `recommendedTopically: false`;
   * `duration`: a drug of `drugClasses` continued longer than `weeks`.
   */
  kind: 'region' | 'drug' | 'topical-ingredient' | 'duration';
  regions?: string[];
  drugs?: string[];
  drugClasses?: string[];
  weeks?: number;
}

/** What a criteria entry governs: any of these treatments, drug classes or drugs, within these regions. */
export interface CriteriaScope {
  treatments?: string[];
  drugClasses?: string[];
  drugs?: string[];
  /** Absent: any region. */
  regions?: string[];
  /** Care settings the entry is written for; absent: any. */
  settings?: CareSetting[];
  /**
   * Lower-case words, one of which the item title must have ("repeat"). A qualified entry is the
   * more specific one: where it applies it replaces the unqualified entries of the same treatment.
   */
  titleWords?: string[];
  /** Lower-case words that keep the entry from an item whose title has one (another entry is written for it). */
  exceptTitleWords?: string[];
  /**
   * Written for a test before an operation (a pre-operative ECG): it judges an item only when the
   * letter shows a surgery the item comes before (`DisputedItem.beforeSurgery`).
   */
  beforeSurgery?: boolean;
}

/** A guideline topic judged by criteria rather than visit counts (imaging, studies, drugs). */
export interface CriteriaEntry extends Provenance {
  id: string;
  /** Guideline id. */
  guideline: string;
  /** The topic as the guideline names it ("Special Studies", "Topical analgesics"). */
  topic: string;
  appliesTo: CriteriaScope;
  source: GuidelineSource;
  confidence: Confidence;
  /** Met when the letter shows at least one of these. */
  criteria: Criterion[];
  /** The guideline's criteria in one sentence of our own, for the quick fix and hovers. */
  criteriaSentence: string;
  notRecommended?: NotRecommendedCondition[];
  /**
   * Held only while the edition it is written from is in force, not a later one: the later edition
   * left the topic to another guideline (the CPMTG 2009's opioid criteria for starting a trial, whose
   * acute and post-operative use the MTUS Opioids Treatment Guidelines took over in 2016).
   */
  ownEditionOnly?: boolean;
  note?: string;
}

/**
 * Which body regions one chapter of a guideline covers, and the topics it files there for every
 * region (ODG keeps durable medical equipment under Knee & Leg). A part of a guideline that is
 * about no region (Chronic Pain, Opioids) names no `regions`: it fits any.
 */
export interface ChapterCoverage extends Provenance {
  id: string;
  /** Guideline id. */
  guideline: string;
  /**
   * Lower-case names a citation gives the chapter by, at the start of its topic ("knee & leg"), for a
   * guideline of many chapters (ODG); absent when the guideline is itself the chapter (an ACOEM chapter).
   */
  names?: string[];
  /** Body-region ids the chapter covers; absent when it fits any region. */
  regions?: string[];
  /** Lower-case phrases of cited topics or sections the chapter holds for any region. */
  anyRegionTopics?: string[];
  /** Other regions the chapter covers for some treatments (upper-limb EMG under the neck chapter). */
  alsoCovers?: Array<{ treatments: string[]; regions: string[] }>;
  confidence: Confidence;
  note?: string;
}

/**
 * A drug's status on the MTUS Drug List (8 CCR 9792.27.15, since 2018-01-01): `exempt` drugs may be
 * dispensed without prospective review when in accord with the MTUS; `non-exempt` ones need it
 * (except a Special or Perioperative Fill); `not-confirmed` where we could not confirm the status
 * in public text, which the hover says plainly rather than guess.
 */
export type DrugListStatus = 'exempt' | 'non-exempt' | 'not-confirmed';

/** One drug's line of the MTUS Drug List, with the list version it was read from. */
export interface DrugListEntry extends Provenance {
  id: string;
  /** The drug entry (drugs.json) this status is for. */
  drug: string;
  status: DrugListStatus;
  /** The list version and its effective date the status comes from; absent when not confirmed. */
  list?: { version: string; effective: string };
  source: GuidelineSource;
  confidence: Confidence;
  note?: string;
}

export interface KnowledgeBase {
  families: GuidelineFamily[];
  guidelines: Guideline[];
  treatments: TreatmentTerm[];
  regions: RegionTerm[];
  chapters: ChapterCoverage[];
  settings: SettingTerm[];
  limits: TreatmentLimit[];
  definitions: Definition[];
  criteria: CriteriaEntry[];
  drugs: DrugEntry[];
  drugList: DrugListEntry[];
}

/** One pack file's content: every array optional. */
export interface GuidelinePack {
  $schema?: string;
  name?: string;
  families?: GuidelineFamily[];
  guidelines?: Guideline[];
  chapters?: ChapterCoverage[];
  treatments?: TreatmentTerm[];
  regions?: RegionTerm[];
  settings?: SettingTerm[];
  limits?: TreatmentLimit[];
  criteria?: CriteriaEntry[];
  drugs?: DrugEntry[];
  drugList?: DrugListEntry[];
  definitions?: Definition[];
}

/** The part of the knowledge the parser needs to name treatments and regions. */
export interface Vocabulary {
  treatments: TreatmentTerm[];
  regions: RegionTerm[];
  /** Absent: no item's setting is read. */
  settings?: SettingTerm[];
}
