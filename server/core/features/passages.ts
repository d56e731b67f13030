/**
 * Guideline text ready to insert: citation lines in the letter's era grammar and the standard
 * passages as snippets. Shared by completion, the passage picker and the letter template.
 */
import { guidelineById, guidelineName } from '../knowledge/item/applicable';
import { entryInForce } from '../knowledge';
import { citationText } from '../letter/suggested-citation';
import type { LetterEra } from '../knowledge/era';
import { familyById } from '../knowledge/families';
import type { Guideline, KnowledgeBase, TreatmentLimit } from '../knowledge/types';
import type { GuidelinePassage } from '../../shared/protocol';
import { limitNumbers, sourceText, treatmentName } from './guidance';

/**
 * One citation per guideline among the limits, in the order the limits come. Statutes and
 * regulations are argued in the rationale, never cited as a guideline entry.
 */
export function citationsFor(
  knowledge: KnowledgeBase,
  limits: readonly TreatmentLimit[],
  era: LetterEra,
): Array<{ guideline: Guideline; limit: TreatmentLimit; text: string }> {
  const seen = new Set<string>();
  const citations = [];
  for (const limit of limits) {
    const guideline = guidelineById(knowledge, limit.guideline);
    if (!guideline || familyById(knowledge, guideline.family)?.statute) continue;
    const text = citationText(guideline, limit.source, era.edition);
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

/**
 * Every standard passage in force on the letter's date (all of them for an undated letter), those of
 * the `matching` limits (the item's) first: the "Insert Guideline Passage…" picker.
 */
export function guidelinePassages(
  knowledge: KnowledgeBase,
  matching: readonly TreatmentLimit[] = [],
  era?: LetterEra,
): GuidelinePassage[] {
  const forItem = new Set(matching);
  const inForce = knowledge.limits.filter((limit) => !era || entryInForce(knowledge, limit, era));
  const passages = inForce.map((limit) => {
    return {
      id: limit.id,
      label: `${treatmentName(knowledge, limit.treatment)}: ${limitNumbers(limit)}`,
      detail: `${guidelineName(knowledge, limit.guideline)}, ${sourceText(limit.source)}${limit.condition ? ` (${limit.condition})` : ''}`,
      confidence: limit.confidence,
      matchesItem: forItem.has(limit),
      snippet: passageSnippet(limit.passage),
    };
  });
  return [...passages.filter((passage) => passage.matchesItem), ...passages.filter((passage) => !passage.matchesItem)];
}
