import type { LineIndex } from './line-index';
import type { Located, Span } from './span';

/**
 * The document model of an IMR final determination letter, as the parser builds it.
 * Every part carries the Span it was read from; nothing here is computed from guideline
 * knowledge except the treatment and body-region names, which come from the knowledge
 * vocabulary the parser is given.
 */
export interface Determination {
  text: string;
  lines: LineIndex;
  /** `markdown` for `*.imr.md` style (#-headings, bold labels), `plain` for published text. */
  shape: LetterShape;
  frontMatter?: FrontMatter;
  header: HeaderField[];
  sections: Section[];
  credentials: Credentials;
  caseSummary: CaseSummary;
  items: DisputedItem[];
  /** `8 CCR 9792.20`, `Labor Code 4610.5`, `labor code 9792.20(e)` … anywhere in the letter. */
  regulationRefs: RegulationRef[];
  /** `<!-- imr-disable … -->` style comments, in document order. */
  directives: InlineDirective[];
}

export type LetterShape = 'markdown' | 'plain';

export interface FrontMatter {
  span: Span;
  fields: Record<string, Located>;
}

export type HeaderKey =
  'caseNumber' | 'dateAssigned' | 'decisionDate' | 'priority' | 'dateOfInjury' | 'urDenialDate' | 'applicationReceived';

/** One `Label: value` of the header block; the value may have come from a separate values block. */
export interface HeaderField {
  key: HeaderKey;
  label: Located;
  value?: Located;
  date?: LetterDate;
}

/** A date as written in the letter, with its calendar reading (ISO `yyyy-mm-dd`). */
export interface LetterDate {
  text: string;
  iso: string;
  span: Span;
}

export type SectionKind = 'how-made' | 'case-summary' | 'decisions';

export interface Section {
  kind: SectionKind;
  /** The heading line's text, without `#` marks. */
  title: string;
  heading: Span;
  /** From the end of the heading line to the start of the next section heading (or the end). */
  body: Span;
}

export interface Credentials {
  /** `labelled` for "State(s) of Licensure:" / "Certification(s)/Specialty:", `prose` for "licensed in … licensed to practice in …". */
  form?: 'labelled' | 'prose';
  states: Located[];
  specialties: Located[];
  /** The lines (or sentence) the credentials were read from. */
  span?: Span;
  /** Where the "State(s) of Licensure:" label stands, even when its value is empty. */
  licensureLabel?: Span;
  specialtyLabel?: Span;
}

export interface CaseSummary {
  age?: Located<number>;
  sex?: Located<'female' | 'male'>;
  injuryDate?: LetterDate;
  /** The utilization review decision being challenged. */
  urDate?: LetterDate;
  reportRange?: { from: LetterDate; to: LetterDate; span: Span };
  /** Every other date written in the summary ("Per a PR-2 dated 7/1/2014"). */
  reportDates: LetterDate[];
  /** Dates the summary gives for an operation already done ("underwent … fusion on 03/14/2017"). */
  surgeryDates: LetterDate[];
  /**
   * Operations the summary names as planned or certified, not done ("A right total knee arthroplasty
   * was certified and is scheduled"): each the operation's words, with the sentence naming it as value.
   */
  plannedSurgeries: Located[];
  priorTreatments: PriorTreatment[];
}

export interface PriorTreatment {
  /** Treatment id from the knowledge vocabulary. */
  treatment: string;
  count?: number;
  span: Span;
}

export type DecisionValue = 'Upheld' | 'Overturned';

export interface Decision {
  value: DecisionValue;
  span: Span;
}

