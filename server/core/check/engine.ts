import { textOf, type Determination } from '../model/determination';
import type { KnowledgeBase } from '../knowledge/types';
import { letterEra, type LetterEra } from '../knowledge/era';
import type { Rule, Report } from './rule';
import type { CheckerConfig } from './config';
import type { Finding, Severity } from './finding';
import { suppressedByDirectives } from './directives';

export interface CheckOptions {
  knowledge: KnowledgeBase;
  config: CheckerConfig;
  rules: readonly Rule[];
}

/**
 * Runs every enabled rule over one parsed letter, then drops findings that a more basic
 * finding on the same item covers, and those silenced by inline comments.
 * A rule that throws is reported as a finding of its own instead of taking the others down.
 */
export function checkDetermination(determination: Determination, options: CheckOptions): Finding[] {
  return finishFindings(determination, runRules(determination, options, letterEra(determination, options.knowledge)));
}

/**
 * The rules' findings before inline comments are applied: what a memo of an item keeps, since
 * a comment may come or go without the item changing.
 */
export function runRules(determination: Determination, options: CheckOptions, era: LetterEra): Finding[] {
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    const severity = severityOf(rule, options.config);
    if (!severity) continue;
    const report = ({ atMost, ...r }: Report) =>
      findings.push({ rule: rule.id, severity: weaker(severity, atMost), fixes: [], ...r });
    try {
      rule.check({ determination, knowledge: options.knowledge, era, config: options.config, report });
    } catch (error) {
      findings.push(internalError(rule, error));
    }
  }
  return withoutIgnored(determination, withoutSuperseded(findings, options.rules), options.config);
}

/** Drops the findings the config's `ignore` list names by rule and marked text. */
function withoutIgnored(determination: Determination, findings: Finding[], config: CheckerConfig): Finding[] {
  if (config.ignore.length === 0) return findings;
  const ignored = new Set(config.ignore.map((entry) => `${entry.rule}\u0000${entry.text}`));
  return findings.filter((finding) => !ignored.has(`${finding.rule}\u0000${findingText(determination, finding)}`));
}

/** The letter text a finding marks: what an `ignore` entry names it by. */
export function findingText(determination: Determination, finding: Finding): string {
  return textOf(determination, finding.span);
}

/** Drops findings silenced by inline comments and puts the rest in document order. */
export function finishFindings(determination: Determination, findings: Finding[]): Finding[] {
  return suppressedByDirectives(determination, findings).sort(byPosition);
}

function severityOf(rule: Rule, config: CheckerConfig): Severity | undefined {
  const setting = config.rules[rule.id] ?? rule.defaultSeverity;
  return setting === 'off' ? undefined : setting;
}

const STRENGTH: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

function weaker(severity: Severity, cap: Severity | undefined): Severity {
  return cap && STRENGTH[cap] < STRENGTH[severity] ? cap : severity;
}

function withoutSuperseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const supersededBy = new Map(rules.map((rule) => [rule.id, rule.supersededBy ?? []]));
  const onItem = new Set(findings.filter((f) => f.item !== undefined).map((f) => `${f.item}:${f.rule}`));
  return findings.filter((finding) => {
    if (finding.item === undefined) return true;
    return !(supersededBy.get(finding.rule) ?? []).some((other) => onItem.has(`${finding.item}:${other}`));
  });
}

function internalError(rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: rule.id,
    severity: 'information',
    message: `The ${rule.id} check could not run on this letter (${reason}). Other checks are unaffected.`,
    span: { start: 0, end: 0 },
    fixes: [],
  };
}

function byPosition(a: Finding, b: Finding): number {
  // Rule ids are lower-case ASCII words and hyphens, which sort alike by characters and by locale; the
  // locale's collator would cost a first check a fifth of a second to load.
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
