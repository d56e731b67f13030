/**
 * Rule documentation links that work offline: the README's rule sections, in the README copy
 * shipped beside the bundles (`dist/*.js` → `dist/README.md`, in the repository and in the .vsix).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { RuleDocs } from '../core/features';
import { SHIPPED_RULE_DOCS_FILE, ruleDocsAnchor } from '../shared/protocol';

/** Built once: every diagnostic's link starts with it. */
const BUNDLED_README_URI = pathToFileURL(path.join(__dirname, '..', SHIPPED_RULE_DOCS_FILE)).href;

export function bundledReadmeUri(): string {
  return BUNDLED_README_URI;
}

/** The bundled README's section for a rule, as a file URI with the rule's anchor. */
export const bundledRuleDocs: RuleDocs = (rule) => `${BUNDLED_README_URI}#${ruleDocsAnchor(rule)}`;
