import type { Determination, HeaderKey, LetterDate } from '../model/determination';
import type { Report, Rule } from '../check/rule';

export const dateOrder: Rule = {
  id: 'date-order',
  defaultSeverity: 'warning',
  description: 'Dates in the letter are out of order.',
  doc:
    'An injury cannot postdate the utilization review decision it led to, nor every report about it; a report ' +
    'range cannot end before it starts; the header cannot give a date of injury after the UR denial date, nor a ' +
    'decision date before the case was assigned or the application received. Each of these usually means a ' +
    'mistyped date, which matters because the dates decide which guideline edition applies. There is no fix: ' +
    'only the case file tells which date is wrong.',
  tags: ['dates'],
  check({ determination, report }) {
    checkCaseSummary(determination, report);
    checkHeader(determination, report);
  },
};

function checkCaseSummary(determination: Determination, report: (report: Report) => void): void {
  const { injuryDate, urDate, reportRange, reportDates } = determination.caseSummary;
  if (injuryDate) {
    const later: string[] = [];
    if (urDate && injuryDate.iso > urDate.iso) later.push(`the utilization review date (${urDate.text})`);
    if (reportRange && injuryDate.iso > reportRange.from.iso) {
      later.push(`the start of the reports (${reportRange.from.text})`);
    }
    // Reports may predate an injury (prior history), so only an injury after every report is wrong for sure.
    const latest = latestOf(reportDates);
    if (latest && injuryDate.iso > latest.iso) later.push(`every report date (latest ${latest.text})`);
    if (later.length > 0) {
      report({ message: `The injury date ${injuryDate.text} is after ${later.join(' and ')}.`, span: injuryDate.span });
    }
  }
  if (reportRange && reportRange.from.iso > reportRange.to.iso) {
    report({
      message: `The report range runs backwards: ${reportRange.from.text} is after ${reportRange.to.text}.`,
      span: reportRange.span,
    });
  }
}

function checkHeader(determination: Determination, report: (report: Report) => void): void {
  const date = (key: HeaderKey) => determination.header.find((field) => field.key === key)?.date;
  const injury = date('dateOfInjury');
  const denial = date('urDenialDate');
  if (injury && denial && injury.iso > denial.iso) {
    report({
      message: `The Date of Injury ${injury.text} is after the UR Denial Date ${denial.text}.`,
      span: injury.span,
    });
  }
  const decided = date('decisionDate');
  if (!decided) return;
  const earlier = (
    [
      ['Date Assigned', date('dateAssigned')],
      ['Application Received date', date('applicationReceived')],
    ] as const
  ).filter(([, other]) => other && decided.iso < other.iso);
  if (earlier.length > 0) {
    const names = earlier.map(([name, other]) => `the ${name} ${other?.text}`).join(' and ');
    report({ message: `The Decision Date ${decided.text} is before ${names}.`, span: decided.span });
  }
}

function latestOf(dates: LetterDate[]): LetterDate | undefined {
  return dates.reduce<LetterDate | undefined>(
    (latest, date) => (!latest || date.iso > latest.iso ? date : latest),
    undefined,
  );
}
