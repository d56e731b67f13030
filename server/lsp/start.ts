/** `dist/server.js`, what editors start: starts the server's bundle from its code cache (see bundle-start.ts). */
import * as path from 'path';
import { loadBundle } from '../node/bundle-start';

loadBundle(path.join(__dirname, 'server-bundle.js')).run();
