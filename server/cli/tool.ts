import * as manifest from '../../package.json';

/** Who we are, for `--version` and SARIF's tool.driver. */
export const TOOL = {
  name: 'imr-lint',
  version: manifest.version,
  informationUri: manifest.repository.url.replace(/\.git$/, ''),
};
