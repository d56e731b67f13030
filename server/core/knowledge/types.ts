/**
 * Guideline knowledge, as loaded from schema-validated pack files (built-in ones under
 * `data/`, and an organisation's own). Rules, hovers, completions and snippets read only this;
 * no guideline number is written into code.
 */

/** How sure we are of an entry: checked against a public source, seen in real letters, or assumed. */
export type Confidence = 'verified' | 'observed-in-letters' | 'unverified';

export interface NumberRange {
  min: number;
  max: number;
}

/** A calendar window, ISO dates, both ends optional (open). */
export interface Era {
  from?: string;
  to?: string;
}

/** Where a number or passage comes from inside a guideline. */
export interface GuidelineSource {
  /** The guideline's own section or topic name ("Manual therapy & manipulation", "9792.24.1"). */
  section: string;
  /** Pages as written in citations ("58-60", "13"). */
  pages?: string;
  /** Parsed pages, for page checks. */
  pageRange?: NumberRange;
}

/** One guideline document (an edition of it): the MTUS Chronic Pain guideline of 2009, ODG, … */
export interface Guideline {
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
  /** When the edition was in force for UR decisions. */
  inForce: Era;
  /** The citation grammar letters of its era use. */
  citationFormat?: 'pages-2009' | 'sections-2016';
  confidence: Confidence;
  note?: string;
}

/** A word list that recognises a treatment in an item title or a case summary. */
export interface TreatmentTerm {
  id: string;
  name: string;
  /** Lower-case words or phrases; a title containing one (on word boundaries) is this treatment. */
  patterns: string[];
  /** How the treatment is counted and judged. */
  kind: 'visits' | 'drug' | 'study' | 'device' | 'procedure' | 'program' | 'other';
}

export interface RegionTerm {
  id: string;
  name: string;
  patterns: string[];
}

/** A numeric limit for a treatment under one guideline. */
export interface TreatmentLimit {
  id: string;
  /** Guideline id. */
  guideline: string;
  /** Treatment id. */
  treatment: string;
  /** Body-region id; absent when the limit applies to any region. */
  regions?: string[];
  /** Condition as the guideline names it ("Regional neck pain", "Myalgia and myositis, unspecified"). */
  condition?: string;
  /** False where the guideline does not recommend the treatment (for these regions/conditions). */
  recommended: boolean;
  /** Initial trial: visits and weeks. */
  trial?: { visits?: NumberRange; weeks?: NumberRange };
  /** Total allowed with documented functional improvement (or the whole course when there is no trial phase). */
  total?: { visits?: NumberRange; weeks?: NumberRange };
  perWeek?: NumberRange;
  /** Hours per week, for services counted in hours (home health). */
  hoursPerWeek?: NumberRange;
  /** Daily dose threshold in mg oral morphine equivalents (opioids). */
  morphineEquivalentPerDay?: number;
  source: GuidelineSource;
  confidence: Confidence;
  /** A short standard passage in our own words, for hovers, completions and snippets. */
  passage: string;
  note?: string;
  /** Set when a user pack replaced a built-in entry of the same id. */
  overrides?: { id: string; pack: string };
  /** The pack file the entry came from (`built-in` for ours). */
  pack?: string;
}

/** Defined terms of the regulations, shown on hover (functional improvement, medically necessary …). */
export interface Definition {
  id: string;
  /** The regulation section and subdivision ("8 CCR 9792.20(f)", "Labor Code 4610.5(c)(2)"). */
  citation: string;
  /** "9792.20", "4610.5". */
  section: string;
  subdivision?: string;
  term: string;
  text: string;
  inForce: Era;
  confidence: Confidence;
}

export interface KnowledgeBase {
  guidelines: Guideline[];
  treatments: TreatmentTerm[];
  regions: RegionTerm[];
  limits: TreatmentLimit[];
  definitions: Definition[];
}

/** The part of the knowledge the parser needs to name treatments and regions. */
export interface Vocabulary {
  treatments: TreatmentTerm[];
  regions: RegionTerm[];
}
