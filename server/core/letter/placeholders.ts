/**
 * The texts the letter template and the structural snippets put where the reviewer must write:
 * each one left in a letter is an `unfilled-placeholder` finding. Bracketed, so that no sentence
 * a reviewer writes is ever one of them.
 */
export const PLACEHOLDERS = {
  caseNumber: '[case number]',
  date: 'MM/DD/YYYY',
  age: '[age]',
  history: '[Describe the history, findings and treatment to date.]',
  facts: '[State the facts of the case that decide the request.]',
  treatment: '[disputed treatment]',
  argument: '[State the guideline and the facts of the case.]',
} as const;

/** What earlier versions of the template wrote, without brackets; drafts made with them are still about. */
const EARLIER_PLACEHOLDERS = [
  'Describe the history, findings and treatment to date.',
  'State the guideline and the facts of the case.',
];

export const PLACEHOLDER_TEXTS: readonly string[] = [...Object.values(PLACEHOLDERS), ...EARLIER_PLACEHOLDERS];
