import type { ErrorObject, ValidateFunction } from 'ajv';
import packSchema from './pack.schema.json';

/** One schema violation, at a JSON path into the pack. */
export interface SchemaViolation {
  path: Array<string | number>;
  reason: string;
  /** The problem is the property's name (an unknown key), not its value. */
  onKey?: boolean;
}

let validator: ValidateFunction | undefined;

/** The compiled pack schema; compiled on first use, since most runs never load a user pack twice. */
function packValidator(): ValidateFunction {
  // Loaded here, not at the top: only a user pack needs validating at run time, and ajv's set-up
  // would otherwise cost every CLI run and every server start.
  if (!validator) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the lazy load above
    const { default: Ajv } = require('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(packSchema);
  }
  return validator;
}

/** Checks a parsed pack value against `pack.schema.json`. */
export function schemaViolations(value: unknown): SchemaViolation[] {
  const validate = packValidator();
  if (validate(value)) return [];
  const seen = new Set<string>();
  const violations: SchemaViolation[] = [];
  for (const error of validate.errors ?? []) {
    const violation = describe(error);
    const key = `${violation.path.join('/')}|${violation.reason}`;
    if (!seen.has(key)) {
      seen.add(key);
      violations.push(violation);
    }
  }
  return violations;
}

function describe(error: ErrorObject): SchemaViolation {
  const path = pointerSegments(error.instancePath);
  const where = displayPath(path);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    return { path: [...path, key], reason: `${where}: unknown property "${key}"`, onKey: true };
  }
  if (error.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
    return { path, reason: `${where}: must be one of ${allowed}` };
  }
  return { path, reason: `${where}: ${error.message ?? 'is invalid'}` };
}

/** "/limits/3/trial" → ["limits", 3, "trial"]. */
function pointerSegments(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** ["limits", 3, "trial"] → "limits[3].trial"; the root is "pack". */
export function displayPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return 'pack';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
