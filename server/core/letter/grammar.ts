/**
 * The fixed wording of a final determination letter: its section headings, the labels of an
 * item's entries and of the reviewer's credentials, and the standard sentences. The parser reads
 * letters by these words and the rules, fixes, completions and template write them, so each is
 * written here once. Pure data (imports only model types), so every layer may use it.
 */
import type { DecisionValue, GuidelineEntryKind, HeaderKey, SectionKind } from '../model/determination';

/** The labels of the header block, in letter order, as published letters write them. */
export const HEADER_LABELS: Record<HeaderKey, string> = {
  caseNumber: 'Case Number:',
  dateAssigned: 'Date Assigned:',
  decisionDate: 'Decision Date:',
  priority: 'Priority:',
  dateOfInjury: 'Date of Injury:',
  urDenialDate: 'UR Denial Date:',
  applicationReceived: 'Application Received:',
};

export const HEADER_KEYS = Object.keys(HEADER_LABELS) as HeaderKey[];

/** Other ways letters write a header label, which the parser reads as well. */
const HEADER_LABEL_VARIANTS: Partial<Record<HeaderKey, readonly string[]>> = {
  caseNumber: ['Case No.', 'Case No'],
  dateOfInjury: ['DOI:'],
  applicationReceived: ['IMR Application Received:'],
};

/** The priorities a review is given. */
export const PRIORITIES = ['Standard', 'Expedited'] as const;

/** A label as a name, without its colon: "MAXIMUS guideline:" → "MAXIMUS guideline". */
export function labelName(label: string): string {
  return label.replace(/:$/, '');
}

/** A header label's name in a sentence: "Date of Injury". */
export function headerName(key: HeaderKey): string {
  return labelName(HEADER_LABELS[key]);
}

const HEADER_PATTERNS = HEADER_KEYS.map((key) => {
  const labels = [HEADER_LABELS[key], ...(HEADER_LABEL_VARIANTS[key] ?? [])];
  return { key, pattern: new RegExp(`^(?:${labels.map(wordsOf).join('|')})$`, 'i') };
});

/** Which header field a label (its text before the colon) names. */
export function headerKeyOf(label: string): HeaderKey | undefined {
  return HEADER_PATTERNS.find(({ pattern }) => pattern.test(label))?.key;
}

/** The three section headings of a final determination. */
export const SECTION_TITLES: Record<SectionKind, string> = {
  'how-made': 'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'case-summary': 'CLINICAL CASE SUMMARY',
  decisions: 'IMR ISSUES, DECISIONS AND RATIONALES',
};

/** The sections in letter order. */
export const SECTION_ORDER: readonly SectionKind[] = ['how-made', 'case-summary', 'decisions'];

/** The paragraph each section opens with. */
export const SECTION_LEADS: Record<SectionKind, string> = {
  'how-made':
    'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the ' +
    'employer, employee, providers or the claims administrator. He/she has been in active clinical practice for more ' +
    'than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was ' +
    'selected based on his/her clinical experience, education, background, and expertise in the same or similar ' +
    'specialties that evaluate and/or treat the medical condition and disputed items/services. He/she is familiar ' +
    'with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent ' +
    'Medical Review determinations.',
  'case-summary':
    'The expert reviewer developed the following clinical case summary based on a review of the case file, ' +
    'including all medical records:',
  decisions: 'The Final Determination was based on decisions for the disputed items/services set forth below:',
};

export type LabelKind = GuidelineEntryKind | 'rationale';

/** The label lines of an item, in letter order. */
export const ITEM_LABELS: Record<LabelKind, string> = {
  'claims-administrator': 'Claims Administrator guideline:',
  maximus: 'MAXIMUS guideline:',
  rationale: 'Decision rationale:',
};

export const LABEL_KINDS = Object.keys(ITEM_LABELS) as LabelKind[];

/**
 * The words of the item labels as a capturing group of a case-insensitive pattern: any white
 * space between words, and "guidelines" as well as "guideline" (letters write both).
 */
export const ITEM_LABEL_WORDS = `(${LABEL_KINDS.map((kind) => labelWords(ITEM_LABELS[kind])).join('|')})`;

const LABEL_PATTERNS = LABEL_KINDS.map((kind) => ({
  kind,
  pattern: new RegExp(`^${labelWords(ITEM_LABELS[kind])}$`, 'i'),
}));

