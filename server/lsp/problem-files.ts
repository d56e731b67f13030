import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ConfigProblem } from '../core/check/config';
import { DIAGNOSTIC_SOURCE } from '../core/features';
import type { ProjectFiles } from './project-files';

/**
 * Shows what is wrong in `.imrlintrc.json` and guideline pack files as diagnostics on those
 * files, and says so once in a notice: the Problems panel alone is easy to miss, and a broken
 * config silently leaves its settings at their defaults. Each file's list is replaced whole
 * whenever it is read again.
 */
export class ProblemFiles {
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly files: ProjectFiles,
    private readonly send: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly notify: (message: string) => void,
  ) {}

  show(problems: ConfigProblem[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    const files = new Map<string, string>();
    for (const problem of problems) {
      const uri = this.files.uriOf(problem.file);
      files.set(uri, problem.file);
      const list = byUri.get(uri) ?? [];
      list.push({
        range: problem.range,
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        message: problem.message,
      });
      byUri.set(uri, list);
    }
    for (const [uri, diagnostics] of byUri) {
      if (this.publish(uri, diagnostics))
        this.notify(noticeOf(this.files.basename(files.get(uri) as string), diagnostics));
    }
  }

  /** Clears every file's problems; they come back as files are read again. */
  clear(): void {
    for (const uri of [...this.shown.keys()]) this.publish(uri, []);
    this.shown.clear();
  }

  /** Whether the file's list changed (and was sent). */
  private publish(uri: string, diagnostics: Diagnostic[]): boolean {
    const key = JSON.stringify(diagnostics);
    if (this.shown.get(uri) === key) return false;
    this.shown.set(uri, key);
    this.send(uri, diagnostics);
    return true;
  }
}

/** "IMR: .imrlintrc.json:3:1: invalid JSON: comma expected (and 2 more problems); …" */
function noticeOf(fileName: string, diagnostics: Diagnostic[]): string {
  const [first] = diagnostics;
  const { line, character } = first.range.start;
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '';
  return (
    `IMR: ${fileName}:${line + 1}:${character + 1}: ${first.message}${more}. ` +
    'Letters are checked with the defaults for what could not be read; see the Problems panel.'
  );
}
