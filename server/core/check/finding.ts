import type { Span } from '../model/span';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A configured severity; `off` silences the rule. */
export type RuleSetting = Severity | 'off';

/** One replacement in the letter text. Insertions have an empty span. */
export interface TextChange {
  span: Span;
  newText: string;
}

/** An edit the user may apply; the checker never applies one on its own. */
export interface Fix {
  title: string;
  changes: TextChange[];
  /** Safe fixes change no decision or clinical statement and may run in "fix all". */
  safe: boolean;
  /** The fix a quick-fix menu should put first. */
  preferred?: boolean;
  /**
   * The new text is a snippet (`${1:California}` tab stops) for the reviewer to complete: offered
   * only by clients that insert snippets, never applied by "fix all".
   */
  snippet?: boolean;
}

/** Another place in the letter a finding refers to: the other side of an inconsistency. */
export interface RelatedPlace {
  span: Span;
  /** What stands there, e.g. "The case summary calls the patient female here." */
  message: string;
}

/** One defect a rule found. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes: Fix[];
  /** Index of the disputed item the finding belongs to, when it belongs to one. */
  item?: number;
  /** The other places the finding names, shown beside it (LSP `relatedInformation`, SARIF `relatedLocations`). */
  related?: RelatedPlace[];
}
