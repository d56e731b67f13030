/** The letters the export round trips are run on, and the draft as its published letter reads it. */
import * as path from 'path';
import { fixtureFiles } from '../rules/harness';

const ROOT = path.resolve(__dirname, '../../../..');

/** Every letter the project ships or tests with: the examples, the fixtures and the e2e workspace. */
export function projectLetters(): string[] {
  const folders = ['examples', 'test/fixtures', 'test/e2e/workspace'].map((folder) => path.join(ROOT, folder));
  return folders.flatMap((folder) => fixtureFiles(folder)).sort();
}

/**
 * The published letter carries no inline comments and no front matter, so the draft is compared
 * as it reads without them: what a directive silenced in the draft is reported in the export too,
 * and a patient's name that only the front matter declares is looked for in the draft alone.
 */
export function asPublished(text: string): string {
  const blank = (part: string) => part.replace(/[^\r\n]/g, ' ');
  return text.replace(/<!--.*?-->/g, blank).replace(/^---\r?\n(?:.*\r?\n)*?---(?=\r?\n)/, blank);
}
