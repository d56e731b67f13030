import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { ConfigProblem } from '../core/check/config';
import { DIAGNOSTIC_SOURCE } from '../core/features';

/**
 * Shows what is wrong in `.imrlintrc.json` and guideline pack files as diagnostics on those
 * files. Each file's list is replaced whole whenever it is read again.
 */
export class ProblemFiles {
  private readonly shown = new Map<string, string>();

  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[]) => void) {}

  show(problems: ConfigProblem[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    for (const problem of problems) {
      const uri = pathToFileURL(problem.file).href;
      const list = byUri.get(uri) ?? [];
      list.push({
        range: problem.range,
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        message: problem.message,
      });
      byUri.set(uri, list);
    }
    for (const [uri, diagnostics] of byUri) this.publish(uri, diagnostics);
  }

  /** Clears every file's problems; they come back as files are read again. */
  clear(): void {
    for (const uri of [...this.shown.keys()]) this.publish(uri, []);
    this.shown.clear();
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if (this.shown.get(uri) === key) return;
    this.shown.set(uri, key);
    this.send(uri, diagnostics);
  }
}
