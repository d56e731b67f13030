import type { Rule } from '../check/rule';
import { citationsOf } from '../letter/citations';
import { inForceOn } from '../knowledge';
import { guidelineOfCitation } from '../knowledge/item/applicable';

export const citationEraMismatch: Rule = {
  id: 'citation-era-mismatch',
  defaultSeverity: 'warning',
  description: "A guideline edition is cited that was not in force at the letter's date.",
  doc:
    'The MTUS changed on July 28, 2016 (Chronic Pain Medical Treatment Guidelines 2016 and the Opioids guideline) ' +
    'and again on December 1, 2017, when it became the ACOEM guidelines (cited as "MTUS (ACOEM) Low Back Disorders ' +
    'Guideline", "ACOEM Practice Guidelines, … Chapter"). A determination must apply the edition in force for the ' +
    'request under review, which the letter dates (UR denial date, decision date) tell. A citation of an edition ' +
    "outside that window in the reviewer's (MAXIMUS) entry is reported. A citation without a year means the edition " +
    'in force on the letter\'s date, unless its grammar is of an earlier era: "… Page(s): …" is the 2009 grammar, so a ' +
    'later letter citing so means the 2009 edition, while "…, Section(s): …" has been written since 2016; one that names ' +
    'no edition at all (no year, no pages, no sections) is not judged. There is no automatic fix: the reasoning may rest ' +
    'on the wrong edition.',
  tags: ['citations', 'era'],
  check({ determination, knowledge, era, report }) {
    if (!era.date) return;
    const date = era.date;
    // The reviewer's own basis; the claims administrator's citations are reported as received.
    for (const { item, entry, citation } of citationsOf(determination)) {
      if (entry.kind !== 'maximus') continue;
      // A year-less citation without pages does not say which edition it means.
      if (citation.format === 'bare' && citation.year === undefined) continue;
      const guideline = guidelineOfCitation(knowledge, citation, era);
      if (!guideline || inForceOn(guideline.inForce, date)) continue;
      const { name, inForce } = guideline;
      const window = `${inForce.from ?? 'its adoption'} to ${inForce.to ?? 'now'}`;
      report({
        message:
          `${name} was in force from ${window}, not on ${date}, ` +
          `the date this letter is judged by (${era.source.replace(/-/g, ' ')}).`,
        span: citation.span,
        item: item.index,
      });
    }
  },
};
