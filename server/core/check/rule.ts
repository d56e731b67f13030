import type { Fix, RelatedPlace, Severity } from './finding';
import type { Determination } from '../model/determination';
import type { Span } from '../model/span';
import type { KnowledgeBase } from '../knowledge/types';
import type { LetterEra } from '../knowledge/era';
import type { CheckerConfig } from './config';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Report {
  message: string;
  span: Span;
  fixes?: Fix[];
  item?: number;
  related?: RelatedPlace[];
  /**
   * The strongest severity this finding may take, whatever the rule's setting: a defect the
   * reviewer copied from the utilization review is reported as information at most.
   */
  atMost?: Severity;
}

export interface RuleContext {
  determination: Determination;
  knowledge: KnowledgeBase;
  /** The guideline era the letter was decided in, from its dates or citations. */
  era: LetterEra;
  config: CheckerConfig;
  report(report: Report): void;
}

/**
 * A rule: one module under `rules/`, named by its id. `doc` is the one-paragraph explanation
 * that the CLI's `--list-rules`, hovers and the README show.
 */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line, for lists. */
  description: string;
  /** One paragraph: what fires, why it matters, and what the fix does. */
  doc: string;
  tags: string[];
  /** Ids of rules whose finding on the same item makes this one's redundant ("one defect, one finding"). */
  supersededBy?: string[];
  /**
   * The rule weighs every item's text against the others (one fact stated in several items), so
   * an incremental check runs it on the whole letter, never on the changed items alone.
   */
  wholeLetter?: boolean;
  check(context: RuleContext): void;
}
