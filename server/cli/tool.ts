import * as manifest from '../../package.json';
import { bundledReadmeUri } from '../node/rule-docs';

/** Who we are, for `--version` and SARIF's tool.driver. */
export const TOOL = {
  name: 'imr-lint',
  version: manifest.version,
  informationUri: bundledReadmeUri(),
};
