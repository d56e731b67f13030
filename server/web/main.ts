/**
 * The IMR language server in a browser worker (dist/web/server.js), for VS Code for the Web:
 * the same server as dist/server.js, speaking LSP over `postMessage` with the page or extension
 * host that started the worker, and reading no file itself (server/web/client-files.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { clientFiles } from './client-files';

/** The worker's global scope (the project compiles without the DOM's types). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, clientFiles(connection));
