import type { CheckerConfig, ReviewerProfile } from '../core/check/config';
import type { RuleSetting } from '../core/check/finding';

/** The `imrDeterminations` settings section, as the server uses it. */
export interface EditorSettings {
  rules: Record<string, RuleSetting>;
  extraGlobs: string[];
  guidelinePacks: string[];
  reviewer: ReviewerProfile;
}

export const SETTINGS_SECTION = 'imrDeterminations';

const RULE_SETTINGS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Reads whatever the client sent, keeping only well-formed values: a client may answer with
 * null, a partial object or values of the wrong type, and none of that may stop checking.
 */
export function readEditorSettings(raw: unknown): EditorSettings {
  const section = objectOr(raw);
  const files = objectOr(section.files);
  const reviewer = objectOr(section.reviewer);
  return {
    rules: ruleSettings(section.rules),
    extraGlobs: strings(files.extraGlobs),
    guidelinePacks: strings(section.guidelinePacks),
    reviewer: {
      licensure: licensure(reviewer.licensure),
      specialty:
        typeof reviewer.specialty === 'string' && reviewer.specialty.trim() ? reviewer.specialty.trim() : undefined,
    },
  };
}

/**
 * The config a letter is checked with: the editor's settings over the nearest `.imrlintrc.json`
 * (as the settings' description promises). Pack paths are resolved by the caller, since each
 * source resolves them against its own folder.
 */
export function mergeConfig(
  settings: EditorSettings,
  project: CheckerConfig | undefined,
  guidelinePacks: string[],
): CheckerConfig {
  return {
    rules: { ...project?.rules, ...settings.rules },
    guidelinePacks,
    reviewer: {
      licensure: settings.reviewer.licensure ?? project?.reviewer.licensure,
      specialty: settings.reviewer.specialty ?? project?.reviewer.specialty,
    },
    ignore: project?.ignore ?? [],
  };
}

function objectOr(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string' && entry !== '')
    : [];
}

function ruleSettings(value: unknown): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(objectOr(value))) {
    if (typeof setting === 'string' && RULE_SETTINGS.includes(setting)) rules[id] = setting as RuleSetting;
  }
  return rules;
}

/** `["California", "Nevada"]` or the letter's own form, `"California,Nevada"`. */
function licensure(value: unknown): string[] | undefined {
  const states = typeof value === 'string' ? value.split(',') : strings(value);
  const trimmed = states.map((state) => state.trim()).filter(Boolean);
  return trimmed.length > 0 ? trimmed : undefined;
}
