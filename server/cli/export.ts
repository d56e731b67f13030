/**
 * `imr-lint export`: writes a letter in the published layout, as plain text or as a PDF. A letter
 * with errors is not exported (exit status 1, the errors listed) unless `--force` says so; the
 * only file written is the one `-o` names (without `-o`, text goes to standard output).
 */
import * as fs from 'fs';
import { parseArgs } from 'util';
import { exportLetter } from '../core/export';
import { createLetterService } from '../core/service';
import { readLetter } from './files';
import { printable } from './format/printable';
import { CliError } from './options';
import { SettingsCache } from './settings';

export const EXPORT_USAGE = `Usage: imr-lint export [--to text|pdf] [-o FILE] [--force] [--config FILE] LETTER

Writes LETTER (a *.imr.md draft or a published *.txt letter) in the published layout:
the header block, the section headings in capitals, each item's title with its decision
and its three entries, no Markdown marks. A letter already in that layout exports to
itself (text) or to its PDF.

Options:
  --to text|pdf    what to write (default: text)
  -o, --output FILE  the file to write (text goes to standard output without it)
  --force          export a letter that still has errors
  --config FILE    use this config instead of the nearest .imrlintrc.json
  --help           print this help

Exit status: 0 written, 1 not written because the letter has errors (they are listed),
2 usage, read, write or config error.`;

interface ExportOptions {
  to: 'text' | 'pdf';
  output?: string;
  force: boolean;
  configFile?: string;
  help: boolean;
  letter?: string;
}

/** The whole letter is checked and exported, however long, up to what the parser reads. */
const service = createLetterService({ maxChars: Infinity });

export async function runExport(argv: string[]): Promise<number> {
  const options = exportOptions(argv);
  if (options.help || !options.letter) {
    if (!options.help) throw new CliError('no LETTER given (try imr-lint export --help)');
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const file = options.letter;
  const text = readLetter(file);
  const setup = new SettingsCache(options.configFile).forLetter(file);
  const analysis = service.analyze(text, setup);
  const exported = exportLetter(analysis, text);
  if (exported.incomplete) throw new CliError(`${file}: too large to export whole`);
  if (exported.blockers.length > 0 && !options.force) {
    for (const finding of exported.blockers) {
      const { line, character } = analysis.determination.lines.positionAt(finding.span.start);
      process.stderr.write(
        `${printable(`${file}:${line + 1}:${character + 1}: error ${finding.rule} ${finding.message}`)}\n`,
      );
    }
    const count = exported.blockers.length;
    process.stderr.write(
      `imr-lint: ${printable(file)} has ${count} error${count === 1 ? '' : 's'}; not exported (--force exports it anyway)\n`,
    );
    return 1;
  }
  if (options.to === 'text') {
    if (options.output) write(options.output, exported.text);
    else process.stdout.write(exported.text);
    return 0;
  }
  // Loaded only here: the PDF library unpacks its font tables when loaded, which every other run would pay for.
  const { publishedPdf } = await import('../pdf/index.js');
  const pdf = await publishedPdf(exported.text, setup.knowledge);
  write(options.output!, pdf.bytes);
  if (pdf.replaced.length > 0) {
    process.stderr.write(
      `imr-lint: the PDF's standard fonts cannot show ${printable(pdf.replaced.join(' '))}; written as "?"\n`,
    );
  }
  return 0;
}

function exportOptions(argv: string[]): ExportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError(String((error as Error).message).split('. ')[0]);
  }
  const { values, positionals } = parsed;
  const to = values.to ?? 'text';
  if (to !== 'text' && to !== 'pdf') throw new CliError(`unknown export format "${to}" (expected text, pdf)`);
  if (positionals.length > 1) throw new CliError('export writes one letter at a time');
  if (to === 'pdf' && !values.output && !values.help) throw new CliError('--to pdf needs -o FILE');
  return {
    to,
    output: values.output,
    force: values.force ?? false,
    configFile: values.config,
    help: values.help ?? false,
    letter: positionals[0],
  };
}

function write(file: string, data: string | Uint8Array): void {
  try {
    fs.writeFileSync(file, data);
  } catch (error) {
    throw new CliError(`${file}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
