import type { GuidelineCitation } from '../model/determination';
import type { GuidelineSource, KnowledgeBase } from '../knowledge/types';
import { pageRangesOf } from '../knowledge';
import type { Rule } from '../check/rule';
import { citationsOf } from '../letter/citations';
import { guidelineOfCitation } from '../knowledge/item/applicable';

export const citationPageMismatch: Rule = {
  id: 'citation-page-mismatch',
  defaultSeverity: 'warning',
  description: 'Cited pages do not match the known pages of the cited topic.',
  doc:
    'A 2009-style citation names a topic and its pages ("Manual therapy & manipulation Page(s): 58-59"). When the ' +
    'guideline knowledge base knows where that topic stands in that guideline, and that knowledge is not marked ' +
    'unverified, pages that overlap none of the known ones are reported: a reader looking them up finds another ' +
    'topic. The fix replaces the pages with the known ones.',
  tags: ['citations'],
  check({ determination, knowledge, report }) {
    for (const { item, citation } of citationsOf(determination)) {
      const { pages } = citation;
      if (!pages) continue;
      const sources = knownSources(knowledge, citation);
      if (sources.length === 0) continue;
      const overlaps = sources.some((source) =>
        pageRangesOf(source).some((range) => pages.from <= range.max && range.min <= pages.to),
      );
      if (overlaps) continue;
      const known = sources[0].pages ?? '';
      report({
        message: `"${sources[0].section}" is on page(s) ${known} of ${citation.name.value}, not ${pagesText(pages)}.`,
        span: pages.span,
        item: item.index,
        fixes: [
          {
            title: `Replace the pages with ${known}`,
            changes: [{ span: pages.span, newText: known }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
  },
};

/** Checked (not `unverified`) sources in the cited guideline whose section is the cited topic. */
function knownSources(knowledge: KnowledgeBase, citation: GuidelineCitation): GuidelineSource[] {
  const topic = citation.topic && normalized(citation.topic.value);
  if (!topic) return [];
  const guideline = guidelineOfCitation(knowledge, citation);
  return (guideline && sourcesByTopic(knowledge).get(`${guideline.id}|${topic}`)) ?? [];
}

const topicIndexes = new WeakMap<KnowledgeBase, Map<string, GuidelineSource[]>>();

/** Checked sources with pages, by guideline and normalized section, built once per knowledge base. */
function sourcesByTopic(knowledge: KnowledgeBase): Map<string, GuidelineSource[]> {
  let index = topicIndexes.get(knowledge);
  if (!index) {
    index = new Map();
    for (const limit of knowledge.limits) {
      if (limit.confidence === 'unverified' || pageRangesOf(limit.source).length === 0) continue;
      const key = `${limit.guideline}|${normalized(limit.source.section)}`;
      index.set(key, [...(index.get(key) ?? []), limit.source]);
    }
    topicIndexes.set(knowledge, index);
  }
  return index;
}

function normalized(words: string): string {
  return words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function pagesText(pages: { from: number; to: number }): string {
  return pages.from === pages.to ? `${pages.from}` : `${pages.from}-${pages.to}`;
}
