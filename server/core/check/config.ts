import type { Node } from 'jsonc-parser';
import type { Range } from 'vscode-languageserver-types';
import { readJsonTree } from '../knowledge/json-text';
import { LineIndex } from '../model/line-index';
import type { RuleSetting } from './finding';

/** The reviewer's own credentials, used by the fix that inserts missing credentials lines. */
export interface ReviewerProfile {
  licensure?: string[];
  specialty?: string;
}

/**
 * A finding left out of one letter: written by the "Ignore this finding" fix for published
 * plain-text letters, which must not carry a comment. Keyed by the finding's text, not its
 * position, so that it survives edits elsewhere in the letter.
 */
export interface IgnoredFinding {
  /** The letter, relative to the config file's folder, with `/` separators. */
  file: string;
  rule: string;
  /** The letter text the finding marks. */
  text: string;
}

/** Settings shared by the CLI (`.imrlintrc.json`) and the editor (`imrDeterminations.*`). */
export interface CheckerConfig {
  /** Per-rule severity overrides; `off` silences a rule. */
  rules: Record<string, RuleSetting>;
  /** Paths of extra guideline pack files, resolved by whoever loads them. */
  guidelinePacks: string[];
  reviewer: ReviewerProfile;
  /** Findings to leave out; narrowed to one letter's entries by `ignoredIn` before a check. */
  ignore: IgnoredFinding[];
}

export function defaultConfig(): CheckerConfig {
  return { rules: {}, guidelinePacks: [], reviewer: {}, ignore: [] };
}

/** The config for one letter: its own `ignore` entries only (`file` as the entries write it). */
export function ignoredIn(config: CheckerConfig, file: string): CheckerConfig {
  const key = normalFile(file);
  return { ...config, ignore: config.ignore.filter((entry) => normalFile(entry.file) === key) };
}

function normalFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** Something wrong in a config file, with where it stands (0-based, as LSP counts). */
export interface ConfigProblem {
  file: string;
  range: Range;
  message: string;
}

export interface ParsedConfig {
  /** What could be read; parts with problems are left at their defaults. */
  config: CheckerConfig;
  problems: ConfigProblem[];
  /** Where each of `config.guidelinePacks` is written, so a pack that cannot be read is reported there. */
  packRanges: Range[];
}

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Reads an `.imrlintrc.json` text (comments and trailing commas allowed). Pure: the caller
 * reads the file and resolves pack paths. `knownRules`, when given, flags misspelt rule ids,
 * which would otherwise silently configure nothing.
 */
export function parseConfig(text: string, fileName: string, knownRules?: readonly string[]): ParsedConfig {
  const reader = new ConfigReader(text, fileName, knownRules);
  return { config: reader.read(), problems: reader.problems, packRanges: reader.packRanges };
}

/** `file:line:col: message`, 1-based, as compilers print it. */
export function formatConfigProblem(problem: ConfigProblem): string {
  const { line, character } = problem.range.start;
  return `${problem.file}:${line + 1}:${character + 1}: ${problem.message}`;
}

