import { credentialsLexicon, type CredentialsLexicon } from '../knowledge/credentials-lexicon';
import { STATE_NAMES } from './us-states';

/** The prose credentials patterns, built once from the credentials lexicon's words. */
export interface CredentialPatterns {
  /**
   * "licensed to practice (medicine) in" or "licensed <profession> in" + the states, or a state
   * written before the license ("a California-licensed physician", "holds a California license")
   * or as an adjective after it ("a licensed California surgeon"):
   * the first group that matched.
   */
  proseState: RegExp;
  /**
   * "board certified in", "holds a license in" … + the specialty, "a board-certified" + a noun
   * phrase, a specialty board's name ("the American Board of Family Medicine"), or "a (licensed)"
   * + a profession ("a Doctor of Chiropractic").
   */
  proseSpecialty: RegExp;
  /**
   * A specialty as a noun phrase ending in a specialist noun, after "a"/"an": "an orthopaedic
   * surgeon, board certified", "a physiatrist", "a family physician"; `specialistIn` sets aside
   * the words that name no specialty.
   */
  specialistNoun: RegExp;
  /** A word before a specialist noun that names no specialty ("licensed", "board-certified", a state). */
  genericModifier: RegExp;
  /** A noun phrase that, its generic words set aside, names no specialty ("physician"). */
  notASpecialty: RegExp;
  /** Words that begin no value. */
  notAValue: RegExp;
}

let cached: CredentialPatterns | undefined;

export function credentialPatterns(): CredentialPatterns {
  cached ??= buildPatterns(credentialsLexicon());
  return cached;
}

/**
 * A value runs to the clause's end: a period, semicolon or colon, a clause-ending word, or an
 * "and" that begins the next credential ("… Rehabilitation and holds a license …"), so
 * "Physical Medicine and Rehabilitation" stays whole; a comma ends a specialty but not a list
 * of states (`statesIn` keeps the state names a value begins with).
 */
