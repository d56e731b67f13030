import type { DateWindow, GuidelineSource, KnowledgeBase, TreatmentLimit } from './types';

/** One limit as `imr-lint --list-guidelines --format json` prints it: the entry, its guideline's name and era. */
export type GuidelineListing = Omit<TreatmentLimit, 'regions' | 'source'> & {
  guidelineName?: string;
  /** The regions joined with ", ", or null when the limit applies to any region. */
  region: string | null;
  regions: string[];
  source: Pick<GuidelineSource, 'section' | 'pages'>;
  /** When the guideline edition was in force. */
  era: DateWindow;
};

/** Every limit entry, as loaded (built-in and pack entries alike), one plain object each. */
export function listGuidelines(kb: KnowledgeBase): GuidelineListing[] {
  return kb.limits.map(({ regions, source, ...limit }) => {
    const guideline = kb.guidelines.find((candidate) => candidate.id === limit.guideline);
    return {
      ...limit,
      guidelineName: guideline?.name,
      region: regions?.join(', ') ?? null,
      regions: regions ?? [],
      source: { section: source.section, pages: source.pages },
      era: { from: guideline?.inForce.from, to: guideline?.inForce.to },
    };
  });
}
