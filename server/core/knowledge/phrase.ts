/**
 * Finds lower-case phrases in text on word boundaries, by a linear scan (no regular expressions
 * built from data, so a pack's phrase can never make matching slow or throw).
 */

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Index of the first occurrence of `phrase` in `text`, at or after `from`, that stands on word boundaries, or -1. */
export function findPhrase(text: string, phrase: string, from = 0): number {
  if (phrase.length === 0) return -1;
  for (let at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at === 0 ? -1 : text.charCodeAt(at - 1);
    const after = at + phrase.length >= text.length ? -1 : text.charCodeAt(at + phrase.length);
    const startsOnWord = isWordChar(phrase.charCodeAt(0));
    const endsOnWord = isWordChar(phrase.charCodeAt(phrase.length - 1));
    if ((!startsOnWord || !isWordChar(before)) && (!endsOnWord || !isWordChar(after))) return at;
  }
  return -1;
}

/** Lower-cases and folds runs of white space, as citation and title text is compared. */
export function normalizeText(text: string): string {
  return text.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

/** The longest of `phrases` found in (normalized) `text`, with its length; 0 when none is. */
export function longestPhraseIn(text: string, phrases: readonly string[]): number {
  let longest = 0;
  for (const phrase of phrases) {
    if (phrase.length > longest && findPhrase(text, phrase) >= 0) longest = phrase.length;
  }
  return longest;
}

/** Lower-cases without changing the length (a few characters, like 'İ', grow when lower-cased). */
export function lowerCaseKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (ch) => {
    const low = ch.toLowerCase();
    return low.length === ch.length ? low : ch;
  }).join('');
}
