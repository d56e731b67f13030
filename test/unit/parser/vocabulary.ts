import type { ParserKnowledge } from '../../../server/core/parser';

/** A small vocabulary, so parser tests do not depend on the shipped guideline data. */
export const testVocabulary: ParserKnowledge = {
  treatments: [
    { id: 'acupuncture', name: 'Acupuncture', kind: 'visits', patterns: ['acupuncture'] },
    { id: 'manipulation', name: 'Manipulation', kind: 'visits', patterns: ['chiropractic', 'chiro', 'manipulation'] },
    { id: 'physical-therapy', name: 'Physical therapy', kind: 'visits', patterns: ['physical therapy', 'pt'] },
    { id: 'opioid', name: 'Opioid', kind: 'drug', patterns: ['norco', 'hydrocodone'] },
  ],
  regions: [
    { id: 'neck', name: 'Neck', patterns: ['cervical', 'neck'] },
    { id: 'low-back', name: 'Low back', patterns: ['low back', 'lumbar'] },
  ],
  families: [
    {
      id: 'MTUS',
      rationaleNames: ['MTUS', 'CPMTG', 'Chronic Pain Treatment Guidelines', 'Acupuncture Treatment Guidelines'],
    },
    { id: 'ODG', rationaleNames: ['ODG', 'Official Disability Guidelines'] },
    { id: 'ACOEM', rationaleNames: ['ACOEM'] },
  ],
  guidelines: [
    {
      id: 'cpmtg-2016',
      name: 'CPMTG 2016',
      family: 'MTUS',
      mtus: true,
      inForce: {},
      confidence: 'verified',
      aliases: ['chronic pain medical treatment', 'forearm, wrist, and hand complaints', 'low back complaints'],
    },
  ],
  limits: [
    {
      id: 'x',
      guideline: 'cpmtg-2016',
      treatment: 'nsaid',
      recommended: true,
      confidence: 'verified',
      passage: '',
      source: { section: 'NSAIDs, GI symptoms & cardiovascular risk' },
    },
  ],
};
