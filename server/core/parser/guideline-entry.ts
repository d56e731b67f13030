import type { GuidelineCitation, GuidelineStatement, GuidelineStatementKind, PageRange } from '../model/determination';
import type { Located } from '../model/span';
import type { FoldedText } from './folded-text';
import { lowerCaseKeepingOffsets } from '../knowledge/phrase';

/** Names the parser can recognise citations by: guideline aliases, family names and known section names. */
export interface CitationVocabulary {
  guidelineAliases: string[];
  /** "mtus", "odg", "acoem", "official disability guidelines": a joiner followed by one opens a new citation. */
  familyNames: string[];
  sectionNames: string[];
}

const STATEMENTS: Array<[GuidelineStatementKind, RegExp]> = [
  ['no-evidence', /did not cite any (?:medical )?evidence(?: for (?:its|their|his|her) decision)?\.?/gi],
  [
    'outside-mtus',
    /based (?:their|its|his|her) decision on recommendations? outside (?:of )?the MTUS(?: Guidelines)?\.?|outside (?:of )?the MTUS(?: Guidelines)?\.?/gi,
  ],
  ['not-based-on-mtus', /did not base (?:their|its|his|her) decision on the MTUS\.?/gi],
];

const LEAD = 'decision based on';

/** Reads the statements and "Decision based on …" citations of one guideline entry. */
export function readGuidelineEntry(
  folded: FoldedText,
  vocabulary: CitationVocabulary,
): { citations: GuidelineCitation[]; statements: GuidelineStatement[] } {
  const text = folded.text;
  const statements: GuidelineStatement[] = [];
  for (const [kind, pattern] of STATEMENTS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match) statements.push({ kind, span: folded.spanOf(match.index, match.index + match[0].length) });
  }
  const lower = lowerCaseKeepingOffsets(text);
  const starts: number[] = [];
  for (let at = lower.indexOf(LEAD); at >= 0; at = lower.indexOf(LEAD, at + LEAD.length)) starts.push(at);
  const citations = starts.flatMap((start, i) =>
    joinedParts(lower, start, starts[i + 1] ?? text.length).flatMap((part) =>
      readChunk(folded, lower, part.start, part.from, part.end, vocabulary),
    ),
  );
  return { citations, statements };
}

/** ", and Non-MTUS Citation …" (or "; …"): the join that opens a Non-MTUS citation inside one "Decision based on". */
const NON_MTUS_JOIN = /[,;]\s+(?:and\s+)?(?=non[- ]?mtus citations?\b)/g;

/**
 * The citations one "Decision based on …" joins: a Non-MTUS citation joined to an MTUS one ("MTUS
 * ACOEM Shoulder Disorders Guideline, and Non-MTUS Citation Official Disability Guidelines (ODG)
 * Shoulder, …") is read apart, so neither takes the other's name, topic or sections. `start`: where
 * the citation's span starts; `from`: where its text does (after "Decision based on").
 */
function joinedParts(lower: string, start: number, end: number): Array<{ start: number; from: number; end: number }> {
  const joins = [...lower.slice(start, end).matchAll(NON_MTUS_JOIN)].map((match) => ({
    at: start + match.index,
    next: start + match.index + match[0].length,
  }));
  return [
    { start, from: skipSpaces(lower, start + LEAD.length, end), end: joins[0]?.at ?? end },
    ...joins.map((join, i) => ({ start: join.next, from: join.next, end: joins[i + 1]?.at ?? end })),
  ];
}

