/** The words the client shows for the server's counts. No `vscode` import, so plain tests cover it. */
import type { CheckWorkspaceResult, LetterSummary } from '../../server/shared/protocol';

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Status bar text: `$(law) 3 items · 2 upheld · 1 overturned · 1 error`, warnings when there are any. */
export function statusText(summary: LetterSummary): string {
  const parts = [
    count(summary.items, 'item'),
    `${summary.upheld} upheld`,
    `${summary.overturned} overturned`,
    count(summary.errors, 'error'),
  ];
  if (summary.warnings > 0) parts.push(count(summary.warnings, 'warning'));
  return `$(law) ${parts.join(' · ')}`;
}

export function statusTooltip(summary: LetterSummary): string {
  return (
    `IMR letter: ${count(summary.items, 'disputed item')} (${summary.upheld} upheld, ${summary.overturned} overturned); ` +
    `${count(summary.errors, 'error')} and ${count(summary.warnings, 'warning')}. ${settingsSource(summary)} ` +
    'Click to open the Problems panel.'
  );
}

/** Which config governs the letter, since a stray one could switch rules off unseen. */
function settingsSource(summary: LetterSummary): string {
  return summary.configFile
    ? `Settings: ${summary.configFile} and the editor settings.`
    : 'Settings: the editor settings (no .imrlintrc.json in the workspace folder).';
}

export function checkWorkspaceMessage(result: CheckWorkspaceResult): string {
  if (result.files === 0) return 'No IMR determination letters found in the workspace.';
  return `Checked ${count(result.files, 'letter')}: ${count(result.errors, 'error')}, ${count(result.warnings, 'warning')}.`;
}
