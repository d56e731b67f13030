import type { GuidelineSource, NumberRange } from './types';

/**
 * The page ranges of a source, read from its written pages ("58-60" → 58..60, "30-34, 49" →
 * 30..34 and 49..49). The pack schema admits only that grammar, so nothing is lost.
 */
export function pageRangesOf(source: GuidelineSource): NumberRange[] {
  return (source.pages ?? '').split(',').flatMap((part) => {
    const written = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    return written ? [{ min: Number(written[1]), max: Number(written[2] ?? written[1]) }] : [];
  });
}
