import type { ReviewerProfile } from '../check/config';
import type { Guideline, KnowledgeBase, TreatmentLimit } from '../knowledge/types';
import { currentEdition } from '../knowledge/era';
import type { HeaderKey } from '../model/determination';
import { guidelineById } from '../knowledge/item/applicable';
import {
  CREDENTIALS_INTRO,
  HEADER_KEYS,
  HEADER_LABELS,
  PRIORITIES,
  ITEM_LABELS,
  LICENSURE_LABEL,
  NO_EVIDENCE,
  SECTION_LEADS,
  SECTION_TITLES,
  SPECIALTY_LABEL,
  conclusionSentence,
} from '../letter/grammar';
import { citationText } from '../letter/suggested-citation';
import { escapeSnippet, passageSnippet } from './passages';
import { PLACEHOLDERS } from '../letter/placeholders';
import { treatmentName } from './guidance';

/** The value of each header field, in the header's order: dates to fill in, the priority to choose. */
const HEADER_VALUES: Record<HeaderKey, (stops: TabStops) => string> = {
  caseNumber: (stops) => stops.next(PLACEHOLDERS.caseNumber),
  dateAssigned: (stops) => stops.next(PLACEHOLDERS.date),
  decisionDate: (stops) => stops.next(PLACEHOLDERS.date),
  priority: (stops) => stops.choice(PRIORITIES),
  dateOfInjury: (stops) => stops.next(PLACEHOLDERS.date),
  urDenialDate: (stops) => stops.next(PLACEHOLDERS.date),
  applicationReceived: (stops) => stops.next(PLACEHOLDERS.date),
};

/**
 * A whole new letter as a snippet, the worked example of one Upheld item cited and argued from
 * the knowledge base. What only the reviewer knows (case number, dates, age, history, the facts
 * that decide the item) is a bracketed placeholder that `unfilled-placeholder` reports until it is
 * replaced; the credentials are the reviewer's own from the settings, or empty tab stops that
 * `missing-credentials` reports until they are filled. Nothing is invented.
 */
export function letterTemplate(knowledge: KnowledgeBase, reviewer: ReviewerProfile): string {
  const stops = new TabStops();
  const lines = [
    ...HEADER_KEYS.map((key) => `${bold(HEADER_LABELS[key])} ${HEADER_VALUES[key](stops)}`),
    '',
    `# ${SECTION_TITLES['how-made']}`,
    '',
    escapeSnippet(SECTION_LEADS['how-made']),
    '',
    CREDENTIALS_INTRO,
    '',
    `- ${LICENSURE_LABEL} ${stops.next(reviewer.licensure?.join(',') ?? '')}`,
    `- ${SPECIALTY_LABEL} ${stops.next(reviewer.specialty ?? '')}`,
    '',
    `# ${SECTION_TITLES['case-summary']}`,
    '',
    escapeSnippet(SECTION_LEADS['case-summary']),
    '',
    `The patient is a ${stops.next(PLACEHOLDERS.age)} year old ${stops.choice(['female', 'male'])} who sustained an industrial injury. ` +
      `${stops.next(PLACEHOLDERS.history)}`,
    '',
    `# ${SECTION_TITLES.decisions}`,
    '',
    escapeSnippet(SECTION_LEADS.decisions),
    '',
    ...itemLines(knowledge, stops),
  ];
  return `${lines.join('\n')}\n$0`;
}

/**
 * The worked item is argued from an MTUS limit still in force today, cited in today's grammar: a
 * letter written now never starts from a superseded edition.
 */
function itemLines(knowledge: KnowledgeBase, stops: TabStops): string[] {
  const limit = knowledge.limits.find((candidate) => {
    const guideline = guidelineById(knowledge, candidate.guideline);
    return candidate.recommended && guideline?.mtus && inForceToday(guideline);
  });
  const guideline = limit && guidelineById(knowledge, limit.guideline);
  if (!limit || !guideline) return genericItem(stops);
  const citation = escapeSnippet(citationText(guideline, limit.source, currentEdition(knowledge)));
  const treatment = treatmentName(knowledge, limit.treatment);
  return [
    `## ${stops.next(treatment)}: Upheld`,
    '',
    `${bold(ITEM_LABELS['claims-administrator'])} ${citation}`,
    '',
    `${bold(ITEM_LABELS.maximus)} ${citation}`,
    '',
    `${bold(ITEM_LABELS.rationale)} ${passage(limit, stops)} ${stops.next(PLACEHOLDERS.facts)} ` +
      THEREFORE_NOT_NECESSARY,
  ];
}

/** In force with no end in sight, and its content known to us with no end either. */
function inForceToday(guideline: Guideline): boolean {
  return guideline.inForce.to === undefined && guideline.contentKnownUntil === undefined;
}

function genericItem(stops: TabStops): string[] {
  return [
    `## ${stops.next(PLACEHOLDERS.treatment)}: Upheld`,
    '',
    `${bold(ITEM_LABELS['claims-administrator'])} ${NO_EVIDENCE['claims-administrator']}`,
    '',
    `${bold(ITEM_LABELS.maximus)} ${NO_EVIDENCE.maximus}`,
    '',
    `${bold(ITEM_LABELS.rationale)} ${stops.next(PLACEHOLDERS.argument)} ${THEREFORE_NOT_NECESSARY}`,
  ];
}

/** The template's item is Upheld: its rationale closes on the standard sentence. */
const THEREFORE_NOT_NECESSARY = therefore(conclusionSentence('Upheld'));

function therefore(sentence: string): string {
  return `Therefore, ${sentence[0].toLowerCase()}${sentence.slice(1)}`;
}

/** Labels are bold in Markdown letters, as `*.imr.md` letters write them. */
function bold(label: string): string {
  return `**${label}**`;
}

function passage(limit: TreatmentLimit, stops: TabStops): string {
  const snippet = passageSnippet(limit.passage, stops.peek());
  stops.skip((snippet.match(/\$\{\d+:/g) ?? []).length);
  return snippet;
}

/** Numbers tab stops in the order the template writes them. */
class TabStops {
  private last = 0;

  /** A tab stop with a default to type over; an empty one when there is nothing to suggest. */
  next(placeholder: string): string {
    return placeholder ? `\${${++this.last}:${escapeSnippet(placeholder)}}` : `\${${++this.last}}`;
  }

  choice(options: readonly string[]): string {
    return `\${${++this.last}|${options.join(',')}|}`;
  }

  peek(): number {
    return this.last + 1;
  }

  skip(count: number): void {
    this.last += count;
  }
}
