import type { DisputedItem, GuidelineCitation, GuidelineEntry } from '../model/determination';
import type { ChapterCoverage, KnowledgeBase } from '../knowledge/types';
import { chapterCovers, chapterOfCitation } from '../knowledge/chapters';
import { guidelineOfCitation } from '../knowledge/item/applicable';
import { regionMentions, regionsOf } from '../letter/sides';
import { foldedText } from '../parser/folded-text';
import type { Located } from '../model/span';
import type { Report, Rule } from '../check/rule';

export const citationChapterMismatch: Rule = {
  id: 'citation-chapter-mismatch',
  defaultSeverity: 'warning',
  description: "A guideline entry cites a body-region chapter that does not cover the item's region.",
  doc:
    'A MAXIMUS guideline entry that cites the Low Back Complaints chapter for a knee MRI rests the decision on a ' +
    'chapter that says nothing about the knee, a plainly erroneous finding a party may use against the letter. ' +
    "The item's region is read from its title; an entry is judged only when every chapter it cites is known and " +
    'none covers that region. The guideline knowledge says which regions each chapter covers and what it files ' +
    'for every region: the non-regional MTUS parts (Chronic Pain, Opioids, Acupuncture, Postsurgical, General ' +
    'Approaches) fit any region, the thoracic spine sits in both the neck and low-back chapters, upper-limb EMG ' +
    'may cite the neck, shoulder, elbow or hand chapter, and ODG files durable medical equipment, home health and ' +
    'transportation under Knee & Leg and pre-operative testing and trigger-point injections under Low Back. The ' +
    "Claims Administrator's entry is the utilization review's citation, which the reviewer copies: a mismatch " +
    'there is reported as information. There is no fix: only the reviewer knows which chapter was meant.',
  tags: ['citations', 'facts'],
  check({ determination, knowledge, report }) {
    for (const item of determination.items) {
      const title = foldedText(determination.text, item.title.span);
      const mentions = regionMentions(knowledge, title.text);
      // A title naming several regions (a knee scooter for the foot) leaves the item's region open.
      if (regionsOf(mentions).size !== 1) continue;
      const region = { value: mentions[0].region, span: title.spanOf(mentions[0].from, mentions[0].to) };
      for (const entry of [item.maximusGuideline, item.claimsAdministratorGuideline]) {
        if (entry) checkEntry(knowledge, item, region, entry, report);
      }
    }
  },
};

function checkEntry(
  knowledge: KnowledgeBase,
  item: DisputedItem,
  region: Located,
  entry: GuidelineEntry,
  report: (report: Report) => void,
): void {
  if (entry.citations.length === 0) return;
  const cited = entry.citations.map((citation) => ({ citation, chapter: chapterOf(knowledge, citation) }));
  // An unknown chapter may be the one that fits: the entry is judged only when all are known.
  if (cited.some(({ chapter }) => !chapter)) return;
  const citedText = (citation: GuidelineCitation) =>
    [citation.topic?.value ?? '', ...citation.sections.map((section) => section.value)].join(' ');
  // A limb ("upper extremities") is covered by a chapter of any region it spans.
  const term = knowledge.regions.find((candidate) => candidate.id === region.value);
  const spanned = term?.covers ?? [region.value];
  const fits = cited.some(
    ({ citation, chapter }) =>
      chapter && spanned.some((part) => chapterCovers(chapter, part, item.treatment?.value, citedText(citation))),
  );
  if (fits) return;
  const regionName = term?.name ?? region.value;
  const names = cited.map(({ citation }) => `"${chapterName(citation)}"`).join(' and ');
  const maximus = entry.kind === 'maximus';
  report({
    message:
      `The ${maximus ? 'MAXIMUS' : 'Claims Administrator'} guideline cites ${names}, which does not cover ` +
      `the item's region (${regionName.toLowerCase()}).`,
    span: entry.citations[0].span,
    item: item.index,
    related: [{ span: region.span, message: `The item title names the ${regionName.toLowerCase()} here.` }],
    ...(maximus ? {} : { atMost: 'information' as const }),
  });
}

function chapterOf(knowledge: KnowledgeBase, citation: GuidelineCitation): ChapterCoverage | undefined {
  const guideline = guidelineOfCitation(knowledge, citation);
  return guideline && chapterOfCitation(knowledge, guideline, citation.topic?.value);
}

/** The guideline's name as cited, with an ODG chapter's name ("… (ODG), Knee & Leg"). */
function chapterName(citation: GuidelineCitation): string {
  const chapter = citation.topic?.value.split(',')[0].trim();
  return chapter && !citation.mtus ? `${citation.name.value}, ${chapter}` : citation.name.value;
}
