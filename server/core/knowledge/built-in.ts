import type { GuidelinePack, KnowledgeBase } from './types';
import { emptyKnowledge, mergeKnowledge } from './merge';
import { duplicateIds } from './references';
import guidelines from './data/guidelines.json';
import vocabulary from './data/vocabulary.json';
import chapters from './data/chapters.json';
import drugs from './data/drugs.json';
import drugList from './data/drug-list.json';
import acupunctureAndManipulation from './data/limits-acupuncture-manipulation.json';
import physicalMedicine from './data/limits-physical-medicine.json';
import otherLimits from './data/limits-other.json';
import laborCode from './data/limits-labor-code.json';
import criteria from './data/criteria.json';
import criteriaDiagnosticsEquipment from './data/criteria-diagnostics-equipment.json';
import criteriaProceduresDrugs from './data/criteria-procedures-drugs.json';
import criteriaAcoemMtus from './data/criteria-acoem-mtus.json';
import definitions from './data/definitions.json';

/** The built-in pack files, in load order (guidelines and vocabulary before what refers to them). */
export const BUILT_IN_PACKS: ReadonlyArray<{ file: string; content: unknown }> = [
  { file: 'guidelines.json', content: guidelines },
  { file: 'vocabulary.json', content: vocabulary },
  { file: 'chapters.json', content: chapters },
  { file: 'drugs.json', content: drugs },
  { file: 'drug-list.json', content: drugList },
  { file: 'limits-acupuncture-manipulation.json', content: acupunctureAndManipulation },
  { file: 'limits-physical-medicine.json', content: physicalMedicine },
  { file: 'limits-other.json', content: otherLimits },
  { file: 'limits-labor-code.json', content: laborCode },
  { file: 'criteria.json', content: criteria },
  { file: 'criteria-diagnostics-equipment.json', content: criteriaDiagnosticsEquipment },
  { file: 'criteria-procedures-drugs.json', content: criteriaProceduresDrugs },
  { file: 'criteria-acoem-mtus.json', content: criteriaAcoemMtus },
  { file: 'definitions.json', content: definitions },
];

let cached: KnowledgeBase | undefined;

/**
 * Our own guideline knowledge, merged once and cached. The shipped packs are checked against
 * the schema by the tests (test/unit/knowledge/built-in-data.test.ts), not on every start: compiling the schema would
 * cost each editor start and CLI run more than checking a letter. A reference fault here is a bug
 * in the shipped data, so it throws rather than limping on.
 */
export function builtInKnowledge(): KnowledgeBase {
  cached ??= loadBuiltIn();
  return cached;
}

function loadBuiltIn(): KnowledgeBase {
  const faults = BUILT_IN_PACKS.flatMap(({ file, content }) =>
    duplicateIds(content as GuidelinePack).map((violation) => `${file}: ${violation.reason}`),
  );
  const packs = BUILT_IN_PACKS.map(({ content }) => ({ name: 'built-in', pack: content as GuidelinePack }));
  const { knowledge, notes } = mergeKnowledge(emptyKnowledge(), packs);
  faults.push(...notes.map((note) => note.message));
  if (faults.length > 0) throw new Error(`built-in guideline data is invalid:\n${faults.join('\n')}`);
  return knowledge;
}
