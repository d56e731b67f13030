import * as manifest from '../../package.json';
import { RULE_DOCS_URL } from '../core/features/diagnostics';

/** Who we are, for `--version` and SARIF's tool.driver. */
export const TOOL = {
  name: 'imr-lint',
  version: manifest.version,
  informationUri: manifest.repository.url.replace(/\.git$/, ''),
};

/** The same documentation link the editor's diagnostics carry. */
export function helpUri(ruleId: string): string {
  return `${RULE_DOCS_URL}#${ruleId}`;
}
