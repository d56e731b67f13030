import type { Fix } from '../check/finding';
import type { Determination, DisputedItem, GuidelineEntryKind } from '../model/determination';
import type { KnowledgeBase } from '../knowledge/types';
import type { LetterEra } from '../knowledge/era';
import type { Rule } from '../check/rule';
import { quotedTitle } from '../letter/describe';
import { labelledLine } from '../letter/labels';
import { insertLinesAfter, insertLinesBefore } from '../letter/text';
import { suggestedCitation } from '../letter/suggested-citation';
import { ITEM_LABELS, NO_EVIDENCE } from '../letter/grammar';

export const missingCitation: Rule = {
  id: 'missing-citation',
  defaultSeverity: 'error',
  description: 'A disputed item lacks its "Claims Administrator guideline:" or "MAXIMUS guideline:" entry.',
  doc:
    'Each disputed item records what the claims administrator based its decision on ("Claims Administrator ' +
    'guideline:") and what the expert reviewer based the final determination on ("MAXIMUS guideline:"), even when ' +
    'that is "did not cite any medical evidence". Each missing entry draws one finding on the item title. The fixes ' +
    "insert the entry: for the reviewer's entry, a citation of the guideline the knowledge base applies to the " +
    "item's treatment, in the citation grammar of the letter's era; for the claims administrator's entry, that " +
    'citation or the "did not cite any medical evidence" sentence. Check the inserted citation against the case file.',
  tags: ['structure', 'citations'],
  check({ determination, knowledge, era, report }) {
    for (const item of determination.items) {
      for (const kind of ['claims-administrator', 'maximus'] as const) {
        const present = kind === 'maximus' ? item.maximusGuideline : item.claimsAdministratorGuideline;
        if (present) continue;
        report({
          message: `The item ${quotedTitle(item)} has no "${ITEM_LABELS[kind]}" entry.`,
          span: item.title.span,
          item: item.index,
          fixes: entryFixes(determination, knowledge, era, item, kind),
        });
      }
    }
  },
};

function entryFixes(
  determination: Determination,
  knowledge: KnowledgeBase,
  era: LetterEra,
  item: DisputedItem,
  kind: GuidelineEntryKind,
): Fix[] {
  const label = ITEM_LABELS[kind];
  const noEvidence = NO_EVIDENCE[kind];
  const insert = (text: string) => entryInsertion(determination, item, kind, labelledLine(determination, label, text));
  const fixes: Fix[] = [];
  const citation = suggestedCitation(knowledge, item, era);
  if (citation) {
    fixes.push({ title: `Insert "${label} ${citation}"`, changes: [insert(citation)], safe: false, preferred: true });
  }
  if (kind === 'claims-administrator') {
    fixes.push({ title: `Insert "${label} ${noEvidence}"`, changes: [insert(noEvidence)], safe: false });
  }
  return fixes;
}

/** The claims administrator's entry comes first, then the reviewer's, then the rationale. */
function entryInsertion(determination: Determination, item: DisputedItem, kind: GuidelineEntryKind, line: string) {
  const following =
    kind === 'claims-administrator' ? (item.maximusGuideline?.label ?? item.rationale?.label) : item.rationale?.label;
  if (following) return insertLinesBefore(determination, following.start, [line]);
  const preceding = kind === 'maximus' ? item.claimsAdministratorGuideline?.body : undefined;
  const after = preceding?.end ?? Math.max(item.title.span.end, item.decision?.span.end ?? 0);
  return insertLinesAfter(determination, after, [line]);
}