function readChunk(
  folded: FoldedText,
  lower: string,
  start: number,
  textStart: number,
  end: number,
  vocabulary: CitationVocabulary,
): GuidelineCitation[] {
  let from = textStart;
  const nonMtus = /^non[- ]?mtus citations?:?\s*/.exec(lower.slice(from, Math.min(end, from + 30)));
  if (nonMtus) {
    const to = trimEnd(folded.text, from, end);
    return [
      nonMtusCitation(
        folded,
        from + nonMtus[0].length,
        to,
        start,
        familyNameEnd(lower, from + nonMtus[0].length, to, vocabulary),
      ),
    ];
  }
  if (lower.startsWith('the ', from)) from += 4;
  if (lower.startsWith('mtus', from)) from = skipSpaces(lower, from + 4, end);
  const stop = trimEnd(folded.text, from, end);
  if (lower.indexOf('section(s)', from) >= 0 && lower.indexOf('section(s)', from) < stop)
    return sectionCitations(folded, lower, start, from, stop, vocabulary);
  return [pageOrBareCitation(folded, lower, start, from, stop)];
}

/**
 * "Non-MTUS Citation Official Disability Guidelines (ODG) Neck Pain, Chiropractic", or "… ODG, Low Back, …"
 * where the family name alone (`familyEnd`) names the guideline.
 */
function nonMtusCitation(
  folded: FoldedText,
  from: number,
  to: number,
  citationStart: number,
  familyEnd: number | undefined,
): GuidelineCitation {
  const text = folded.text;
  const odg = text.indexOf('(ODG)', from);
  const nameEnd = odg >= 0 && odg < to ? odg + 5 : (familyEnd ?? nameEndAtGuidelines(text, from, to));
  const topicStart = skipPunctuation(text, nameEnd, to);
  return {
    span: folded.spanOf(citationStart, to),
    mtus: false,
    name: located(folded, from, nameEnd),
    topic: topicStart < to ? located(folded, topicStart, to) : undefined,
    sections: [],
    format: 'bare',
    year: yearIn(folded, from, nameEnd),
  };
}

/** "Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment, and MTUS Low Back Complaints 2004, Section(s): …" */
function sectionCitations(
  folded: FoldedText,
  lower: string,
  citationStart: number,
  from: number,
  to: number,
  vocabulary: CitationVocabulary,
): GuidelineCitation[] {
  const markers: number[] = [];
  for (let at = lower.indexOf('section(s)', from); at >= 0 && at < to; at = lower.indexOf('section(s)', at + 10))
    markers.push(at);
  const names = markers.map((marker, i) =>
    nameBeforeYear(lower, i === 0 ? from : markers[i - 1] + 10, marker, vocabulary, i === 0),
  );
  return markers.map((marker, i) => {
    const name = names[i];
    const listStart = skipPunctuation(folded.text, marker + 10, to);
    const listEnd = i + 1 < markers.length ? names[i + 1].joinStart : to;
    return {
      span: folded.spanOf(i === 0 ? citationStart : name.joinStart, listEnd),
      mtus: true,
      name: located(folded, name.start, name.end),
      year:
        name.year !== undefined ? { value: name.year, span: folded.spanOf(name.yearAt, name.yearAt + 4) } : undefined,
      sections: splitSections(folded, lower, listStart, trimJoin(lower, listStart, listEnd), vocabulary.sectionNames),
      format: 'sections-2016' as const,
    };
  });
}

interface NameBeforeYear {
  start: number;
  end: number;
  year?: number;
  yearAt: number;
  /** Where the ", and MTUS …" that introduces this citation begins. */
  joinStart: number;
}

/**
 * The guideline name that stands before "Section(s):", found by a known alias, else by the joiner that opens it
 * (see nameStart). Its year may follow the name (", 2016,", "2016 Guidelines", "(2016)") or precede it
 * ("MTUS 2016 Chronic Pain …"). `opening`: the text starts at the citation's own start, not after an earlier
 * citation's section list.
 */