class ConfigReader {
  readonly problems: ConfigProblem[] = [];
  readonly packRanges: Range[] = [];
  private readonly lines: LineIndex;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly knownRules?: readonly string[],
  ) {
    this.lines = new LineIndex(text);
  }

  read(): CheckerConfig {
    const config = defaultConfig();
    const read = readJsonTree(this.text, true);
    if ('problem' in read) {
      const { offset, length, reason } = read.problem;
      this.problem(offset, length, reason);
      return config;
    }
    const { root } = read;
    if (root.type !== 'object') {
      this.problemAt(root, 'expected an object like {"rules": {"phi": "off"}}', 0);
      return config;
    }
    for (const [key, value, property] of entries(root)) {
      if (key === 'rules') config.rules = this.readRules(value);
      else if (key === 'guidelinePacks') config.guidelinePacks = this.readPacks(value);
      else if (key === 'reviewer') config.reviewer = this.readReviewer(value);
      else if (key === 'ignore') config.ignore = this.readIgnore(value);
      else this.problemAt(property, `unknown setting "${key}" (expected rules, guidelinePacks, reviewer or ignore)`);
    }
    return config;
  }

  private readRules(node: Node): Record<string, RuleSetting> {
    const rules: Record<string, RuleSetting> = {};
    if (!this.expect(node, 'object', '"rules" must be an object of rule ids and severities')) return rules;
    for (const [id, value, property] of entries(node)) {
      if (this.knownRules && !this.knownRules.includes(id)) {
        this.problemAt(property.children?.[0], `unknown rule "${id}"`);
      } else if (value.type !== 'string' || !SETTINGS.includes(value.value)) {
        this.problemAt(value, `rule "${id}": expected one of ${SETTINGS.join(', ')}`);
      } else {
        rules[id] = value.value;
      }
    }
    return rules;
  }

  private readReviewer(node: Node): ReviewerProfile {
    const reviewer: ReviewerProfile = {};
    if (
      !this.expect(node, 'object', '"reviewer" must be an object like {"licensure": ["California"], "specialty": "…"}')
    ) {
      return reviewer;
    }
    for (const [key, value, property] of entries(node)) {
      if (key === 'licensure') reviewer.licensure = this.readStrings(value, 'reviewer.licensure');
      else if (key === 'specialty' && this.expect(value, 'string', '"reviewer.specialty" must be a string')) {
        reviewer.specialty = value.value;
      } else if (key !== 'specialty') {
        this.problemAt(property, `unknown reviewer setting "${key}" (expected licensure or specialty)`);
      }
    }
    return reviewer;
  }

  private readIgnore(node: Node): IgnoredFinding[] {
    const message = '"ignore" entries must be objects like {"file": "letter.txt", "rule": "phi", "text": "…"}';
    if (!this.expect(node, 'array', message)) return [];
    const ignored: IgnoredFinding[] = [];
    for (const child of node.children ?? []) {
      if (!this.expect(child, 'object', message)) continue;
      const fields = new Map(entries(child).map(([key, value]) => [key, value]));
      const [file, rule, text] = ['file', 'rule', 'text'].map((key) => fields.get(key));
      if (file?.type !== 'string' || rule?.type !== 'string' || text?.type !== 'string') {
        this.problemAt(child, message);
      } else if (this.knownRules && !this.knownRules.includes(rule.value)) {
        this.problemAt(rule, `unknown rule "${rule.value}"`);
      } else {
        ignored.push({ file: file.value, rule: rule.value, text: text.value });
      }
    }
    return ignored;
  }

  private readPacks(node: Node): string[] {
    const packs = this.stringNodes(node, 'guidelinePacks');
    for (const pack of packs)
      this.packRanges.push(this.lines.rangeOf({ start: pack.offset, end: pack.offset + pack.length }));
    return packs.map((pack) => pack.value);
  }

  private readStrings(node: Node, name: string): string[] {
    return this.stringNodes(node, name).map((child) => child.value);
  }

  private stringNodes(node: Node, name: string): Node[] {
    const message = `"${name}" must be an array of strings`;
    if (!this.expect(node, 'array', message)) return [];
    return (node.children ?? []).filter((child) => this.expect(child, 'string', message));
  }

  private expect(node: Node, type: Node['type'], message: string): boolean {
    if (node.type === type) return true;
    this.problemAt(node, message);
    return false;
  }

  private problemAt(node: Node | undefined, message: string, fallback = this.text.length): void {
    this.problem(node?.offset ?? fallback, node?.length ?? 0, message);
  }

  private problem(offset: number, length: number, message: string): void {
    const range = this.lines.rangeOf({ start: offset, end: offset + length });
    this.problems.push({ file: this.file, range, message });
  }
}

/** The properties of an object node as [key, value node, property node]. */
function entries(node: Node): Array<[string, Node, Node]> {
  const result: Array<[string, Node, Node]> = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) result.push([String(key.value), value, property]);
  }
  return result;
}
