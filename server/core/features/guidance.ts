/**
 * Knowledge as the editor features put it in words: which limits apply to an item, how a limit,
 * its source and its confidence read. All numbers come from the knowledge base.
 */
import type { LetterEra } from '../knowledge/era';
import { entryInForce } from '../knowledge';
import { rangeText } from '../letter/describe';
import type {
  Confidence,
  CriteriaEntry,
  GuidelineSource,
  KnowledgeBase,
  LimitPhase,
  TreatmentLimit,
} from '../knowledge/types';
import { guidelineFamily } from '../knowledge/item/applicable';

/**
 * Limits as the rules see them on the letter's date: those whose guideline was in force (the only
 * ones a finding judges by) and the rest, which hovers still list, marked as not in force.
 */
export function limitsByForce(
  knowledge: KnowledgeBase,
  limits: readonly TreatmentLimit[],
  era: LetterEra,
): { inForce: TreatmentLimit[]; notInForce: TreatmentLimit[] } {
  const inForce = limits.filter((limit) => entryInForce(knowledge, limit, era));
  return { inForce, notInForce: limits.filter((limit) => !inForce.includes(limit)) };
}

/** A treatment's name as the knowledge base gives it; its id when the knowledge base does not know it. */
export function treatmentName(knowledge: KnowledgeBase, id: string): string {
  return knowledge.treatments.find((term) => term.id === id)?.name ?? id;
}

const CONFIDENCE_WORDS: Record<Confidence, string> = {
  verified: 'verified against a public source',
  'observed-in-letters': 'seen in published letters',
  unverified: 'unverified',
};

export function confidenceText(confidence: Confidence): string {
  return CONFIDENCE_WORDS[confidence];
}

/** The numbers of a limit in words: trial, total with functional improvement, frequency. */
export function limitNumbers(limit: TreatmentLimit): string {
  if (!limit.recommended) return 'not recommended';
  const parts: string[] = [];
  if (limit.trial) parts.push(`initial trial of ${phaseWords(limit.trial, 'treatment')}`);
  if (limit.total) {
    const total = phaseWords(limit.total, 'treatment continued');
    parts.push(limit.trial ? `with documented functional improvement, ${total}` : total);
  }
  if (limit.perWeek) parts.push(`${rangeText(limit.perWeek)} per week`);
  if (limit.hoursPerWeek) parts.push(`at most ${rangeText(limit.hoursPerWeek)} hours per week`);
  if (limit.perSession) parts.push(`at most ${rangeText(limit.perSession)} per session`);
  if (limit.perYear) parts.push(`at most ${rangeText(limit.perYear)} per year`);
  if (limit.morphineEquivalentPerDay !== undefined)
    parts.push(`at most ${limit.morphineEquivalentPerDay} mg MED per day`);
  return parts.length > 0 ? parts.join('; ') : 'no number given';
}

/** "up to 18 visits over 6-8 weeks"; a phase without a visit count names what runs that long. */
function phaseWords(phase: LimitPhase, withoutVisits: string): string {
  const visits = phase.visits ? `up to ${rangeText(phase.visits)} visits` : withoutVisits;
  const over = [
    phase.weeks && `${rangeText(phase.weeks)} weeks`,
    phase.months && `${rangeText(phase.months)} months`,
  ].filter(Boolean);
  return over.length > 0 ? `${visits} over ${over.join(' or ')}` : visits;
}

/** "Manual therapy & manipulation, pages 58-60". */
export function sourceText(source: GuidelineSource): string {
  return source.pages ? `${source.section}, pages ${source.pages}` : source.section;
}

/**
 * A limit's short name, to pick it by: guideline family, region, treatment and condition
 * ("ODG neck manual therapy and manipulation, moderate cervical sprain/strain").
 */
export function limitName(knowledge: KnowledgeBase, limit: TreatmentLimit): string {
  const regions = (limit.regions ?? []).map((id) =>
    plainName(knowledge.regions.find((term) => term.id === id)?.name ?? id),
  );
  const words = [
    guidelineFamily(knowledge, limit.guideline) ?? limit.guideline,
    regions.join('/'),
    plainName(treatmentName(knowledge, limit.treatment)),
  ];
  const condition = limit.condition && plainName(limit.condition);
  const name = words.filter(Boolean).join(' ');
  return condition ? `${name}, ${condition}` : name;
}

/** A criteria entry's short name: "MTUS MRI criteria (Special Studies)". */
export function criteriaName(knowledge: KnowledgeBase, entry: CriteriaEntry): string {
  const treatments = (entry.appliesTo.treatments ?? []).map((id) => plainName(treatmentName(knowledge, id)));
  const subject = treatments.length > 0 ? treatments.join('/') : entry.topic.toLowerCase();
  return `${guidelineFamily(knowledge, entry.guideline) ?? entry.guideline} ${subject} criteria`;
}

/** "Neck (cervical spine)" → "neck"; acronyms (MRI, TENS) keep their capitals. */
function plainName(name: string): string {
  const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
  return bare.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase());
}
