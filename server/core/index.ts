/**
 * The checker core: parser → document model → rules → findings and fixes.
 * Pure TypeScript with LSP types; no `vscode` import and no Node-only API, so the CLI,
 * the language server and tests all call the same code.
 */
import { parseDetermination } from './parser';
import { checkDetermination } from './check/engine';
import { defaultConfig, type CheckerConfig } from './check/config';
import type { Finding } from './check/finding';
import type { Determination } from './model/determination';
import type { KnowledgeBase } from './knowledge/types';
import { builtInKnowledge } from './knowledge';
import { allRules } from './rules';
import type { Rule } from './check/rule';

export interface CheckResult {
  determination: Determination;
  findings: Finding[];
}

export interface CheckerOptions {
  knowledge?: KnowledgeBase;
  config?: CheckerConfig;
  rules?: readonly Rule[];
}

/** Parses and checks one letter's text. */
export function checkText(text: string, options: CheckerOptions = {}): CheckResult {
  const knowledge = options.knowledge ?? builtInKnowledge();
  const determination = parseDetermination(text, knowledge);
  const findings = checkDetermination(determination, {
    knowledge,
    config: options.config ?? defaultConfig(),
    rules: options.rules ?? allRules,
  });
  return { determination, findings };
}

export { parseDetermination, checkDetermination, defaultConfig, builtInKnowledge, allRules };
export type { CheckerConfig, Finding, Determination, KnowledgeBase, Rule };
