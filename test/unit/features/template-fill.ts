/**
 * What a reviewer writes over each placeholder of the letter template, in the template's order:
 * shared by the unit test of the template and the VS Code test that fills it in a real editor.
 */
export const TEMPLATE_FILL: ReadonlyArray<readonly [placeholder: string, value: string]> = [
  ['[case number]', 'CM26-0012345'],
  ['MM/DD/YYYY', '01/05/2026'],
  ['MM/DD/YYYY', '02/02/2026'],
  ['MM/DD/YYYY', '03/14/2025'],
  ['MM/DD/YYYY', '12/20/2025'],
  ['MM/DD/YYYY', '01/02/2026'],
  ['[age]', '52'],
  ['[Describe the history, findings and treatment to date.]', 'She reports low back pain after lifting.'],
  ['[State the facts of the case that decide the request.]', 'No prior course is documented.'],
];