/** One disputed item/service with its decision, guideline entries and rationale. */
export interface DisputedItem {
  index: number;
  /** From the title's first character to the end of the item's last line. */
  span: Span;
  /** The title text with line breaks folded to spaces, without the decision. */
  title: Located;
  decision?: Decision;
  /** Treatment id from the knowledge vocabulary (e.g. `acupuncture`, `manipulation`). */
  treatment?: Located;
  /**
   * Body-region id from the knowledge vocabulary (e.g. `neck`, `low-back`): read from the title;
   * where the title names only a limb ("upper extremities"), the limb's region that the rationale
   * (then the case summary) names first.
   */
  region?: Located;
  /**
   * Every region the title names, when it names more than one ("for the cervical and lumbar
   * spine"): an entry written for some regions judges the item only if it covers them all.
   */
  regions?: string[];
  /**
   * A body part the title names that no region stands for ("right lower leg"): the region stays
   * unknown, not read from the rationale or the case summary.
   */
  unmappedPart?: Span;
  /** Post-operative, acute or chronic, and what it was read from; absent when nothing says. */
  setting?: ItemSetting;
  /**
   * For a post-operative item with a region: the operations the letter names on that region or
   * with no body part beside them, nearest the item first (its title, the surgeries requested with
   * it, its rationale, the case summary); absent when none is named.
   */
  operations?: OperationNamed[];
  /**
   * The letter shows an operation this item may come before: its title says so ("Pre-operative
   * EKG", "Associated surgical service: …"), or the letter requests a surgery or its case summary
   * plans one. Absent otherwise, and on a surgery itself.
   */
  beforeSurgery?: true;
  quantity: RequestedQuantity;
  /** The "X was the original request. Y was authorized … remaining … portion …, Z is:" form. */
  partial?: PartialApproval;
  claimsAdministratorGuideline?: GuidelineEntry;
  maximusGuideline?: GuidelineEntry;
  rationale?: Rationale;
}

/**
 * An operation a text names with the body part beside it ("a right shoulder arthroscopic rotator
 * cuff repair", "arthroscopy of the left knee").
 */
export interface OperationNamed {
  /** The region of the body part named beside it; absent when none is ("after a meniscectomy"). */
  region?: string;
  /** The clause naming it, where a guideline's name for the procedure ("rotator cuff") is looked for. */
  words: string;
  /** Where the letter names it, nearest the item first: its title, a surgery requested with it, its rationale, the case summary. */
  from: 'title' | 'requested' | 'rationale' | 'case-summary';
}

/** The care setting an item is requested in: the guidelines treat each differently (opioids, therapy). */
export type CareSetting = 'acute' | 'chronic' | 'post-operative';

export interface ItemSetting {
  value: CareSetting;
  /**
   * `title`: the title says so ("Post-operative physical therapy"); `surgery`: the item is used
   * after a surgery the letter requests or the case summary dates shortly before the request;
   * `dates`: the time from the injury to the request.
   */
  source: 'title' | 'surgery' | 'dates';
  /** The words it was read from, for `title`. */
  span?: Span;
}

/** How much the item asks for, read from its title. Each number keeps where it was read. */
export interface RequestedQuantity {
  visits?: Located<number>;
  perWeek?: Located<number>;
  weeks?: Located<number>;
}

export interface PartialApproval {
  original: Located;
  authorized: Located;
  remaining: Located;
}

export type GuidelineEntryKind = 'claims-administrator' | 'maximus';

/** The text after `Claims Administrator guideline:` or `MAXIMUS guideline:`. */
export interface GuidelineEntry {
  kind: GuidelineEntryKind;
  label: Span;
  /** The entry's text after the label, up to the next label (may be empty). */
  body: Span;
  /** The body with line breaks and page breaks folded to single spaces. */
  text: string;
  citations: GuidelineCitation[];
  statements: GuidelineStatement[];
}

export type GuidelineStatementKind =
  /** "… did not cite any medical evidence for its decision." */
  | 'no-evidence'
  /** "… based their decision on recommendation(s) outside of the MTUS Guidelines." */
  | 'outside-mtus'
  /** "… did not base their decision on the MTUS." */
  | 'not-based-on-mtus';

export interface GuidelineStatement {
  kind: GuidelineStatementKind;
  span: Span;
}

/** `pages-2009`: "… Page(s): 58-59."; `sections-2016`: "… 2016, Section(s): …"; `bare`: a name alone. */
export type CitationFormat = 'pages-2009' | 'sections-2016' | 'bare';

