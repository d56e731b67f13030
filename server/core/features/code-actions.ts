import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Finding, Fix, TextChange } from '../check/finding';
import type { Determination } from '../model/determination';
import { lineBreakOf } from '../letter/text';
import type { LetterAnalysis } from './analysis';
import { toDiagnostic, toTextEdits } from './diagnostics';
import { findingText } from '../check/engine';
import { ignoreFindingEdit, type IgnoreTarget } from './ignore-finding';

/** The kind of the action that applies every safe fix at once (e.g. on save). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.imr`;

/**
 * Code actions for a range: each finding's own fixes, a way to silence it, and
 * `source.fixAll.imr`. A draft (`*.imr.md`) is silenced with "Disable RULE for this line", an
 * inline comment; a published plain-text letter must not carry one, so it gets "Ignore this
 * finding", an entry in the config file `ignoreIn` names (none for a letter not on disk). Actions
 * carry edits, or for a snippet fix the client's snippet command (`snippetCommand`, absent for
 * clients that cannot insert snippets); the client applies them.
 */
export function getCodeActions(
  analysis: LetterAnalysis,
  uri: string,
  range: Range,
  only?: string[],
  snippetCommand?: string,
  ignoreIn?: IgnoreTarget,
): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const finding of findingsIn(analysis, range))
      actions.push(...quickFixes(analysis.determination, uri, finding, snippetCommand, ignoreIn));
  }
  if (wants(only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(analysis, uri);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Whether an action of `kind` is asked for: no filter, or a requested kind that is it or its parent. */
function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function findingsIn(analysis: LetterAnalysis, range: Range): Finding[] {
  const { lines } = analysis.determination;
  const { start, end } = lines.spanOf(range);
  return analysis.findings.filter((finding) => finding.span.start <= end && start <= finding.span.end);
}

function quickFixes(
  determination: Determination,
  uri: string,
  finding: Finding,
  snippetCommand: string | undefined,
  ignoreIn: IgnoreTarget | undefined,
): CodeAction[] {
  const diagnostic = toDiagnostic(finding, determination.lines, uri);
  const own = finding.fixes.flatMap((fix): CodeAction[] => {
    const action = {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fix.preferred,
    };
    const edits = toTextEdits(fix, determination.lines);
    if (!fix.snippet) return [{ ...action, edit: { changes: { [uri]: edits } } }];
    if (!snippetCommand) return [];
    const insertions = edits.map((edit) => ({ range: edit.range, snippet: edit.newText }));
    return [{ ...action, command: { title: fix.title, command: snippetCommand, arguments: [uri, insertions] } }];
  });
  return [
    ...own,
    ...silencing(determination, uri, finding, ignoreIn).map((action) => ({ ...action, diagnostics: [diagnostic] })),
  ];
}

function silencing(
  determination: Determination,
  uri: string,
  finding: Finding,
  ignoreIn: IgnoreTarget | undefined,
): CodeAction[] {
  if (determination.shape === 'markdown') {
    const edit = { changes: { [uri]: [disableNextLineEdit(determination, finding)] } };
    return [{ title: `Disable ${finding.rule} for this line`, kind: CodeActionKind.QuickFix, edit }];
  }
  if (!ignoreIn) return [];
  const edit = ignoreFindingEdit(ignoreIn, finding.rule, findingText(determination, finding));
  const title = `Ignore this finding (in ${CONFIG_NAME})`;
  // The server sees the entry once the file is saved: the client's save command runs after the edit.
  const save = ignoreIn.saveCommand && { title, command: ignoreIn.saveCommand, arguments: [ignoreIn.configUri] };
  return [{ title, kind: CodeActionKind.QuickFix, edit, ...(save ? { command: save } : {}) }];
}

const CONFIG_NAME = '.imrlintrc.json';

/** `<!-- imr-disable-next-line RULE -->` on a new line above the finding's line, with its indent. */
function disableNextLineEdit(determination: Determination, finding: Finding): TextEdit {
  const { lines, text } = determination;
  const line = lines.positionAt(finding.span.start).line;
  const start = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(text.slice(start, lines.lineEnd(line)))?.[0] ?? '';
  const position = { line, character: 0 };
  const newText = `${indent}<!-- imr-disable-next-line ${finding.rule} -->${lineBreakOf(text)}`;
  return { range: { start: position, end: position }, newText };
}

function fixAllAction(analysis: LetterAnalysis, uri: string): CodeAction | undefined {
  const fixes = safeFixes(analysis.findings);
  if (fixes.length === 0) return undefined;
  const { lines } = analysis.determination;
  const edits = fixes.flatMap((fix) => toTextEdits(fix, lines));
  return { title: 'Fix all safe IMR problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}

/** Every safe fix whose changes overlap no fix taken before it, in document order. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  const taken: Fix[] = [];
  const changes: TextChange[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix || fix.changes.some((change) => changes.some((other) => overlaps(change, other)))) continue;
    taken.push(fix);
    changes.push(...fix.changes);
  }
  return taken;
}

/** Two changes collide when their spans overlap, or both insert at the same offset. */
function overlaps(a: TextChange, b: TextChange): boolean {
  return (a.span.start < b.span.end && b.span.start < a.span.end) || a.span.start === b.span.start;
}
