/**
 * Words compared by their form, not their spelling: a text as the stems of its words, one space
 * apart, so a phrase is found however a letter hyphenates or inflects it ("non-weight-bearing" is
 * "non weight bearing", "has already fallen" has "fall", "short courses" has "short course").
 * The inflection rule is small on purpose: regular English suffixes only (-s, -es, -ed, -ing, -en
 * after a doubled consonant), a final -e or -y, and a doubled final consonant; irregular forms
 * ("fell") stay apart. Both sides are reduced alike, so a stem need not be a word.
 */
export function wordForms(text: string): string {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  return tokens.map(stemOf).join(' ');
}

/** Runs of letters or digits, and the percent sign as a word of its own ("50%" is not "50"). */
const TOKEN = /[a-z0-9]+|%/g;

/** A stem keeps at least this many letters, so short words ("need", "bring") are kept whole. */
const MIN_STEM = 3;

/**
 * The stem of one lower-case word, kept: a letter's criteria evidence reduces the same rationale
 * and summary words for every criterion. Bounded, as the words come from letters.
 */
function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = stemOfWord(word);
    if (STEMS.size >= MAX_STEMS_KEPT) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

const STEMS = new Map<string, string>();
const MAX_STEMS_KEPT = 50_000;

/** The stem of one lower-case word; a word with a digit is kept as written. */
function stemOfWord(word: string): string {
  if (/[0-9]/.test(word)) return word;
  let stem = withoutSuffix(word);
  if (stem.length > MIN_STEM && stem.endsWith('e')) stem = stem.slice(0, -1);
  else if (stem.length > MIN_STEM && stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  return doubledEnd(stem) ? stem.slice(0, -1) : stem;
}

function withoutSuffix(word: string): string {
  const keeps = (suffix: string) => word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM;
  if (keeps('ing')) return word.slice(0, -3);
  if (keeps('ed')) return word.slice(0, -2);
  if (keeps('en') && doubledEnd(word.slice(0, -2))) return word.slice(0, -2);
  // Not the -s of "diagnosis", "status" or "loss".
  if (keeps('s') && !/[siu]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Ends in a doubled consonant ("fall", "stopp"). */
function doubledEnd(stem: string): boolean {
  const last = stem.charAt(stem.length - 1);
  return stem.length > MIN_STEM && last === stem.charAt(stem.length - 2) && !'aeiou'.includes(last);
}
