/**
 * The per-letter checklist shown in the editor (VS Code's Explorer): what a final determination
 * must hold, ticked where the letter has it. Read from the parsed letter and its findings, so it
 * says what the checks see.
 */
import type { Checklist, ChecklistEntry } from '../../shared/protocol';
import type { DisputedItem, Section } from '../model/determination';
import type { Span } from '../model/span';
import { ITEM_LABELS, SECTION_ORDER, SECTION_TITLES, labelName } from '../letter/grammar';
import type { LetterAnalysis } from './analysis';

export function letterChecklist(analysis: LetterAnalysis): Checklist {
  const { determination } = analysis;
  const line = (span: Span | undefined) => (span ? determination.lines.positionAt(span.start).line : undefined);
  const entry = (label: string, done: boolean, span?: Span, children?: ChecklistEntry[]): ChecklistEntry => ({
    label,
    done,
    line: line(span),
    ...(children ? { children } : {}),
  });
  const section = (kind: Section['kind']) => determination.sections.find((candidate) => candidate.kind === kind);
  const { credentials } = determination;
  const placeholders = analysis.findings.filter((finding) => finding.rule === 'unfilled-placeholder');
  const items = determination.items.map((item) => itemEntry(item, entry));
  return {
    entries: [
      entry(
        'Sections',
        SECTION_ORDER.every((kind) => section(kind)),
        undefined,
        SECTION_ORDER.map((kind) => entry(SECTION_TITLES[kind], !!section(kind), section(kind)?.heading)),
      ),
      entry('Credentials', credentials.states.length > 0 && credentials.specialties.length > 0, credentials.span, [
        entry(
          'State(s) of licensure',
          credentials.states.length > 0,
          credentials.states[0]?.span ?? credentials.licensureLabel,
        ),
        entry(
          'Certification or specialty',
          credentials.specialties.length > 0,
          credentials.specialties[0]?.span ?? credentials.specialtyLabel,
        ),
      ]),
      entry(
        placeholders.length === 0
          ? 'No placeholder left'
          : `${placeholders.length} placeholder${placeholders.length === 1 ? '' : 's'} to fill in`,
        placeholders.length === 0,
        placeholders[0]?.span,
      ),
      entry(`Disputed items (${items.length})`, items.length > 0 && items.every((item) => item.done), undefined, items),
    ],
  };
}

function itemEntry(
  item: DisputedItem,
  entry: (label: string, done: boolean, span?: Span, children?: ChecklistEntry[]) => ChecklistEntry,
): ChecklistEntry {
  const conclusion = item.rationale?.conclusion;
  const parts = [
    entry(item.decision ? `Decision: ${item.decision.value}` : 'Decision', !!item.decision, item.decision?.span),
    entry(
      labelName(ITEM_LABELS['claims-administrator']),
      !!item.claimsAdministratorGuideline,
      item.claimsAdministratorGuideline?.label,
    ),
    entry(labelName(ITEM_LABELS.maximus), !!item.maximusGuideline, item.maximusGuideline?.label),
    entry(labelName(ITEM_LABELS.rationale), !!item.rationale?.text.trim(), item.rationale?.label),
    entry('Conclusion on medical necessity', !!conclusion, conclusion?.span ?? item.rationale?.body),
  ];
  return entry(
    item.title.value,
    parts.every((part) => part.done),
    item.title.span,
    parts,
  );
}
