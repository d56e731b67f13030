/** The dates a draft's header gives: the injury and the utilization review denial. */
export interface LetterDates {
  injury: string;
  ur: string;
}

/** One Upheld item of a draft, with no guideline cited by either side. */
export interface DraftItem {
  title: string;
  rationale: string;
}

/** A Markdown-like letter of our own: a header of dates, a case summary and the items, for fitting tests. */
export function draftLetter(dates: LetterDates, summary: string, items: DraftItem[]): string {
  return [
    '**Case Number:** CM17-0000001',
    `**Date of Injury:** ${dates.injury}`,
    `**UR Denial Date:** ${dates.ur}`,
    '',
    '# CLINICAL CASE SUMMARY',
    '',
    summary,
    '',
    '# IMR ISSUES, DECISIONS AND RATIONALES',
    '',
    items.map(itemText).join('\n\n'),
  ].join('\n');
}

function itemText({ title, rationale }: DraftItem): string {
  return [
    `## ${title}: Upheld`,
    '',
    '**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.',
    '',
    '**MAXIMUS guideline:** The Expert Reviewer did not cite any medical evidence for its decision.',
    '',
    `**Decision rationale:** ${rationale}`,
  ].join('\n');
}
