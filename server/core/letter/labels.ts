import type { Determination } from '../model/determination';
import { ITEM_LABEL_WORDS } from './grammar';

/**
 * A labelled line as this letter writes its labels: markdown letters may bold them
 * (`**MAXIMUS guideline:**`), published letters never do.
 */
export function labelledLine(determination: Determination, label: string, value: string): string {
  const bold = determination.shape === 'markdown' && usesBoldLabels(determination);
  return bold ? `**${label}** ${value}` : `${label} ${value}`;
}

const boldLabels = new WeakMap<Determination, boolean>();

/** Found once per letter, since every inserted entry of every item asks. */
function usesBoldLabels(determination: Determination): boolean {
  let bold = boldLabels.get(determination);
  if (bold === undefined) {
    bold = scanForBoldLabels(determination);
    boldLabels.set(determination, bold);
  }
  return bold;
}

/** Read from the text, not the items, so a check of some of the items sees the same style as a check of all. */
function scanForBoldLabels(determination: Determination): boolean {
  return BOLD_LABEL.test(determination.text);
}

const BOLD_LABEL = new RegExp(`\\*\\*${ITEM_LABEL_WORDS}`, 'i');

/** Credentials are list items in markdown letters and plain lines in published ones. */
export function credentialLine(determination: Determination, label: string, value: string): string {
  const line = `${label} ${value}`;
  return determination.shape === 'markdown' ? `- ${line}` : line;
}

/** The offset just past a label's colon (and a closing `**`), for writing a value after it. */
export function afterLabelColon(text: string, labelEnd: number): number {
  let at = labelEnd;
  while (at < text.length && (text[at] === ' ' || text[at] === '*' || text[at] === '_')) at++;
  if (text[at] !== ':') return labelEnd;
  at++;
  while (at < text.length && (text[at] === '*' || text[at] === '_')) at++;
  return at;
}
