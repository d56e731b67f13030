// The V8 code caches of the CLI's and the server's bundles (server/node/bundle-start.ts), made
// by esbuild.js after each build: each bundle is stamped with its build id, then run in a child
// process of this Node (the CLI over examples/, the server opening each example letter over
// stdio), and the child writes what its run compiled. The caches serve the Node that built them
// (`npm install -g .`, CI, the bench); any other V8 refuses them and compiles as before.
const { spawn, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { loadBundled, root } = require('./bundled');

const EXAMPLES = path.join(root, 'examples');
/** A build is never left waiting on a server that does not answer. */
const SERVER_TIMEOUT_MS = 120_000;

async function makeCodeCaches(outdir) {
  const { BUILD_ID_MARK, codeCacheFile } = loadBundled('server/node/bundle-start.ts');
  const dist = path.resolve(root, outdir);
  const cli = path.join(dist, 'cli-bundle.js');
  const server = path.join(dist, 'server-bundle.js');
  for (const bundle of [cli, server]) {
    fs.rmSync(codeCacheFile(bundle), { force: true });
    const source = fs.readFileSync(bundle, 'utf8');
    const id = crypto.createHash('sha1').update(source).digest('hex');
    fs.writeFileSync(bundle, `${source}${BUILD_ID_MARK}${id}\n`);
  }
  const linted = spawnSync(process.execPath, [__filename, cli, EXAMPLES], { cwd: root, encoding: 'utf8' });
  if (linted.status !== 0 && linted.status !== 1) throw new Error(`imr-lint examples/ failed: ${linted.stderr}`);
  await openExamples(server);
  for (const bundle of [cli, server]) {
    if (!fs.existsSync(codeCacheFile(bundle))) throw new Error(`no code cache was written for ${bundle}`);
  }
}

/** Opens each example letter in the server and waits for its diagnostics, then shuts it down. */
async function openExamples(bundle) {
  const rpc = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [__filename, bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const early = exited.then((status) => {
    throw new Error(`the server stopped (status ${status}) before the example letters were checked`);
  });
  const timer = setTimeout(() => child.kill(), SERVER_TIMEOUT_MS);
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', ({ uri }) => waiting.get(uri)?.());
  connection.listen();
  try {
    await Promise.race([
      connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }),
      early,
    ]);
    connection.sendNotification('initialized', {});
    for (const name of fs.readdirSync(EXAMPLES)) {
      const uri = `file://${path.join(EXAMPLES, name)}`;
      const published = new Promise((resolve) => waiting.set(uri, resolve));
      const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'imr-determination', version: 1, text },
      });
      await Promise.race([published, early]);
    }
    await Promise.race([connection.sendRequest('shutdown'), early]);
    connection.sendNotification('exit');
  } finally {
    early.catch(() => undefined);
    await exited;
    clearTimeout(timer);
    connection.dispose();
  }
}

// In the child: runs the bundle as its start file would, with the arguments after it, and
// writes the bundle's code cache as the process exits.
if (require.main === module) {
  const { loadBundle, writeCodeCache } = loadBundled('server/node/bundle-start.ts');
  const [bundleFile, ...args] = process.argv.slice(2);
  process.argv = [process.argv[0], bundleFile, ...args];
  const bundle = loadBundle(bundleFile);
  process.on('exit', () => writeCodeCache(bundleFile, bundle));
  bundle.run();
}

module.exports = { makeCodeCaches };
