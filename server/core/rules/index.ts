import type { Rule } from './rule';

/** Every rule, in the order their findings are documented. One module per rule, named by its id. */
export const allRules: readonly Rule[] = [];
