/**
 * Guideline text ready to insert: citation lines in the letter's era grammar and the standard
 * passages as snippets. Shared by completion, the passage picker and the letter template.
 */
import { guidelineById } from '../rules/support/knowledge';
import { letterEra, type LetterEra } from '../knowledge/era';
import type { Guideline, KnowledgeBase, TreatmentLimit } from '../knowledge/types';
import type { Determination } from '../model/determination';
import type { GuidelinePassage } from '../../lsp/protocol';
import { limitNumbers, sourceText } from './guidance';

/** A "Decision based on …" line naming the guideline and the limit's section as letters cite them. */
export function citationText(guideline: Guideline, limit: TreatmentLimit, edition: LetterEra['edition']): string {
  const { section, pages } = limit.source;
  const name = citationName(guideline);
  if (!guideline.mtus) return `Decision based on Non-MTUS Citation ${name} ${section}.`;
  if (citationFormatFor(guideline, edition) === 'sections-2016') {
    const year = guideline.year ? ` ${guideline.year}` : '';
    return `Decision based on MTUS ${name}${year}, Section(s): ${section}.`;
  }
  // A section that already names the guideline ("9792.24.1 Acupuncture Medical Treatment Guidelines") stands alone.
  const cited = section.toLowerCase().includes(name.toLowerCase()) ? section : `${name} ${section}`;
  return pages ? `Decision based on MTUS ${cited} Page(s): ${pages}.` : `Decision based on MTUS ${cited}.`;
}

/**
 * The guideline's name as letters cite it after "MTUS": without that word and without the
 * edition in brackets and what follows it ("(2009)", "(2004), Chapter 12"); the year, where the
 * grammar wants one, is written after the name.
 */
function citationName(guideline: Guideline): string {
  const edition = guideline.name.indexOf(' (');
  const name = edition > 0 ? guideline.name.slice(0, edition) : guideline.name;
  return name.startsWith('MTUS ') ? name.slice('MTUS '.length) : name;
}

/** The guideline's own grammar, else the one of the letter's era (2009 pages when unknown). */
function citationFormatFor(guideline: Guideline, edition: LetterEra['edition']): 'pages-2009' | 'sections-2016' {
  if (guideline.citationFormat) return guideline.citationFormat;
  return edition === '2016' || edition === '2017' ? 'sections-2016' : 'pages-2009';
}

/** Statutes and regulations are argued in the rationale, never cited as a guideline entry. */
const STATUTE_FAMILIES = new Set(['Labor Code', 'CCR']);

/** One citation per guideline among the limits, in the order the limits come. */
export function citationsFor(knowledge: KnowledgeBase, limits: readonly TreatmentLimit[], determination: Determination): Array<{ guideline: Guideline; limit: TreatmentLimit; text: string }> {
  const seen = new Set<string>();
  const edition = letterEra(determination).edition;
  const citations = [];
  for (const limit of limits) {
    const guideline = guidelineById(knowledge, limit.guideline);
    if (!guideline || STATUTE_FAMILIES.has(guideline.family)) continue;
    const text = citationText(guideline, limit, edition);
    if (seen.has(text)) continue;
    seen.add(text);
    citations.push({ guideline, limit, text });
  }
  return citations;
}

/**
 * A passage as a snippet: each count or range of counts becomes a tab stop whose default is the
 * guideline's number, so the reviewer can step through the numbers and adjust them to the case.
 * Section numbers (8 CCR 9792.20) and decimals are left alone.
 */
export function passageSnippet(passage: string, firstStop = 1): string {
  let stop = firstStop - 1;
  let result = '';
  let last = 0;
  for (const match of passage.matchAll(/(?<![\d.])\d{1,3}(?:[-–]\d{1,3})?(?![\d.]\d|\d| CCR)/g)) {
    const index = match.index ?? 0;
    result += escapeSnippet(passage.slice(last, index)) + `\${${++stop}:${match[0]}}`;
    last = index + match[0].length;
  }
  return result + escapeSnippet(passage.slice(last));
}

/** Snippet syntax gives `$`, `}` and `\` a meaning; escape them in plain text. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (character) => `\\${character}`);
}

/** Every standard passage, those of the `matching` limits (the item's) first: the "Insert Guideline Passage…" picker. */
export function guidelinePassages(knowledge: KnowledgeBase, matching: readonly TreatmentLimit[] = []): GuidelinePassage[] {
  const forItem = new Set(matching);
  const passages = knowledge.limits.map((limit) => {
    const guideline = guidelineById(knowledge, limit.guideline);
    const treatment = knowledge.treatments.find((term) => term.id === limit.treatment)?.name ?? limit.treatment;
    return {
      id: limit.id,
      label: `${treatment}: ${limitNumbers(limit)}`,
      detail: `${guideline?.name ?? limit.guideline}, ${sourceText(limit.source)}${limit.condition ? ` (${limit.condition})` : ''}`,
      confidence: limit.confidence,
      matchesItem: forItem.has(limit),
      snippet: passageSnippet(limit.passage),
    };
  });
  return [...passages.filter((passage) => passage.matchesItem), ...passages.filter((passage) => !passage.matchesItem)];
}
