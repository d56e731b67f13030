/**
 * Rule documentation links that work offline: the README's rule sections, in the README
 * shipped beside the bundles (`dist/*.js` → `README.md`, in the repository and in the .vsix).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { RuleDocs } from '../core/features';
import { RULE_DOCS_FILE, ruleDocsAnchor } from '../shared/protocol';

/** Built once: every diagnostic's link starts with it. */
const BUNDLED_README_URI = pathToFileURL(path.join(__dirname, '..', RULE_DOCS_FILE)).href;

export function bundledReadmeUri(): string {
  return BUNDLED_README_URI;
}

/** The bundled README's section for a rule, as a file URI with the rule's anchor. */
export const bundledRuleDocs: RuleDocs = (rule) => `${BUNDLED_README_URI}#${ruleDocsAnchor(rule)}`;

/** For a client that opens the docs itself (VS Code's Markdown preview): its command, with the rule id. */
export function commandRuleDocs(command: string): RuleDocs {
  return (rule) => `command:${command}?${encodeURIComponent(JSON.stringify([rule]))}`;
}