export function buildPatterns(words: CredentialsLexicon): CredentialPatterns {
  const article = `(?:${anyOf(words.articles)}\\s+)?`;
  // Qualifiers may stack: "an active, unrestricted license", "a current and valid license".
  const qualifier = `(?:${anyOf(words.licenseQualifiers)}(?:\\s*,\\s*|\\s+(?:and\\s+)?))*`;
  const license = `(?:${anyOf(words.licenseHolders)}\\s+${article}${qualifier}${anyOf(words.licenseNouns)}|${anyOf(words.licensedWords)})`;
  const nextCredential = `\\s+and\\s+(?:${anyOf(words.nextCredentialVerbs)}\\s|${article}${qualifier}${anyOf(words.nextCredentialStarts)})`;
  const clauseEnd = `${nextCredential}|\\s+${anyOf(words.clauseEnds)}\\b|[.;:]|$`;
  const statePrefix = `(?:${anyOf(words.statePrefixes)}\\s+)?`;
  const stateValue = `${statePrefix}([A-Za-z][A-Za-z, ]{0,80})`;
  // A parenthesis ends a specialty too: "a board-certified orthopaedic surgeon (American Board of …)".
  const specialtyValue = `${statePrefix}([A-Za-z][A-Za-z&/' -]{1,80}?)(?=,|\\s*[()]|${clauseEnd})`;
  const practice = anyOf(words.practiceWords);
  const licensed = anyOf(words.licensedWords);
  const profession = anyOf(words.professions);
  const stateName = anyOf(STATE_NAMES);
  const state = `(${stateName})`;
  // "California, Nevada and Arizona": the states a list names, and no word after them.
  const stateList = `(${stateName}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${stateName})*)`;
  const stateLicensed = `(?:${stateName}(?:-|\\s+)${licensed},?\\s+(?:and\\s+)?)?`;
  const notModifier = anyOf([...words.notValueStarts, ...words.clauseEnds, ...words.licenseNouns]);
  const licensingBody = `(?:${anyOf(words.licensingBodyWords)}\\s+){0,6}?`;
  const licenseNoun = `${qualifier}(?:${anyOf(words.licenseKinds)}\\s+)?${anyOf(words.licenseNouns)}`;
  // Words before a specialist noun that name no specialty, a state among them, a comma between them:
  // "a California licensed orthopedic surgeon", "a practicing, board-certified pain management specialist".
  const genericRun = `(?:(?:${anyOf(words.genericModifiers)}|${stateName})(?:,?\\s+|-))`;
  return {
    proseState: new RegExp(
      `\\b(?:${license}\\s+${practice}\\s+(?:[a-z]+\\s+)?|${licensed}\\s+(?:${profession}|${anyOf(words.licenseeNouns)})\\s+)in\\s+${stateValue}|` +
        // The state as an adjective, before or after "licensed": "a California licensed", "a licensed California surgeon".
        `\\b${state}(?:-|\\s+)${licensed}\\b|` +
        `\\b${anyOf(words.articles)}\\s+${licensed}\\s+${state}(?=\\s+[A-Za-z])|` +
        `\\b${anyOf(words.licenseHolders)}\\s+${article}${qualifier}${state}\\s+${licenseNoun}\\b|` +
        // "licensed in California and Nevada", whatever follows the states.
        `\\b${license}\\s+in\\s+${statePrefix}${stateList}\\b|` +
        // The state in a licensing body's name: "licensed by the Medical Board of California".
        `\\b${license}\\s+${anyOf(words.licenseSources)}\\s+${licensingBody}${state}\\b|` +
        // A state named later in the license's clause: "holds a license as a Doctor of Chiropractic in the
        // State of California", "the state of licensure is California".
        `\\b(?:${anyOf(words.licenseNouns)}|${licensed})\\b[^.;:]{0,60}?\\b(?:in|is)\\s+${statePrefix}${stateList}\\b`,
      'gi',
    ),
    proseSpecialty: new RegExp(
      `\\b(?:${anyOf(words.specialtyMarkers)}|${license})\\s+in\\s+${specialtyValue}|` +
        `\\b${anyOf(words.articles)}\\s+${stateLicensed}${anyOf(words.boardCertifiedNouns)}\\s+${specialtyValue}|` +
        // A signature block's "Board Certified, Orthopaedic Surgery" (or "– Orthopaedic Surgery").
        `\\b${anyOf(words.boardCertifiedNouns)}\\s*[,\u2013-]\\s*${specialtyValue}|` +
        `\\b${anyOf(words.boardNames)}\\s+${specialtyValue}|` +
        `\\b${anyOf(words.specialtyNouns)}\\s+(?:is|are)\\s+(?:in\\s+)?${specialtyValue}|` +
        // A profession's name, with or without an article: "a Doctor of Chiropractic", a block's "Doctor of Chiropractic".
        `\\b(?:${anyOf(words.articles)}\\s+)?(?:${licensed}\\s+)?(${profession})\\b|` +
        // Post-nominal letters: "M.D., QME", "Orthopaedic Surgeon, FAAOS".
        `(?<=,\\s*)(${anyOf(words.credentialSuffixes)})(?![A-Za-z])`,
      'gi',
    ),
    // After its generic words, its words are no article, clause end or other word that begins no value:
    // "a license as a physician" is no noun phrase.
    specialistNoun: new RegExp(
      `\\b${anyOf(words.articles)}\\s+(${genericRun}*(?:(?!${notModifier}\\b)[A-Za-z&-]+\\s+){0,4}?${anyOf(words.specialistNouns)})(?![A-Za-z])`,
      'gi',
    ),
    genericModifier: new RegExp(`^${genericRun}`, 'i'),
    notASpecialty: new RegExp(`^${anyOf(words.notSpecialties)}$`, 'i'),
    notAValue: new RegExp(`^${anyOf(words.notValueStarts)}\\b`, 'i'),
  };
}

/** Words as one alternative of a pattern: longest first, any white space between a phrase's words. */
function anyOf(list: readonly string[]): string {
  const phrases = [...list].sort((a, b) => b.length - a.length);
  return `(?:${phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}
