/**
 * The parts of package.json and of the `.imrlintrc.json` schema that list the rules: generated
 * from the rule modules, so the Settings UI and the config file offer exactly the rule ids the
 * checker knows, each with a dropdown of severities. `build-generated.js` writes them; a unit
 * test checks the committed files.
 */
import { allRules } from '../../server/core/rules';

export const MANIFEST_FILE = 'package.json';
export const CONFIG_SCHEMA_FILE = 'schemas/imrlintrc.schema.json';
const RULES_SETTING = 'imrDeterminations.rules';
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** One property per rule: its severities as an enum, its default and description shown beside it. */
function ruleProperties(): Record<string, object> {
  const properties: Record<string, object> = {};
  for (const rule of allRules) {
    properties[rule.id] = {
      type: 'string',
      enum: SEVERITIES,
      markdownDescription: `${rule.description} Default: \`${rule.defaultSeverity}\`.`,
    };
  }
  return properties;
}

interface Manifest {
  contributes: { configuration: { properties: Record<string, { properties?: object }> } };
}

/** package.json with the rules setting's properties regenerated; the rest as it is. */
export function manifestText(current: string): string {
  const manifest = JSON.parse(current) as Manifest;
  manifest.contributes.configuration.properties[RULES_SETTING].properties = ruleProperties();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The JSON schema VS Code validates `.imrlintrc.json` with (contributed through `jsonValidation`). */
export function configSchemaText(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'IMR Determinations configuration (.imrlintrc.json)',
    description: 'Read by the imr-lint CLI and the editor extension, from the nearest .imrlintrc.json above a letter.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per rule id; "off" silences the rule.',
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties(),
      },
      guidelinePacks: {
        description: 'Guideline pack files (JSON, the schema of the built-in data), relative to this file.',
        type: 'array',
        items: { type: 'string' },
      },
      reviewer: {
        description: "The expert reviewer's own credentials, used by the template and the credentials fix.",
        type: 'object',
        additionalProperties: false,
        properties: {
          licensure: { type: 'array', items: { type: 'string' }, description: 'States of licensure.' },
          specialty: { type: 'string', description: 'Certification or specialty.' },
        },
      },
      ignore: {
        description:
          'Findings to leave out, each by letter file (relative to this file), rule id and the text the finding ' +
          'marks: written by the "Ignore this finding" fix for published plain-text letters.',
        type: 'array',
        items: {
          type: 'object',
          required: ['file', 'rule', 'text'],
          additionalProperties: false,
          properties: {
            file: { type: 'string' },
            rule: { type: 'string', enum: allRules.map((rule) => rule.id) },
            text: { type: 'string' },
          },
        },
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
