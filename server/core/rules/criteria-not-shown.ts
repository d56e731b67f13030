import type { Fix } from '../check/finding';
import type { Determination, DisputedItem } from '../model/determination';
import type { CriteriaEntry } from '../knowledge/types';
import type { Rule } from '../check/rule';
import { quotedTitle } from '../letter/describe';
import { criteriaEvidence, criteriaForItem, criterionShown } from '../knowledge/item/criteria';
import { guidelineNameOnDate } from '../knowledge/item/applicable';
import { trimmedEnd } from '../letter/text';

export const criteriaNotShown: Rule = {
  id: 'criteria-not-shown',
  defaultSeverity: 'warning',
  description: "An Overturned item governed by criteria shows none of the guideline's criteria.",
  doc:
    'Imaging, electrodiagnostic studies and many drugs are judged against criteria rather than visit counts: red ' +
    'flags or an unequivocal neurologic finding before an MRI, symptoms persisting after conservative care before ' +
    'EMG/NCV, gastrointestinal risk factors before a proton pump inhibitor. An Overturned item of that kind whose ' +
    'case summary and rationale show none of the criteria approves it without the reason the guideline asks for. ' +
    'The finding names the criteria; it stays silent as soon as the letter shows one of them. The fix inserts the ' +
    "guideline's criteria sentence into the rationale, for the reviewer to complete with the facts of the case.",
  tags: ['criteria'],
  // An item the guideline does not recommend at all is one defect, not also a limit or criteria one.
  supersededBy: ['not-recommended-treatment'],
  check({ determination, knowledge, era, report }) {
    for (const item of determination.items) {
      if (item.decision?.value !== 'Overturned' || !item.rationale) continue;
      const evidence = criteriaEvidence(determination, item);
      const age = determination.caseSummary.age?.value;
      const entries = criteriaForItem(knowledge, item, era).filter((entry) => entry.criteria.length > 0);
      const unshown = entries.filter(
        (entry) => !entry.criteria.some((criterion) => criterionShown(criterion, evidence, age, item.setting?.value)),
      );
      if (unshown.length === 0 || unshown.length < entries.length) continue;
      const entry = unshown[0];
      const guideline = guidelineNameOnDate(knowledge, entry.guideline, era);
      report({
        message:
          `The item ${quotedTitle(item)} is Overturned, but the letter shows none of the criteria of ${guideline} ` +
          `(${entry.topic}): ${entry.criteria.map((criterion) => criterion.label).join('; ')}.`,
        span: item.title.span,
        item: item.index,
        fixes: [criteriaSentenceFix(determination, item, entry)],
      });
    }
  },
};

/** Before the closing conclusion sentence when there is one, else at the end of the rationale. */
function criteriaSentenceFix(determination: Determination, item: DisputedItem, entry: CriteriaEntry): Fix {
  const rationale = item.rationale!;
  const conclusion = rationale.conclusion?.sentence.start;
  const at = conclusion ?? trimmedEnd(determination.text, rationale.body);
  const newText = conclusion !== undefined ? `${entry.criteriaSentence} ` : ` ${entry.criteriaSentence}`;
  return {
    title: "Insert the guideline's criteria sentence",
    changes: [{ span: { start: at, end: at }, newText }],
    safe: false,
  };
}
