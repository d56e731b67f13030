import { credentialsLexicon, type CredentialsLexicon } from '../knowledge/credentials-lexicon';
import { anyPhrase } from './patterns';
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
  const article = `(?:${anyPhrase(words.articles)}\\s+)?`;
  // Qualifiers may stack: "an active, unrestricted license", "a current and valid license".
  const qualifier = `(?:${anyPhrase(words.licenseQualifiers)}(?:\\s*,\\s*|\\s+(?:and\\s+)?))*`;
  const license = `(?:${anyPhrase(words.licenseHolders)}\\s+${article}${qualifier}${anyPhrase(words.licenseNouns)}|${anyPhrase(words.licensedWords)})`;
  // A profession after "and" is the next credential too: "licensed in California and a Doctor of Chiropractic".
  const nextCredential = `\\s+and\\s+(?:${anyPhrase(words.nextCredentialVerbs)}\\s|${article}${qualifier}(?:${anyPhrase(words.nextCredentialStarts)}|${anyPhrase(words.professions)}\\b))`;
  const clauseEnd = `${nextCredential}|\\s+${anyPhrase(words.clauseEnds)}\\b|[.;:]|$`;
  const statePrefix = `(?:${anyPhrase(words.statePrefixes)}\\s+)?`;
  const stateValue = `${statePrefix}([A-Za-z][A-Za-z, ]{0,80})`;
  // A parenthesis ends a specialty too: "a board-certified orthopaedic surgeon (American Board of …)".
  const specialtyValue = `${statePrefix}([A-Za-z][A-Za-z&/' -]{1,80}?)(?=,|\\s*[()]|${clauseEnd})`;
  const practice = anyPhrase(words.practiceWords);
  const licensed = anyPhrase(words.licensedWords);
  const profession = anyPhrase(words.professions);
  const stateName = anyPhrase(STATE_NAMES);
  // A profession's letters in brackets after its name: "a Licensed Acupuncturist (L.Ac.) in California".
  const postNominal = `(?:\\s*\\([A-Za-z.]{1,10}\\))?`;
  const state = `(${stateName})`;
  // "California, Nevada and Arizona": the states a list names, and no word after them.
  const stateList = `(${stateName}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${stateName})*)`;
  const stateLicensed = `(?:${stateName}(?:-|\\s+)${licensed},?\\s+(?:and\\s+)?)?`;
  const notModifier = anyPhrase([...words.notValueStarts, ...words.clauseEnds, ...words.licenseNouns]);
  const licensingBody = `(?:${anyPhrase(words.licensingBodyWords)}\\s+){0,6}?`;
  const licenseNoun = `${qualifier}(?:${anyPhrase(words.licenseKinds)}\\s+)?${anyPhrase(words.licenseNouns)}`;
  // Words before a specialist noun that name no specialty, a state among them, a comma between them:
  // "a California licensed orthopedic surgeon", "a practicing, board-certified pain management specialist".
  const genericRun = `(?:(?:${anyPhrase(words.genericModifiers)}|${stateName})(?:,?\\s+|-))`;
  return {
    proseState: new RegExp(
      `\\b(?:${license}\\s+${practice}\\s+(?:[a-z]+\\s+)?|${licensed}\\s+(?:${profession}|${anyPhrase(words.licenseeNouns)})${postNominal}\\s+)in\\s+${stateValue}|` +
        // The state as an adjective, before or after "licensed": "a California licensed", "a licensed California surgeon".
        `\\b${state}(?:-|\\s+)${licensed}\\b|` +
        `\\b${anyPhrase(words.articles)}\\s+${licensed}\\s+${state}(?=\\s+[A-Za-z])|` +
        `\\b${anyPhrase(words.licenseHolders)}\\s+${article}${qualifier}${state}\\s+${licenseNoun}\\b|` +
        // "licensed in California and Nevada", whatever follows the states.
        `\\b${license}\\s+in\\s+${statePrefix}${stateList}\\b|` +
        // The state in a licensing body's name: "licensed by the Medical Board of California".
        `\\b${license}\\s+${anyPhrase(words.licenseSources)}\\s+${licensingBody}${state}\\b|` +
        // A state named later in the license's clause: "holds a license as a Doctor of Chiropractic in the
        // State of California", "the state of licensure is California".
        `\\b(?:${anyPhrase(words.licenseNouns)}|${licensed})\\b[^.;:]{0,60}?\\b(?:in|is)\\s+${statePrefix}${stateList}\\b`,
      'gi',
    ),
    proseSpecialty: new RegExp(
      `\\b(?:${anyPhrase(words.specialtyMarkers)}|${license})\\s+in\\s+${specialtyValue}|` +
        `\\b${anyPhrase(words.articles)}\\s+${stateLicensed}${anyPhrase(words.boardCertifiedNouns)}\\s+${specialtyValue}|` +
        // A signature block's "Board Certified, Orthopaedic Surgery" (or "– Orthopaedic Surgery").
        `\\b${anyPhrase(words.boardCertifiedNouns)}\\s*[,\u2013-]\\s*${specialtyValue}|` +
        `\\b${anyPhrase(words.boardNames)}\\s+${specialtyValue}|` +
        `\\b${anyPhrase(words.specialtyNouns)}\\s+(?:is|are)\\s+(?:in\\s+)?${specialtyValue}|` +
        // A profession's name, with or without an article: "a Doctor of Chiropractic", a block's "Doctor of Chiropractic".
        `\\b(?:${anyPhrase(words.articles)}\\s+)?(?:${licensed}\\s+)?(${profession})\\b|` +
        // Post-nominal letters: "M.D., QME", "Orthopaedic Surgeon, FAAOS".
        `(?<=,\\s*)(${anyPhrase(words.credentialSuffixes)})(?![A-Za-z])`,
      'gi',
    ),
    // After its generic words, its words are no article, clause end or other word that begins no value:
    // "a license as a physician" is no noun phrase.
    specialistNoun: new RegExp(
      `\\b${anyPhrase(words.articles)}\\s+(${genericRun}*(?:(?!${notModifier}\\b)[A-Za-z&-]+\\s+){0,4}?${anyPhrase(words.specialistNouns)})(?![A-Za-z])`,
      'gi',
    ),
    genericModifier: new RegExp(`^${genericRun}`, 'i'),
    notASpecialty: new RegExp(`^${anyPhrase(words.notSpecialties)}$`, 'i'),
    notAValue: new RegExp(`^${anyPhrase(words.notValueStarts)}\\b`, 'i'),
  };
}
