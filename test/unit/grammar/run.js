// Runs vscode-tmgrammar-test over the fixtures with VS Code's Markdown grammar loaded.
// That grammar embeds some sixty languages (fenced code) whose grammars these tests do not
// need; their "grammar not found" warnings are dropped so that a real miss stays visible.
const path = require('path');

const warn = console.warn;
console.warn = (message, ...rest) => {
  const missing = /^grammar not found for "(.+)"$/.exec(String(message));
  if (missing && missing[1] !== 'text.html.markdown') return;
  warn(message, ...rest);
};

const here = path.relative(process.cwd(), __dirname);
process.argv.push('-g', path.join(here, 'markdown', 'markdown.tmLanguage.json'), path.join(here, '**', '*.imr.md'));
require('vscode-tmgrammar-test/dist/unit.js');
