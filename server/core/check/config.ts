import type { RuleSetting } from './finding';

/** The reviewer's own credentials, used by the fix that inserts missing credentials lines. */
export interface ReviewerProfile {
  licensure?: string[];
  specialty?: string;
}

/** Settings shared by the CLI (`.imrlintrc.json`) and the editor (`imrDeterminations.*`). */
export interface CheckerConfig {
  /** Per-rule severity overrides; `off` silences a rule. */
  rules: Record<string, RuleSetting>;
  /** Paths of extra guideline pack files, resolved by whoever loads them. */
  guidelinePacks: string[];
  reviewer: ReviewerProfile;
}

export function defaultConfig(): CheckerConfig {
  return { rules: {}, guidelinePacks: [], reviewer: {} };
}
