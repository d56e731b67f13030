import type { Determination } from '../model/determination';
import type { Vocabulary } from '../knowledge/types';
import { LineIndex } from '../model/line-index';

/** TEMPORARY STUB — being replaced by the real parser (lead engineer). Returns an empty model. */
export function parseDetermination(text: string, _vocabulary: Vocabulary): Determination {
  return {
    text,
    lines: new LineIndex(text),
    shape: 'plain',
    header: [],
    sections: [],
    credentials: { states: [], specialties: [] },
    caseSummary: { reportDates: [], priorTreatments: [] },
    items: [],
    regulationRefs: [],
    directives: [],
  };
}
