import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Range } from 'vscode-languageserver-types';
import type { Severity } from '../../core/check/finding';
import type { Span } from '../../core/model/span';
import type { Rule } from '../../core/check/rule';
import type { FileReport } from '../report';
import { TOOL } from '../tool';
import { bundledRuleDocs } from '../../node/rule-docs';

/** SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), for code-scanning uploads in CI. */
export function formatSarif(reports: FileReport[], rules: readonly Rule[], cwd: string): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => {
      const location = (span: Span) => ({
        artifactLocation: artifactLocation(report.file, cwd),
        region: sarifRegion(report.lines.rangeOf(span)),
      });
      return {
        ruleId: finding.rule,
        ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
        level: sarifLevel(finding.severity),
        message: { text: finding.message },
        locations: [{ physicalLocation: location(finding.span) }],
        ...(finding.related?.length
          ? {
              relatedLocations: finding.related.map((place, id) => ({
                id,
                physicalLocation: location(place.span),
                message: { text: place.message },
              })),
            }
          : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { ...TOOL, rules: rules.map(ruleMetadata) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** SARIF counts from 1 and, by default, in UTF-16 code units, as LSP does. */
function sarifRegion({ start, end }: Range) {
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

function ruleMetadata(rule: Rule) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.doc },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    helpUri: bundledRuleDocs(rule.id),
    properties: { tags: rule.tags },
  };
}

/** Paths inside the working folder stay relative to `%SRCROOT%`, as code-scanning tools expect. */
function artifactLocation(file: string, cwd: string) {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  if (severity === 'error' || severity === 'warning') return severity;
  return 'note';
}