function nameBeforeYear(
  lower: string,
  from: number,
  marker: number,
  vocabulary: CitationVocabulary,
  opening: boolean,
): NameBeforeYear {
  let end = marker;
  while (end > from && /[\s,]/.test(lower[end - 1])) end--;
  const trailing = TRAILING_YEAR.exec(lower.slice(from, end));
  const trailingAt = trailing ? from + trailing.index + trailing[0].indexOf(trailing[1]) : end;
  let nameEnd = trailingAt;
  while (nameEnd > from && /[\s,(]/.test(lower[nameEnd - 1])) nameEnd--;
  const head = lower.slice(from, nameEnd);
  const alias = vocabulary.guidelineAliases.filter((a) => head.endsWith(a)).sort((a, b) => b.length - a.length)[0];
  const start = alias ? nameEnd - alias.length : nameStart(lower, from, nameEnd, vocabulary, opening);
  let joinStart = start;
  const lead = /(?:,?\s*and\s+)?(?:mtus\s+)?(?:(?:19|20)\d\d\s+)?(?:mtus\s+)?$/.exec(lower.slice(from, start));
  if (lead) joinStart = start - lead[0].length;
  joinStart = Math.max(from, joinStart);
  const yearAt = trailing ? trailingAt : yearsIn(lower, joinStart, nameEnd).pop();
  return {
    start,
    end: nameEnd,
    year: yearAt === undefined ? undefined : Number(lower.slice(yearAt, yearAt + 4)),
    yearAt: yearAt ?? nameEnd,
    joinStart,
  };
}

/**
 * Where a name that ends in no known alias starts: after the last ", and " or ", " joiner that opens a citation of its own,
 * else at the start for the opening citation, since a title may hold a serial comma ("ACOEM Hand, Wrist, and
 * Forearm Disorders Guideline"); after an earlier citation's section list, after the last joiner.
 */
function nameStart(lower: string, from: number, end: number, vocabulary: CitationVocabulary, opening: boolean): number {
  const joiners = [...lower.slice(from, end).matchAll(/, (?:and )?/g)].map((m) => from + m.index + m[0].length);
  const opener = joiners.filter((at) => opensCitation(lower, at, end, vocabulary)).pop();
  return opener ?? (opening ? from : (joiners.pop() ?? from));
}

/** Whether a family or known guideline name ("MTUS …", "ODG …", "Low Back Complaints …") begins at `at`. */
function opensCitation(lower: string, at: number, end: number, vocabulary: CitationVocabulary): boolean {
  const from = at + (/^(?:the |(?:19|20)\d\d )/.exec(lower.slice(at, end))?.[0].length ?? 0);
  return [...vocabulary.familyNames, ...vocabulary.guidelineAliases].some(
    (name) =>
      lower.startsWith(name, from) && from + name.length <= end && !/[a-z]/.test(lower[from + name.length] ?? ''),
  );
}

/** The end of a family name ("ODG") standing alone before a comma, its topic after: "ODG, Low Back, …". */
function familyNameEnd(lower: string, from: number, to: number, vocabulary: CitationVocabulary): number | undefined {
  const name = vocabulary.familyNames.find((family) => lower.startsWith(`${family},`, from));
  return name && from + name.length < to ? from + name.length : undefined;
}

/** A year closing a guideline name: "… Treatment 2016", "… Treatment 2016 Guidelines", "… Guidelines (2016)". */
const TRAILING_YEAR = /(?:^|[\s,(])((?:19|20)\d\d)\)?(?:\s+guidelines?)?$/;

/** "Chronic Pain Treatment Guidelines Manual therapy & manipulation Page(s): 58-59." or a bare name. */
function pageOrBareCitation(
  folded: FoldedText,
  lower: string,
  citationStart: number,
  from: number,
  to: number,
): GuidelineCitation {
  const text = folded.text;
  const pagesAt = lower.indexOf('page(s)', from);
  const hasPages = pagesAt >= 0 && pagesAt < to;
  const nameLimit = hasPages ? pagesAt : to;
  const nameEnd = nameEndAtGuidelines(text, from, nameLimit);
  const topicStart = skipPunctuation(text, nameEnd, nameLimit);
  let topicEnd = nameLimit;
  while (topicEnd > topicStart && /[\s,]/.test(text[topicEnd - 1])) topicEnd--;
  return {
    span: folded.spanOf(citationStart, to),
    mtus: true,
    name: located(folded, from, nameEnd),
    topic: topicEnd > topicStart ? located(folded, topicStart, topicEnd) : undefined,
    sections: [],
    pages: hasPages ? readPages(folded, skipPunctuation(text, pagesAt + 7, to), to) : undefined,
    format: hasPages ? 'pages-2009' : 'bare',
    // The year may close the name ("Guidelines (2009)") as well as stand inside it.
    year: yearIn(folded, from, topicEnd > topicStart ? topicEnd : nameEnd),
  };
}

function readPages(folded: FoldedText, from: number, to: number): PageRange | undefined {
  const match = /^(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?/.exec(folded.text.slice(from, to));
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] ? Number(match[2]) : first;
  return { from: first, to: Math.max(first, last), span: folded.spanOf(from, from + match[0].length) };
}

/** A citation's guideline name ends with the word "Guidelines" (or "Guideline") when it has one. */
function nameEndAtGuidelines(text: string, from: number, to: number): number {
  const match = /\bguidelines?\b/i.exec(text.slice(from, to));
  if (match) return from + match.index + match[0].length;
  let end = to;
  while (end > from && /[\s.,]/.test(text[end - 1])) end--;
  return end;
}

/** Known section names first (they hold commas: "NSAIDs, GI symptoms & cardiovascular risk"), else comma-separated. */
function splitSections(folded: FoldedText, lower: string, from: number, to: number, known: string[]): Located[] {
  const text = folded.text;
  const sections: Located[] = [];
  let at = from;
  while (at < to) {
    at = skipPunctuation(text, at, to);
    if (lower.startsWith('and ', at)) at += 4;
    if (at >= to) break;
    const name = known
      .filter((k) => lower.startsWith(k, at) && at + k.length <= to)
      .sort((a, b) => b.length - a.length)[0];
    let end = name ? at + name.length : text.indexOf(', ', at);
    if (end < 0 || end > to) end = to;
    let valueEnd = end;
    while (valueEnd > at && /[\s.,]/.test(text[valueEnd - 1])) valueEnd--;
    if (valueEnd > at) sections.push(located(folded, at, valueEnd));
    at = end;
  }
  return sections;
}

function located(folded: FoldedText, from: number, to: number): Located {
  return { value: folded.text.slice(from, to).trim(), span: folded.spanOf(from, to) };
}

function yearIn(folded: FoldedText, from: number, to: number): Located<number> | undefined {
  const at = yearsIn(folded.text, from, to)[0];
  return at === undefined
    ? undefined
    : { value: Number(folded.text.slice(at, at + 4)), span: folded.spanOf(at, at + 4) };
}

/** Where each year of text[from, to) starts; not a part of a number such as "9792.2016" or "2016.1". */
function yearsIn(text: string, from: number, to: number): number[] {
  return [...text.slice(from, to).matchAll(/(?<![\d.])(?:19|20)\d\d(?!\d|\.\d)/g)].map((match) => from + match.index);
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text[at] === ' ') at++;
  return at;
}

function skipPunctuation(text: string, at: number, end: number): number {
  while (at < end && /[\s,:;.]/.test(text[at])) at++;
  return at;
}

/** The end of a citation's text, before its closing period and spaces. */
function trimEnd(text: string, from: number, end: number): number {
  while (end > from && /[\s.]/.test(text[end - 1])) end--;
  return end;
}

/** The end of a section list, before a trailing ", and" that joins the next citation. */
function trimJoin(lower: string, from: number, end: number): number {
  let stop = end;
  while (stop > from && /[\s,.]/.test(lower[stop - 1])) stop--;
  if (lower.slice(Math.max(from, stop - 4), stop) === ' and') stop -= 4;
  while (stop > from && /[\s,]/.test(lower[stop - 1])) stop--;
  return stop;
}