/** One "Decision based on …" citation (or one part of an ", and "-joined list). */
export interface GuidelineCitation {
  span: Span;
  /** False for "Non-MTUS Citation …". */
  mtus: boolean;
  /** The guideline's name as written ("MTUS Chronic Pain Treatment Guidelines", "Official Disability Guidelines (ODG)"). */
  name: Located;
  /** The topic written after the name in the 2009 grammar ("Manual therapy & manipulation"), or after a Non-MTUS name ("Neck Pain, Chiropractic"). */
  topic?: Located;
  year?: Located<number>;
  sections: Located[];
  pages?: PageRange;
  format: CitationFormat;
}

export interface PageRange {
  from: number;
  to: number;
  span: Span;
}

export interface Rationale {
  label: Span;
  body: Span;
  /** The body with line breaks and page breaks folded to single spaces. */
  text: string;
  conclusion?: Conclusion;
  /** Every necessity phrase the rationale holds, as read; none at all is what `missing-conclusion` reports. */
  necessityReadings: NecessityReading[];
  limitClaims: LimitClaim[];
  /** True where the rationale says functional improvement was documented (not merely defined). */
  documentsFunctionalImprovement: boolean;
}

/** How the conclusion reader read one necessity phrase of a rationale. */
export interface NecessityReading {
  necessary: boolean;
  /** `explicit`: a direct statement about this request; `implied`: a weaker or indirect one ("is not recommended"). */
  strength: 'explicit' | 'implied';
  /** `asserted`: the reviewer's finding; `conditional`: under a condition ("would be … if"); `reported`: another party's view. */
  status: 'asserted' | 'conditional' | 'reported';
  /**
   * An implied reading in the decision's own words, said now of this request ("the request is not
   * certified", "the recommendation is non-certification"): the one implied reading strong enough to be
   * reported, as a warning, when it contradicts the decision. On a conclusion, also that no other finding
   * of its rationale reads the other way.
   */
  decisionWords: boolean;
  /** From the trigger that decided the reading to the phrase, e.g. "not regarded as medically necessary". */
  span: Span;
  /** The necessity phrase itself ("medically necessary", "medical necessity", "warranted"). */
  target: Span;
  /** The negations that reach the phrase ("not", "no", "fails to"). */
  negations: Span[];
  /** The whole sentence the phrase stands in. */
  sentence: Span;
}

/** The rationale's conclusion: its last explicit finding (or, failing one, its last implied finding). */
export type Conclusion = Omit<NecessityReading, 'status'>;

/** A number the rationale attributes to a guideline: "MTUS … allow 3-6 sessions", "ODG allows 9 visits over 8 weeks". */
export interface LimitClaim {
  /** `MTUS`, `ODG`, `ACOEM` or `guidelines` when the sentence names none in particular. */
  guideline: string;
  visits: NumberRange;
  weeks?: NumberRange;
  perWeek?: NumberRange;
  /** The claim's phase when the sentence says so. */
  phase?: 'trial' | 'total';
  /** The visit count as written ("3-6", "up to 18"), for a fix to replace. */
  span: Span;
  sentence: Span;
}

export interface NumberRange {
  min: number;
  max: number;
}

/** A regulation or statute reference written in the letter. */
export interface RegulationRef {
  /** As written: "labor code 9792.20(e)". */
  text: string;
  span: Span;
  /** `ccr` for "8 CCR"/"Title 8"/"CCR", `labor-code` for "Labor Code"/"LC", `none` when the number stands alone. */
  code: 'ccr' | 'labor-code' | 'none';
  /** The span of the code words ("labor code") when present. */
  codeSpan?: Span;
  /** "9792.20", "4610.5". */
  section: string;
  /** "(e)", "(ef)", "(c)(2)". */
  subdivision?: string;
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

/** `<!-- imr-disable-next-line missing-conclusion -->`; no rule ids means every rule. */
export interface InlineDirective {
  kind: DirectiveKind;
  rules: string[];
  span: Span;
  line: number;
}

/** The letter text a span covers. */
export function textOf(determination: Determination, span: Span): string {
  return determination.text.slice(span.start, span.end);
}
