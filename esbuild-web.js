// The web build, for VS Code for the Web (vscode.dev, github.dev): the extension client
// (dist/web/client.js, the manifest's `browser` entry) and the language server it starts in a
// browser worker (dist/web/server.js). A browser has no Node built-ins, so the build fails on
// any import of one instead of bundling a polyfill or leaving a require() that throws at run time.
const path = require('path');
const { builtinModules } = require('module');

const BUILT_INS = new Set(builtinModules);

const noNodeBuiltIns = {
  name: 'no-node-built-ins',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.replace(/^node:/, '').split('/')[0];
      if (!args.path.startsWith('node:') && !BUILT_INS.has(name)) return undefined;
      const importer = path.relative(process.cwd(), args.importer);
      return {
        errors: [{ text: `"${args.path}" (imported by ${importer}) is a Node built-in: the web build has none` }],
      };
    });
  },
};

const webEntries = [
  { in: 'client/src/browser/extension.ts', out: 'web/client', format: 'cjs' },
  { in: 'server/web/main.ts', out: 'web/server', format: 'iife' },
];

/** esbuild options of one web entry: the options every bundle shares (esbuild.js), for a browser. */
function webOptions(entry, shared) {
  return {
    ...shared,
    entryPoints: { [entry.out]: entry.in },
    format: entry.format,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    target: 'es2022',
    plugins: [noNodeBuiltIns],
  };
}

module.exports = { webEntries, webOptions };
