import type { CitationFormat, Determination } from '../model/determination';
import type { Era } from './types';

/**
 * The guideline era a letter belongs to. MTUS changed on 2016-07-28 (CPMTG 2016 and the
 * Opioids guideline, for requests from 2016-07-29) and on 2017-12-01 (ACOEM evergreen).
 * The date used is the UR denial date when known (the request being reviewed), then the
 * decision date; failing both, the citation grammar the letter uses.
 */
export interface LetterEra {
  /** ISO date the era was read from, when one was found. */
  date?: string;
  source: 'ur-denial-date' | 'decision-date' | 'case-summary-ur-date' | 'citations' | 'unknown';
  /** `2009`: CPMTG 2009 in force; `2016`: CPMTG 2016 / Opioids 2016; `2017`: ACOEM-based MTUS. */
  edition?: '2009' | '2016' | '2017';
}

const MTUS_2016_START = '2016-07-28';
const MTUS_2017_START = '2017-12-01';

/**
 * A date inside the era whose citation grammar a citation is written in: a citation that gives no
 * year still tells its edition by its grammar. "…, Section(s): …" is the grammar of the 2016 MTUS
 * (from July 28, 2016); "… Page(s): …" that of the 2009 one (up to the day before). A bare name
 * tells nothing.
 */
export function citationGrammarDate(format: CitationFormat): string | undefined {
  if (format === 'sections-2016') return MTUS_2016_START;
  if (format === 'pages-2009') return LAST_DAY_BEFORE_2016;
  return undefined;
}

const LAST_DAY_BEFORE_2016 = '2016-07-27';

export function editionOnDate(iso: string): '2009' | '2016' | '2017' {
  if (iso >= MTUS_2017_START) return '2017';
  if (iso >= MTUS_2016_START) return '2016';
  return '2009';
}

export function letterEra(determination: Determination): LetterEra {
  const header = (key: string) => determination.header.find((field) => field.key === key)?.date?.iso;
  const dated: Array<[LetterEra['source'], string | undefined]> = [
    ['ur-denial-date', header('urDenialDate')],
    ['case-summary-ur-date', determination.caseSummary.urDate?.iso],
    ['decision-date', header('decisionDate')],
  ];
  for (const [source, iso] of dated) {
    if (iso) return { date: iso, source, edition: editionOnDate(iso) };
  }
  return eraFromCitations(determination);
}

function eraFromCitations(determination: Determination): LetterEra {
  let pages = 0;
  let sections = 0;
  for (const item of determination.items) {
    for (const entry of [item.claimsAdministratorGuideline, item.maximusGuideline]) {
      for (const citation of entry?.citations ?? []) {
        if (citation.format === 'pages-2009') pages++;
        if (citation.format === 'sections-2016') sections++;
      }
    }
  }
  if (pages === 0 && sections === 0) return { source: 'unknown' };
  return { source: 'citations', edition: sections > pages ? '2016' : '2009' };
}

/** True when an ISO date falls inside an era (both ends inclusive, open ends unbounded). */
export function inForceOn(era: Era, iso: string): boolean {
  return (era.from === undefined || iso >= era.from) && (era.to === undefined || iso <= era.to);
}
