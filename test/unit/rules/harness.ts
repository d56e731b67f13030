import * as fs from 'fs';
import * as path from 'path';
import { checkText, defaultConfig } from '../../../server/core';
import type { CheckerConfig } from '../../../server/core/check/config';
import type { Fix, Finding } from '../../../server/core/check/finding';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/rules');

/** The reviewer profile fixtures are checked with, so the credentials fixes have something to write. */
export function fixtureConfig(): CheckerConfig {
  return { ...defaultConfig(), reviewer: { licensure: ['California'], specialty: 'Internal Medicine' } };
}

export function fixtureFiles(dir = FIXTURES): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return fixtureFiles(full);
    return /\.(imr\.md|txt)$/.test(entry.name) ? [full] : [];
  });
}

export function lint(text: string, config = fixtureConfig()): Finding[] {
  return checkText(text, { config }).findings;
}

export function applyFix(text: string, fix: Fix): string {
  const changes = [...fix.changes].sort((a, b) => b.span.start - a.span.start);
  return changes.reduce(
    (result, change) =>
      result.slice(0, change.span.start) + inserted(fix, change.newText) + result.slice(change.span.end),
    text,
  );
}

/** A snippet fix's text as an editor leaves it when every tab stop keeps its default. */
function inserted(fix: Fix, newText: string): string {
  return fix.snippet ? newText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '') : newText;
}

/** Findings counted by rule and message, which stay the same when a fix moves text around them. */
export function tally(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const key = `${finding.rule}: ${finding.message}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
