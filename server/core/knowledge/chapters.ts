import type { ChapterCoverage, Guideline, KnowledgeBase } from './types';
import { findPhrase, normalizeText } from './phrase';

/**
 * The chapter a citation of `guideline` names: the guideline itself when it is one chapter (an
 * ACOEM chapter of the MTUS), else the chapter whose name opens the citation's topic ("Knee & Leg
 * (Acute & Chronic), Durable medical equipment"), the longest name winning. Undefined when the
 * knowledge base has no coverage for it.
 */
export function chapterOfCitation(
  knowledge: KnowledgeBase,
  guideline: Guideline,
  topic: string | undefined,
): ChapterCoverage | undefined {
  const chapters = knowledge.chapters.filter((chapter) => chapter.guideline === guideline.id);
  const whole = chapters.find((chapter) => !chapter.names);
  if (whole) return whole;
  if (!topic) return undefined;
  const text = normalizeText(topic).replace(/^[^a-z]+/, '');
  let best: ChapterCoverage | undefined;
  let bestLength = 0;
  for (const chapter of chapters) {
    for (const name of chapter.names ?? []) {
      if (name.length > bestLength && findPhrase(text, name) === 0) {
        best = chapter;
        bestLength = name.length;
      }
    }
  }
  return best;
}

/**
 * Whether a chapter covers an item of `region` (and `treatment`): it names the region, is about
 * no region, files the cited topic for every region, or covers the region for that treatment.
 */
export function chapterCovers(
  chapter: ChapterCoverage,
  region: string,
  treatment: string | undefined,
  citedText: string,
): boolean {
  if (!chapter.regions || chapter.regions.includes(region)) return true;
  const cited = normalizeText(citedText);
  if ((chapter.anyRegionTopics ?? []).some((topic) => findPhrase(cited, topic) >= 0)) return true;
  return (chapter.alsoCovers ?? []).some(
    (also) => treatment !== undefined && also.treatments.includes(treatment) && also.regions.includes(region),
  );
}
