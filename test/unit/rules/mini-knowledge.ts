import type { KnowledgeBase } from '../../../server/core/knowledge/types';

/**
 * A small knowledge base of our own for rule tests, so they do not move when the built-in packs
 * are revised. Its figures mirror the shape of real entries; the rules read them like any pack.
 */
export function miniKnowledge(): KnowledgeBase {
  return {
    chapters: [],
    families: [
      { id: 'MTUS', rationaleNames: ['MTUS', 'Chronic Pain Treatment Guidelines'] },
      { id: 'ODG', rationaleNames: ['ODG'] },
    ],
    guidelines: [
      {
        id: 'cpmtg-2009',
        name: 'MTUS Chronic Pain Medical Treatment Guidelines (2009)',
        family: 'MTUS',
        mtus: true,
        aliases: ['chronic pain treatment guidelines', 'chronic pain medical treatment'],
        year: 2009,
        inForce: { from: '2009-07-18', to: '2016-07-27' },
        opensEra: '2009',
        citedName: 'Chronic Pain Medical Treatment Guidelines',
        citationFormat: 'pages-2009',
        confidence: 'verified',
      },
      {
        id: 'acupuncture-2007',
        name: 'MTUS Acupuncture Medical Treatment Guidelines (2007)',
        family: 'MTUS',
        mtus: true,
        aliases: ['acupuncture treatment guidelines', 'acupuncture medical treatment'],
        year: 2007,
        inForce: { from: '2007-06-15' },
        citedName: 'Acupuncture Medical Treatment Guidelines',
        confidence: 'verified',
      },
    ],
    treatments: [
      { id: 'acupuncture', name: 'Acupuncture', patterns: ['acupuncture'], kind: 'visits' },
      { id: 'manipulation', name: 'Manipulation', patterns: ['chiropractic', 'manipulation'], kind: 'visits' },
    ],
    regions: [{ id: 'low-back', name: 'Low back', patterns: ['low back', 'lumbar'] }],
    settings: [],
    limits: [
      {
        id: 'acupuncture-trial',
        guideline: 'acupuncture-2007',
        treatment: 'acupuncture',
        recommended: true,
        trial: { visits: { min: 3, max: 6 } },
        perWeek: { min: 1, max: 3 },
        source: { section: 'Acupuncture Medical Treatment Guidelines', pages: '8-13' },
        confidence: 'verified',
        passage: 'Trial of 3-6.',
      },
      {
        id: 'manipulation-low-back',
        guideline: 'cpmtg-2009',
        treatment: 'manipulation',
        regions: ['low-back'],
        recommended: true,
        trial: { visits: { min: 6, max: 6 }, weeks: { min: 2, max: 2 } },
        total: { visits: { min: 18, max: 18 }, weeks: { min: 6, max: 8 } },
        source: { section: 'Manual therapy & manipulation', pages: '58-60' },
        confidence: 'verified',
        passage: 'Trial of 6.',
      },
    ],
    definitions: [],
    criteria: [],
    drugs: [],
    drugList: [],
  };
}
