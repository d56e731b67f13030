/**
 * Rule documentation links that work offline: the README's rule sections, in the README
 * shipped beside the bundles (`dist/*.js` → `README.md`, in the repository and in the .vsix).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { RuleDocs } from '../core/features';

export function bundledReadmeUri(): string {
  return pathToFileURL(path.join(__dirname, '..', 'README.md')).href;
}

/** The bundled README's section for a rule, as a file URI with the rule id as anchor. */
export const bundledRuleDocs: RuleDocs = (rule) => `${bundledReadmeUri()}#${rule}`;
