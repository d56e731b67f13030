import { createLetterService } from '../core/service';
import { countSeverities, type FileReport } from './report';
import { readLetter } from './files';
import type { CliOptions } from './options';
import { itemCoverage } from './items';
import type { SettingsCache } from './settings';

/** The CLI's front door to the core: the one the language server checks through. */
const letterService = createLetterService();

/**
 * Checks each letter with the settings that govern it. A report keeps what the output needs, not
 * the letter's parse, which is then garbage once the letter is checked, instead of being copied by
 * every garbage collection up to the end of a folder's run.
 */
export function lintLetters(files: string[], settings: SettingsCache, options: CliOptions): FileReport[] {
  return files.map((file) => {
    const setup = settings.forLetter(file);
    const { determination, findings, truncated, era } = letterService.analyze(readLetter(file), setup);
    const items = options.items ? itemCoverage(determination, setup.knowledge, era) : undefined;
    return { file, findings, lines: determination.lines, truncated, items };
  });
}

/** 1 when any letter has an error or the warnings exceed `--max-warnings`; else 0. */
export function exitStatus(reports: FileReport[], maxWarnings: number | undefined): { status: 0 | 1; note?: string } {
  const counts = countSeverities(reports);
  if (counts.error > 0) return { status: 1 };
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    return { status: 1, note: `too many warnings (${counts.warning}; --max-warnings allows ${maxWarnings})` };
  }
  return { status: 0 };
}
