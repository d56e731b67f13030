import * as manifest from '../../package.json';
import { bundledReadmeUri, bundledRuleDocs } from '../node/rule-docs';

/** Who we are, for `--version` and SARIF's tool.driver. */
export const TOOL = {
  name: 'imr-lint',
  version: manifest.version,
  informationUri: bundledReadmeUri(),
};

/** The same documentation link the editor's diagnostics carry. */
export function helpUri(ruleId: string): string {
  return bundledRuleDocs(ruleId);
}
