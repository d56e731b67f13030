import type { KnowledgeBase } from './types';

/** TEMPORARY STUB — being replaced by the knowledge loader. */
export function builtInKnowledge(): KnowledgeBase {
  return { guidelines: [], treatments: [], regions: [], limits: [], definitions: [] };
}
