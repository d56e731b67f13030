import type { ReviewerProfile } from '../check/config';
import type { KnowledgeBase, TreatmentLimit } from '../knowledge/types';
import { guidelineById } from '../knowledge/item/applicable';
import {
  CREDENTIALS_INTRO,
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
import { treatmentName } from './guidance';

/**
 * A whole new letter as a snippet. Its tab stops' default values make a complete letter that
 * draws no error: one Upheld item for an MTUS-recommended treatment, cited and argued from the
 * knowledge base, with the reviewer's own credentials when the settings give them.
 */
export function letterTemplate(knowledge: KnowledgeBase, reviewer: ReviewerProfile): string {
  const stops = new TabStops();
  const lines = [
    `# ${SECTION_TITLES['how-made']}`,
    '',
    escapeSnippet(SECTION_LEADS['how-made']),
    '',
    CREDENTIALS_INTRO,
    '',
    `- ${LICENSURE_LABEL} ${stops.next(reviewer.licensure?.join(',') || 'California')}`,
    `- ${SPECIALTY_LABEL} ${stops.next(reviewer.specialty || 'Physical Medicine & Rehabilitation')}`,
    '',
    `# ${SECTION_TITLES['case-summary']}`,
    '',
    escapeSnippet(SECTION_LEADS['case-summary']),
    '',
    `The patient is a ${stops.next('45')} year old ${stops.choice(['female', 'male'])} who sustained an industrial injury. ` +
      `${stops.next('Describe the history, findings and treatment to date.')}`,
    '',
    `# ${SECTION_TITLES.decisions}`,
    '',
    escapeSnippet(SECTION_LEADS.decisions),
    '',
    ...itemLines(knowledge, stops),
  ];
  return `${lines.join('\n')}\n$0`;
}

function itemLines(knowledge: KnowledgeBase, stops: TabStops): string[] {
  const limit = knowledge.limits.find(
    (candidate) => candidate.recommended && guidelineById(knowledge, candidate.guideline)?.mtus,
  );
  const guideline = limit && guidelineById(knowledge, limit.guideline);
  if (!limit || !guideline) return genericItem(stops);
  const citation = escapeSnippet(citationText(guideline, limit.source, undefined));
  const treatment = treatmentName(knowledge, limit.treatment);
  return [
    `## ${stops.next(treatment)}: Upheld`,
    '',
    `${bold(ITEM_LABELS['claims-administrator'])} ${citation}`,
    '',
    `${bold(ITEM_LABELS.maximus)} ${citation}`,
    '',
    `${bold(ITEM_LABELS.rationale)} ${passage(limit, stops)} ${stops.next('The records do not document functional improvement from prior treatment.')} ` +
      THEREFORE_NOT_NECESSARY,
  ];
}

function genericItem(stops: TabStops): string[] {
  return [
    `## ${stops.next('Disputed treatment')}: Upheld`,
    '',
    `${bold(ITEM_LABELS['claims-administrator'])} ${NO_EVIDENCE['claims-administrator']}`,
    '',
    `${bold(ITEM_LABELS.maximus)} ${NO_EVIDENCE.maximus}`,
    '',
    `${bold(ITEM_LABELS.rationale)} ${stops.next('State the guideline and the facts of the case.')} ${THEREFORE_NOT_NECESSARY}`,
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

  next(placeholder: string): string {
    return `\${${++this.last}:${escapeSnippet(placeholder)}}`;
  }

  choice(options: string[]): string {
    return `\${${++this.last}|${options.join(',')}|}`;
  }

  peek(): number {
    return this.last + 1;
  }

  skip(count: number): void {
    this.last += count;
  }
}
