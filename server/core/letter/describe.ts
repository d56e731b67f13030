import type { DisputedItem } from '../model/determination';

const TITLE_LENGTH = 70;

/** The item's title as messages quote it, shortened so a message stays one line. */
export function quotedTitle(item: DisputedItem): string {
  const title = item.title.value.trim();
  const shown = title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : title;
  return `"${shown}"`;
}

/** "3-6" or "6" for a range. */
export function rangeText(range: { min: number; max: number }): string {
  return range.min === range.max ? `${range.max}` : `${range.min}-${range.max}`;
}
