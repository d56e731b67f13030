import type { Determination, DisputedItem, GuidelineCitation, GuidelineEntry } from '../model/determination';

export interface ItemCitation {
  item: DisputedItem;
  entry: GuidelineEntry;
  citation: GuidelineCitation;
}

/** Every citation of every item, claims administrator's entry first. */
export function citationsOf(determination: Determination): ItemCitation[] {
  return determination.items.flatMap((item) =>
    [item.claimsAdministratorGuideline, item.maximusGuideline].flatMap((entry) =>
      entry ? entry.citations.map((citation) => ({ item, entry, citation })) : [],
    ),
  );
}
