import { checkText } from '../core';
import { countSeverities, type LetterReport } from './report';
import { readLetter } from './files';
import type { CliOptions } from './options';
import { itemCoverage } from './items';
import type { SettingsCache } from './settings';

/** Checks each letter with the settings that govern it. */
export function lintLetters(files: string[], settings: SettingsCache, options: CliOptions): LetterReport[] {
  return files.map((file) => {
    const { config, knowledge } = settings.forLetter(file);
    const { determination, findings } = checkText(readLetter(file), { config, knowledge });
    const items = options.items ? itemCoverage(determination, knowledge) : undefined;
    return { file, determination, findings, items };
  });
}

/** 1 when any letter has an error or the warnings exceed `--max-warnings`; else 0. */
export function exitStatus(reports: LetterReport[], maxWarnings: number | undefined): { status: 0 | 1; note?: string } {
  const counts = countSeverities(reports);
  if (counts.error > 0) return { status: 1 };
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    return { status: 1, note: `too many warnings (${counts.warning}; --max-warnings allows ${maxWarnings})` };
  }
  return { status: 0 };
}
