/**
 * `imr-lint`: checks IMR final determination letters from the command line.
 * Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage, read or config error.
 */
import { allRules } from '../core/rules';
import { expandPaths } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { printable } from './format/printable';
import { formatText } from './format/text';
import { runExport } from './export';
import { exitStatus, lintLetters } from './lint';
import { listGuidelineEntries, listRules } from './list';
import { CliError, parseCliArguments, USAGE, type CliOptions } from './options';
import type { FileReport } from './report';
import { SettingsCache } from './settings';
import { TOOL } from './tool';

function run(argv: string[]): number {
  const options = parseCliArguments(argv);
  if (options.help) return print(`${USAGE}\n`, 0);
  if (options.version) return print(`${TOOL.version}\n`, 0);
  const debug = options.debug ? (line: string) => process.stderr.write(`imr-lint: ${printable(line)}\n`) : undefined;
  const settings = new SettingsCache(options.configFile, debug);
  if (options.listRules) return print(listRules(allRules, options.format), 0);
  if (options.listGuidelines)
    return print(listGuidelineEntries(settings.forFolder(process.cwd()).knowledge, options.format), 0);
  const reports = lintLetters(expandPaths(options.paths), settings, options);
  const { status, note } = exitStatus(reports, options.maxWarnings);
  print(format(options, reports), status);
  if (note) process.stderr.write(`imr-lint: ${note}\n`);
  for (const { file, truncated } of reports) {
    if (truncated)
      process.stderr.write(`imr-lint: ${file} is too large; checked its first ${truncated.checkedItems} items\n`);
  }
  return status;
}

function format(options: CliOptions, reports: FileReport[]): string {
  if (options.format === 'json') return formatJson(reports);
  if (options.format === 'sarif') return formatSarif(reports, allRules, process.cwd());
  return formatText(reports);
}

function print(text: string, status: number): number {
  process.stdout.write(text);
  return status;
}

/** A reader that stops early (`imr-lint --list-guidelines | head`) closes the pipe: not a crash. */
function quietOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  process.stdout.on('error', quietOnClosedPipe);
  try {
    process.exitCode = argv[0] === 'export' ? await runExport(argv.slice(1)) : run(argv);
  } catch (error) {
    // A bug is reported like a usage error (status 2), never as "the letters have errors" (1),
    // and in one line unless --debug asks for the stack.
    if (error instanceof CliError) process.stderr.write(`imr-lint: ${printable(error.message)}\n`);
    else if (process.argv.includes('--debug'))
      process.stderr.write(`imr-lint: internal error: ${(error as Error).stack}\n`);
    else
      process.stderr.write(
        `imr-lint: internal error: ${printable(String((error as Error).message ?? error))} (--debug shows more)\n`,
      );
    process.exitCode = 2;
  }
}

void main();
