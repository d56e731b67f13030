/** `dist/cli.js`, what `imr-lint` runs: starts the CLI's bundle from its code cache (see bundle-start.ts). */
import * as path from 'path';
import { loadBundle } from '../node/bundle-start';

loadBundle(path.join(__dirname, 'cli-bundle.js')).run();
