/**
 * The extension's own requests between client and server, beside standard LSP.
 * Plain types and method names only, so the client can import this file without pulling
 * in the server.
 */

export const LANGUAGE_ID = 'imr-determination';

/** Client → server: the guideline passages to offer at a position (filtered by the item under it). */
export const GuidelinePassagesRequest = 'imr/guidelinePassages';
export interface GuidelinePassagesParams {
  uri: string;
  position: { line: number; character: number };
}
export interface GuidelinePassage {
  /** Knowledge entry id. */
  id: string;
  label: string;
  /** Guideline, section and pages. */
  detail: string;
  /** Confidence tag of the entry. */
  confidence: string;
  /** True when the entry applies to the item under the position. */
  matchesItem: boolean;
  /** VS Code snippet syntax (tab stops for the numbers the reviewer fills in). */
  snippet: string;
}

/** Client → server: the text of a new letter, as a snippet. */
export const LetterTemplateRequest = 'imr/letterTemplate';
export interface LetterTemplate {
  snippet: string;
}

/** Client → server: check every letter in the workspace folders and publish diagnostics for them. */
export const CheckWorkspaceRequest = 'imr/checkWorkspace';
export interface CheckWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
}

/** Client → server: counts for the status bar. */
export const LetterSummaryRequest = 'imr/letterSummary';
export interface LetterSummaryParams {
  uri: string;
}
export interface LetterSummary {
  items: number;
  upheld: number;
  overturned: number;
  errors: number;
  warnings: number;
  /** The `.imrlintrc.json` that governs the letter; absent when none does (editor settings and defaults). */
  configFile?: string;
}

/**
 * Server → client, as a code action's command: insert snippets (tab stops for what the reviewer
 * types) at these ranges. Offered only to clients that say they run it (`snippetCommand` in the
 * initialization options); LSP edits cannot carry tab stops.
 */
export const InsertSnippetCommand = 'imrDeterminations.insertSnippet';
export interface SnippetInsertion {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  snippet: string;
}

/**
 * Server → client, as the command of "Ignore this finding": save the config file the action's
 * edit changed, so the server (which reads files on disk) sees the new entry. Offered only to
 * clients that say they run it (`saveCommand` in the initialization options).
 */
export const SaveFileCommand = 'imrDeterminations.saveFile';

/**
 * A diagnostic's rule link, for clients that say they run it (`ruleDocsCommand` in the
 * initialization options): `command:imrDeterminations.showRuleDocs?["rule-id"]` shows the rule's
 * section of the README shipped with the extension. Others get a `file:` link to that README.
 */
export const ShowRuleDocsCommand = 'imrDeterminations.showRuleDocs';

/** Where the rules are documented: the README, whose rule sections are generated from the rule modules. */
export const RULE_DOCS_FILE = 'README.md';

/**
 * The README's copy shipped beside the bundles, which rule links and the preview open offline: the
 * build writes it (vsce renames the root README to `readme.md` inside a .vsix).
 */
export const SHIPPED_RULE_DOCS_FILE = 'dist/README.md';

/**
 * The anchor of a rule's section in RULE_DOCS_FILE, whose heading is the rule id in backticks: the
 * one place the README's headings and table, the server's links and the client's preview agree on.
 */
export function ruleDocsAnchor(rule: string): string {
  return rule;
}

/** Client → server: the letter's checklist (what a final determination must hold, ticked or not). */
export const LetterChecklistRequest = 'imr/letterChecklist';
export interface ChecklistEntry {
  label: string;
  done: boolean;
  /** Where the part stands in the letter (0-based), when it is there. */
  line?: number;
  children?: ChecklistEntry[];
}
export interface Checklist {
  entries: ChecklistEntry[];
}

/**
 * Client → server: the letter in the published layout, as text or as a PDF, with the errors that
 * stop the export unless the reviewer exports anyway (**IMR: Export Letter…**, **IMR: Open
 * Published Preview**); null for a document the server does not have open.
 */
export const ExportLetterRequest = 'imr/exportLetter';
export type ExportFormat = 'text' | 'pdf';
export interface ExportLetterParams {
  uri: string;
  format: ExportFormat;
}
/** An error of the letter, where it stands (0-based line and character). */
export interface ExportBlocker {
  rule: string;
  message: string;
  line: number;
  character: number;
}
export interface ExportLetterResult {
  blockers: ExportBlocker[];
  /** The published text (`utf8`) or the PDF's bytes (`base64`). */
  content: string;
  encoding: 'utf8' | 'base64';
  /** Characters the PDF's standard fonts cannot show, written there as "?". */
  replaced: string[];
  /** The letter is longer than the checker reads: there is nothing whole to write. */
  incomplete: boolean;
}
