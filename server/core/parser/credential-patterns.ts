import { credentialsLexicon, type CredentialsLexicon } from '../knowledge/credentials-lexicon';
import { STATE_NAMES } from './us-states';

/** The prose credentials patterns, built once from the credentials lexicon's words. */
export interface CredentialPatterns {
  /**
   * "licensed to practice (medicine) in" or "licensed <profession> in" + the states, or a state
   * written before the license ("a California-licensed physician", "holds a California license"):
   * the first group that matched.
   */
  proseState: RegExp;
  /**
   * "board certified in", "holds a license in" … + the specialty, "a board-certified" + a noun
   * phrase, a specialty board's name ("the American Board of Family Medicine"), or "a (licensed)"
   * + a profession ("a Doctor of Chiropractic").
   */
  proseSpecialty: RegExp;
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
  const nextCredential = `\\s+and\\s+(?:${anyOf(words.nextCredentialVerbs)}\\s+)?${article}${qualifier}${anyOf(words.nextCredentialStarts)}`;
  const clauseEnd = `${nextCredential}|\\s+${anyOf(words.clauseEnds)}\\b|[.;:]|$`;
  const statePrefix = `(?:${anyOf(words.statePrefixes)}\\s+)?`;
  const stateValue = `${statePrefix}([A-Za-z][A-Za-z, ]{0,80})`;
  // A parenthesis ends a specialty too: "a board-certified orthopaedic surgeon (American Board of …)".
  const specialtyValue = `${statePrefix}([A-Za-z][A-Za-z&/' -]{1,80}?)(?=,|\\s*[()]|${clauseEnd})`;
  const practice = anyOf(words.practiceWords);
  const licensed = anyOf(words.licensedWords);
  const profession = anyOf(words.professions);
  const state = `(${anyOf(STATE_NAMES)})`;
  const licenseNoun = `${qualifier}(?:${anyOf(words.licenseKinds)}\\s+)?${anyOf(words.licenseNouns)}`;
  return {
    proseState: new RegExp(
      `\\b(?:${license}\\s+${practice}\\s+(?:[a-z]+\\s+)?|${licensed}\\s+${profession}\\s+)in\\s+${stateValue}|` +
        `\\b${state}(?:-|\\s+)${licensed}\\b|` +
        `\\b${anyOf(words.licenseHolders)}\\s+${article}${qualifier}${state}\\s+${licenseNoun}\\b`,
      'gi',
    ),
    proseSpecialty: new RegExp(
      `\\b(?:${anyOf(words.specialtyMarkers)}|${license})\\s+in\\s+${specialtyValue}|` +
        `\\b${anyOf(words.articles)}\\s+${anyOf(words.boardCertifiedNouns)}\\s+${specialtyValue}|` +
        `\\b${anyOf(words.boardNames)}\\s+${specialtyValue}|` +
        `\\b${anyOf(words.articles)}\\s+(?:${licensed}\\s+)?(${profession})\\b`,
      'gi',
    ),
    notAValue: new RegExp(`^${anyOf(words.notValueStarts)}\\b`, 'i'),
  };
}

/** Words as one alternative of a pattern: longest first, any white space between a phrase's words. */
function anyOf(list: readonly string[]): string {
  const phrases = [...list].sort((a, b) => b.length - a.length);
  return `(?:${phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
}
