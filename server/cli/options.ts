import { parseArgs } from 'util';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  format: OutputFormat;
  /** An explicit config file, used for every letter instead of the nearest `.imrlintrc.json`. */
  configFile?: string;
  /** More warnings than this fail the run. */
  maxWarnings?: number;
  /** Add the disputed-items coverage report. */
  items: boolean;
  listRules: boolean;
  listGuidelines: boolean;
  /** Say on stderr which config governs each letter, and show an internal error's stack. */
  debug: boolean;
  help: boolean;
  version: boolean;
  paths: string[];
}

export const USAGE = `Usage: imr-lint [options] PATH…
       imr-lint export [--to text|pdf] [-o FILE] [--force] LETTER   (see imr-lint export --help)

Checks IMR final determination letters (*.imr.md, *.txt). PATH is a file, a folder
(searched for *.imr.md and *.txt letters) or a glob ("letters/**/*.txt"). Each letter
is checked with the nearest .imrlintrc.json, searched from its folder up to the
repository root (the folder holding .git), or else up to the current folder.

Options:
  --format text|json|sarif  output format (default: text)
  --config FILE             use this config instead of the nearest .imrlintrc.json
  --max-warnings N          fail when there are more than N warnings
  --items                   add the disputed-items coverage report
  --list-rules              list the rules and their default severities
  --list-guidelines         list every guideline limit and criteria entry, as loaded
  --debug                   say on stderr which .imrlintrc.json governs each letter
  --version                 print the version
  --help                    print this help

Exit status: 0 no errors, 1 errors or too many warnings, 2 usage, read or config error.`;

/** A mistake in how imr-lint was called, or a file or config it could not read: exit status 2. */
export class CliError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export function parseCliArguments(argv: string[]): CliOptions {
  const { values, positionals } = parseOrExplain(argv);
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new CliError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
  }
  const options: CliOptions = {
    format: format as OutputFormat,
    configFile: values.config,
    maxWarnings: values['max-warnings'] === undefined ? undefined : warningLimit(values['max-warnings']),
    items: values.items ?? false,
    listRules: values['list-rules'] ?? false,
    listGuidelines: values['list-guidelines'] ?? false,
    debug: values.debug ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    paths: positionals,
  };
  const listing = options.listRules || options.listGuidelines || options.help || options.version;
  if (!listing && options.paths.length === 0) throw new CliError('no PATH given (try imr-lint --help)');
  return options;
}

function parseOrExplain(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        config: { type: 'string' },
        'max-warnings': { type: 'string' },
        items: { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        'list-guidelines': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    // Node's messages run to several sentences; keep the first, which names the option.
    throw new CliError(String((error as Error).message).split('. ')[0]);
  }
}

function warningLimit(text: string): number {
  if (!/^\d+$/.test(text)) throw new CliError(`--max-warnings expects a whole number, not "${text}"`);
  return Number(text);
}
