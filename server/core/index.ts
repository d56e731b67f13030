/**
 * The checker core: parser → document model → rules → findings and fixes.
 * Pure TypeScript with LSP types; no `vscode` import and no Node-only API, so the CLI,
 * the language server and tests all call the same code.
 */
import { parseDetermination } from './parser';
import { createLetterService, type LetterAnalysis, type LetterService, type LetterSetup } from './service';
import { checkDetermination } from './check/engine';
import { defaultConfig, type CheckerConfig } from './check/config';
import type { Finding } from './check/finding';
import type { Determination } from './model/determination';
import type { KnowledgeBase } from './knowledge/types';
import { builtInKnowledge } from './knowledge';
import { allRules } from './rules';
import type { Rule } from './check/rule';

export interface CheckerOptions {
  knowledge?: KnowledgeBase;
  config?: CheckerConfig;
  rules?: readonly Rule[];
}

/** Parses and checks one letter's text, all of it however long (tests and scripts; editors and the CLI use the service). */
export function checkText(text: string, options: CheckerOptions = {}): LetterAnalysis {
  const service = createLetterService({ rules: options.rules, maxChars: Infinity });
  return service.analyze(text, {
    knowledge: options.knowledge ?? builtInKnowledge(),
    config: options.config ?? defaultConfig(),
  });
}

export { parseDetermination, checkDetermination, defaultConfig, builtInKnowledge, allRules, createLetterService };
export type { CheckerConfig, Finding, Determination, KnowledgeBase, Rule, LetterAnalysis, LetterService, LetterSetup };