/** Which item label a run of words (as ITEM_LABEL_WORDS matched it) is. */
export function labelKindOf(words: string): LabelKind | undefined {
  return LABEL_PATTERNS.find(({ pattern }) => pattern.test(words))?.kind;
}

function labelWords(label: string): string {
  return wordsOf(label)
    .toLowerCase()
    .replace(/guideline$/, 'guidelines?');
}

/** A label's words as a pattern: without its colon, any white space between the words. */
function wordsOf(label: string): string {
  return labelName(label)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s+');
}

/** The entry a party writes when it based its decision on no guideline. */
export const NO_EVIDENCE: Record<GuidelineEntryKind, string> = {
  'claims-administrator': 'The Claims Administrator did not cite any medical evidence for its decision.',
  maximus: 'The Expert Reviewer did not cite any medical evidence for its decision.',
};

export const CREDENTIALS_INTRO = 'The Expert Reviewer has the following credentials:';

/** The credentials labels as letters write them, and the variants the parser also reads. */
export const LICENSURE_LABEL = 'State(s) of Licensure:';
export const SPECIALTY_LABEL = 'Certification(s)/Specialty:';
/** The words of a licensure label: "State(s) of Licensure", "License State", "State License", "Licensed in". */
const LICENSURE_WORDS = String.raw`(?:state\(?s?\)?\s+of\s+)?licensure|(?:state\s+)?licen[sc]e\(?s?\)?(?:\s+state\(?s?\)?)?|licen[sc]ed(?:\s+in)?`;
/**
 * The words of a specialty label: "Certification(s)/Specialty", "Specialty/Certification",
 * "Board Certified (in)". "Certiﬁcation" as PDF extraction may leave it, with the "fi" ligature, reads too.
 */
const SPECIALTY_WORDS = String.raw`certi(?:fi|\ufb01)cation\(?s?\)?(?:\s*\/\s*specialt(?:y|ies))?|specialt(?:y|ies)(?:\s*\/\s*certi(?:fi|\ufb01)cation\(?s?\)?)?|board\s+certi(?:fi|\ufb01)(?:cation\(?s?\)?|ed(?:\s+in)?)`;
/** A label may name whose credential it is: "Reviewer Specialty", "Expert Reviewer's State of Licensure". */
const LABEL_OWNER = String.raw`(?:(?:expert\s+)?reviewer(?:'s)?\s+)?`;
const CREDENTIAL_LABEL = `${LABEL_OWNER}(?:(${LICENSURE_WORDS})|(?:${SPECIALTY_WORDS}))`;

/**
 * The credentials labels where letters put them: at a line's start or after a space, when a
 * letter runs them together on one line ("… credentials: State(s) of Licensure: California;
 * Certification(s)/Specialty: …", "Specialty: Orthopedic Surgery License State: California"):
 * each label ends the value before it. Group 1 holds a licensure label. Shorter labels of a
 * reviewer's own block read as well: "Licensure:", "License:", "Licensed in:", "Board Certified:",
 * "Certification:", "Specialty/Certification:". A draft's bold label may close its emphasis before the colon
 * ("**State(s) of Licensure**: California").
 */
export const CREDENTIAL_LABELS_READ = new RegExp(
  String.raw`(?<=^|\s|\*\*|__)${CREDENTIAL_LABEL}(?:\*\*|__)?\s*:`,
  'gi',
);

/**
 * A credentials label without its colon, opening a cell of a row of labels set apart by wide
 * gaps ("Reviewer Specialty Orthopedic Surgery   License State California"): its value follows
 * after a space. Group 1 holds a licensure label.
 */
export const CREDENTIAL_LABEL_OPENING = new RegExp(String.raw`^${CREDENTIAL_LABEL}(?=\s+[A-Za-z])`, 'i');

/** Upheld means the disputed treatment is not medically necessary; Overturned means it is. */
export function decisionFor(necessary: boolean): DecisionValue {
  return necessary ? 'Overturned' : 'Upheld';
}

export function isNecessary(decision: DecisionValue): boolean {
  return decision === 'Overturned';
}

/** The closing sentence real letters use for each decision. */
export function conclusionSentence(decision: DecisionValue): string {
  return isNecessary(decision) ? 'The request is medically necessary.' : 'The request is not medically necessary.';
}
