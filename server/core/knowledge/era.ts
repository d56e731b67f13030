import type { CitationFormat, Determination } from '../model/determination';
import type { DateWindow, Edition, KnowledgeBase } from './types';

/**
 * The guideline era a letter belongs to. Each era opens on the day the guideline the packs mark
 * `opensEra` came into force (in the built-in packs, CPMTG 2016 on 2016-07-28 and ACOEM evergreen
 * on 2017-12-01). The date used is the UR denial date when known (the request being reviewed),
 * then the decision date; failing both, the citation grammar the letter uses.
 */
export interface LetterEra {
  /** ISO date the era was read from, when one was found. */
  date?: string;
  source: 'ur-denial-date' | 'decision-date' | 'case-summary-ur-date' | 'citations' | 'unknown';
  /** `2009`: CPMTG 2009 in force; `2016`: CPMTG 2016 / Opioids 2016; `2017`: ACOEM-based MTUS. */
  edition?: Edition;
}

/** The era a date falls in: the latest era opened on or before it; before the first, the first. */
export function editionOnDate(knowledge: Pick<KnowledgeBase, 'guidelines'>, iso: string): Edition {
  const starts = eraStarts(knowledge);
  let edition: Edition = starts[0]?.edition ?? '2009';
  for (const start of starts) if (start.from <= iso) edition = start.edition;
  return edition;
}

/**
 * The editions whose letters write each citation grammar: "… Page(s): …" is the 2009 MTUS's alone,
 * "…, Section(s): …" came with the 2016 one and is still written under the ACOEM-based MTUS.
 */
const GRAMMAR_EDITIONS: Partial<Record<CitationFormat, readonly Edition[]>> = {
  'sections-2016': ['2016', '2017'],
  'pages-2009': ['2009'],
};

/**
 * A date inside an era whose citation grammar a citation is written in: the letter's own date when
 * its era writes that grammar, else the day the grammar's first era opened (a 2009-grammar
 * citation in a 2017 letter means the 2009 edition). A bare name tells nothing.
 */
export function citationGrammarDate(
  knowledge: Pick<KnowledgeBase, 'guidelines'>,
  format: CitationFormat,
  letterDate?: string,
): string | undefined {
  const editions = GRAMMAR_EDITIONS[format];
  if (!editions) return undefined;
  if (letterDate && editions.includes(editionOnDate(knowledge, letterDate))) return letterDate;
  return eraStarts(knowledge).find((start) => start.edition === editions[0])?.from;
}

/** The era letters are written in today: the last one the guidelines open. */
export function currentEdition(knowledge: Pick<KnowledgeBase, 'guidelines'>): Edition | undefined {
  return eraStarts(knowledge).at(-1)?.edition;
}

const eraStartsByGuidelines = new WeakMap<readonly unknown[], Array<{ edition: Edition; from: string }>>();

/** Where each era opens, in date order: read once per knowledge base. */
function eraStarts(knowledge: Pick<KnowledgeBase, 'guidelines'>): Array<{ edition: Edition; from: string }> {
  let starts = eraStartsByGuidelines.get(knowledge.guidelines);
  if (!starts) {
    starts = knowledge.guidelines
      .flatMap(({ opensEra, inForce }) => (opensEra && inForce.from ? [{ edition: opensEra, from: inForce.from }] : []))
      // ISO dates sort by their characters; localeCompare would load the collator at start-up for nothing.
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    eraStartsByGuidelines.set(knowledge.guidelines, starts);
  }
  return starts;
}

export function letterEra(determination: Determination, knowledge: Pick<KnowledgeBase, 'guidelines'>): LetterEra {
  const header = (key: string) => determination.header.find((field) => field.key === key)?.date?.iso;
  const dated: Array<[LetterEra['source'], string | undefined]> = [
    ['ur-denial-date', header('urDenialDate')],
    ['case-summary-ur-date', determination.caseSummary.urDate?.iso],
    ['decision-date', header('decisionDate')],
  ];
  for (const [source, iso] of dated) {
    if (iso) return { date: iso, source, edition: editionOnDate(knowledge, iso) };
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
export function inForceOn(era: DateWindow, iso: string): boolean {
  return (era.from === undefined || iso >= era.from) && (era.to === undefined || iso <= era.to);
}
