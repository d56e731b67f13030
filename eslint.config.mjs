// Lint: typescript-eslint's recommended rules, and the layering of the README's Development
// section made executable: each folder may import only the layers below it.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * A relative import that reaches into one of the named folders (at any depth). The letter's fixed
 * wording, `letter/grammar.ts`, is pure data that every layer may read, the parser first.
 */
function intoFolders(folders, why) {
  const names = folders.map((folder) => (folder === 'letter' ? 'letter(?!/grammar$)' : folder));
  return { regex: `^\\.{1,2}/(?:.*/)?(?:${names.join('|')})(?:/.*)?$`, message: why };
}

const NODE_BUILT_INS = {
  paths: builtinModules.map((name) => ({ name, message: 'The core is pure: callers read files and pass text.' })),
  patterns: [{ regex: '^node:', message: 'The core is pure: callers read files and pass text.' }],
};

/** The core never reaches the server, the CLI, the Node adapters, the PDF writer, the editor or Node itself. */
const CORE = [
  intoFolders(
    ['lsp', 'cli', 'node', 'pdf', 'client'],
    'The core is imported by the server and the CLI, never the reverse.',
  ),
  { regex: '^vscode(?:-languageclient|-languageserver)?(?:/.*)?$', message: 'The core speaks no editor API.' },
];

/**
 * Within the core, each layer imports only the ones below it: model, knowledge, parser, check,
 * letter, rules, features, export (the published layout of a checked letter).
 */
const ABOVE = {
  model: ['knowledge', 'parser', 'check', 'letter', 'rules', 'features', 'export'],
  knowledge: ['parser', 'check', 'letter', 'rules', 'features', 'export'],
  parser: ['check', 'letter', 'rules', 'features', 'export'],
  check: ['letter', 'rules', 'features', 'export'],
  letter: ['rules', 'features', 'export'],
  rules: ['features', 'export'],
  features: ['export'],
};

/**
 * What runs in a browser worker too: the web server (server/web/) and the server logic it shares
 * with the Node server (server/lsp/, except the Node entry and its stream check), the web client
 * (client/src/browser/) and the client logic it shares. esbuild-web.js fails the build on a Node
 * built-in as well; this says so at the import, with the way around it.
 */
const NO_NODE_HERE = 'This runs in a browser worker too, which has no Node: ';
const WEB_SAFE_SERVER = [
  { regex: '^node:', message: `${NO_NODE_HERE}reach files through ProjectFiles.` },
  intoFolders(['node', 'cli'], `${NO_NODE_HERE}the Node adapters are passed in as ProjectFiles (server/lsp/main.ts).`),
  { regex: '^vscode-languageserver/node$', message: `${NO_NODE_HERE}import the common 'vscode-languageserver'.` },
];
const WEB_SAFE_SERVER_PATHS = builtinModules.map((name) => ({
  name,
  message: `${NO_NODE_HERE}reach files through ProjectFiles.`,
}));
const WEB_SAFE_CLIENT = [
  { regex: '^node:', message: `${NO_NODE_HERE}read files with vscode.workspace.fs.` },
  { regex: '^vscode-languageclient/node$', message: `${NO_NODE_HERE}import the common 'vscode-languageclient'.` },
  {
    regex: '^(?:\\.{1,2}/)+(?:extension|node-server)$',
    message: `${NO_NODE_HERE}the Node server starts in node-server.ts alone.`,
  },
];
const WEB_SAFE_CLIENT_PATHS = builtinModules.map((name) => ({
  name,
  message: `${NO_NODE_HERE}read files with vscode.workspace.fs.`,
}));

function restricted(patterns, paths = []) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test/e2e/.code-server/**',
      'test/fixtures/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Prettier lays out the code (as eslint-config-prettier also turns this one off); letters and
  // terminals carry control characters that the code matches on purpose, to escape or strip them.
  { rules: { 'no-unexpected-multiline': 'off', 'no-control-regex': 'off' } },
  // Tests and the bench read JSON-RPC and CLI output whose shape they assert, not declare.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['server/core/**/*.ts'],
    rules: restricted([...CORE, ...NODE_BUILT_INS.patterns], NODE_BUILT_INS.paths),
  },
  ...Object.entries(ABOVE).map(([layer, above]) => ({
    files: [`server/core/${layer}/**/*.ts`],
    rules: restricted(
      [...CORE, ...NODE_BUILT_INS.patterns, intoFolders(above, `${layer}/ is below ${above.join(', ')}.`)],
      NODE_BUILT_INS.paths,
    ),
  })),
  // Above the core: the Node adapters serve the server and the CLI, which stand side by side.
  { files: ['server/node/**/*.ts'], rules: restricted([intoFolders(['lsp', 'cli'], 'node/ is below lsp/ and cli/.')]) },
  // The PDF writer runs wherever the server does (a browser worker too): no Node, below lsp/ and cli/.
  {
    files: ['server/pdf/**/*.ts'],
    rules: restricted(
      [
        intoFolders(['lsp', 'cli', 'node'], 'pdf/ is below lsp/ and cli/ and needs no Node.'),
        ...NODE_BUILT_INS.patterns,
      ],
      NODE_BUILT_INS.paths,
    ),
  },
  {
    files: ['server/lsp/**/*.ts'],
    rules: restricted([intoFolders(['cli'], 'The server and the CLI share only what is below them.')]),
  },
  {
    files: ['server/cli/**/*.ts'],
    rules: restricted([intoFolders(['lsp'], 'The server and the CLI share only what is below them.')]),
  },
  {
    files: ['server/shared/**/*.ts'],
    rules: restricted([
      {
        regex: '^\\.\\./',
        message: 'server/shared/ is plain types that the client, the server and the core all import.',
      },
    ]),
  },
  {
    files: ['server/lsp/**/*.ts', 'server/web/**/*.ts'],
    ignores: [
      'server/lsp/main.ts',
      'server/lsp/start.ts',
      'server/lsp/frame-check.ts',
      'server/lsp/dispatching-reader.ts',
      'server/lsp/disk-files.ts',
    ],
    rules: restricted(WEB_SAFE_SERVER, WEB_SAFE_SERVER_PATHS),
  },
  {
    files: ['client/src/**/*.ts'],
    rules: restricted([
      {
        regex: '^(?:\\.\\./)+server/(?!shared/)',
        message: 'The client talks to the server over LSP; it imports only server/shared/.',
      },
    ]),
  },
  {
    files: ['client/src/**/*.ts'],
    ignores: ['client/src/extension.ts', 'client/src/node-server.ts'],
    rules: restricted(
      [
        ...WEB_SAFE_CLIENT,
        {
          regex: '^(?:\\.\\./)+server/(?!shared/)',
          message: 'The client talks to the server over LSP; it imports only server/shared/.',
        },
      ],
      WEB_SAFE_CLIENT_PATHS,
    ),
  },
);
