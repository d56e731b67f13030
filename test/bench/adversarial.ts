/**
 * Inputs built to make a careless parser or regular expression take quadratic or exponential
 * time: one huge word, long runs of range and bracket characters, colon runs that look like
 * labels, and thousands of item headings. Shared by the benchmark (which times them) and the
 * robustness tests (which only require that each checks without throwing).
 */
export interface AdversarialInput {
  name: string;
  text: string;
}

export function adversarialInputs(): AdversarialInput[] {
  const decisions = `# IMR ISSUES, DECISIONS AND RATIONALES\n\n`;
  return [
    { name: '200 000 × "a"', text: 'a'.repeat(200_000) },
    { name: '30 000 × "1-"', text: '1-'.repeat(30_000) },
    { name: '50 000 × "("', text: '('.repeat(50_000) },
    { name: '50 000 × ": "', text: ': '.repeat(50_000) },
    { name: '5 000 item headers', text: decisions + itemHeaders(5_000) },
    {
      name: '5 000 item headers, plain text',
      text: 'IMR ISSUES, DECISIONS AND RATIONALES\n\n' + plainItemHeaders(5_000),
    },
    { name: '100 000 spaces then "x"', text: `${' '.repeat(100_000)}x` },
    { name: '20 000 × "Decision rationale:"', text: decisions + 'Decision rationale: '.repeat(20_000) },
    { name: '30 000 × "2x"', text: `${decisions}## Physical therapy ${'2x'.repeat(30_000)}: Upheld\n` },
    { name: '40 000 × "**"', text: '**'.repeat(40_000) },
    { name: '10 000 × "<!--"', text: '<!-- '.repeat(10_000) },
    { name: '50 000 closed comments', text: 'word <!-- note --> '.repeat(50_000) },
    { name: '20 000 lines of "Upheld"', text: decisions + 'Upheld\n'.repeat(20_000) },
  ];
}

function itemHeaders(count: number): string {
  const lines: string[] = [];
  for (let n = 0; n < count; n++)
    lines.push(`## ${n % 12} acupuncture sessions for the neck: ${n % 2 ? 'Upheld' : 'Overturned'}\n`);
  return lines.join('\n');
}

function plainItemHeaders(count: number): string {
  const lines: string[] = [];
  for (let n = 0; n < count; n++) lines.push(`Chiropractic treatment ${n} visits for the low back:\nUpheld\n`);
  return lines.join('\n');
}
