import type { DrugEntry, DrugListEntry, KnowledgeBase } from './types';
import { findPhrase, lowerCaseKeepingOffsets, normalizeText, PhraseSet } from './phrase';
import { TextMemo } from '../model/text-memo';

/**
 * The drug a name or title names: an exact generic or brand name, else the drug whose name
 * occurs in the text, the longest name winning ("lidocaine patch" over "lidocaine").
 */
export function drugByName(kb: KnowledgeBase, name: string): DrugEntry | undefined {
  const text = normalizeText(name);
  const exact = kb.drugs.find((drug) => drug.names.includes(text));
  if (exact) return exact;
  let best: DrugEntry | undefined;
  let bestLength = 0;
  for (const drug of kb.drugs) {
    for (const drugName of drug.names) {
      if (drugName.length > bestLength && findPhrase(text, drugName) >= 0) {
        best = drug;
        bestLength = drugName.length;
      }
    }
  }
  return best;
}

/** Drugs named in a text, by any generic or brand name, on word boundaries, each once. */
export function drugsNamedIn(kb: KnowledgeBase, text: string): DrugEntry[] {
  return [...new Set(drugMentions(kb, text).map((mention) => mention.drug))];
}

/** A drug as a title names it, with the strength written after its name ("baclofen 5%"). */
export interface DrugMention {
  readonly drug: DrugEntry;
  /** The name as written, lower-cased ("flexeril"). */
  readonly name: string;
  /** "5%", "10 mg", when a figure with a unit follows the name before the next drug. */
  readonly strength?: string;
  /** Offsets into the text. */
  readonly from: number;
  readonly to: number;
}

const STRENGTH = /^[^a-z0-9]*(?:[a-z]+[^a-z0-9]+){0,2}?(\d+(?:\.\d+)?)(?:\s*\/\s*\d+(?:\.\d+)?)?\s*(%|mg|mcg)/;

/**
 * The drugs a text names, left to right, the longest name winning where names overlap
 * ("lidocaine patch 5%" is the patch, not also plain lidocaine). A compounded product splits
 * into its ingredients this way: "Flurbiprofen 20%/Baclofen 5%/Lidocaine 4% cream" names three,
 * each with its strength. Remembered by the text (shared: read-only).
 */
export function drugMentions(kb: KnowledgeBase, text: string): readonly DrugMention[] {
  const names = drugNamesOf(kb.drugs);
  return names.mentions.get(text, (read) => findMentions(names, read));
}

function findMentions(names: DrugNames, text: string): DrugMention[] {
  const lower = lowerCaseKeepingOffsets(text);
  const found = names.set.findAll(lower).map(({ phrase, at }): DrugMention => {
    const { drug, name } = names.of[phrase];
    return { drug, name, from: at, to: at + name.length };
  });
  // Where names overlap, the earliest and then the longest wins; at a tie, the first-listed drug.
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const mentions: DrugMention[] = [];
  for (const mention of found) {
    if (mentions.length === 0 || mention.from >= mentions[mentions.length - 1].to) mentions.push(mention);
  }
  return mentions.map((mention, index) => withStrength(lower, mention, mentions[index + 1]?.from ?? lower.length));
}

/** Every name of every drug, in the drugs' order, with one matcher over them all, and what it found. */
interface DrugNames {
  of: Array<{ drug: DrugEntry; name: string }>;
  set: PhraseSet;
  mentions: TextMemo<readonly DrugMention[]>;
}

/** Enough for every title and rationale sentence of a long letter being edited (per generation). */
const REMEMBERED_TEXTS = 4096;

/** Built once per drug list (the built-in one, or a merge with packs). */
const drugNames = new WeakMap<readonly DrugEntry[], DrugNames>();

function drugNamesOf(drugs: readonly DrugEntry[]): DrugNames {
  let names = drugNames.get(drugs);
  if (!names) {
    const of = drugs.flatMap((drug) => drug.names.map((name) => ({ drug, name })));
    names = { of, set: new PhraseSet(of.map(({ name }) => name)), mentions: new TextMemo(REMEMBERED_TEXTS) };
    drugNames.set(drugs, names);
  }
  return names;
}

/** The first figure with a unit between the name and the next drug, skipping up to two words ("cream 10%"). */
function withStrength(text: string, mention: DrugMention, until: number): DrugMention {
  const figure = STRENGTH.exec(text.slice(mention.to, until));
  return figure ? { ...mention, strength: `${figure[1]}${figure[2] === '%' ? '%' : ` ${figure[2]}`}` } : mention;
}

/**
 * Oral morphine milligram equivalents per day: strength × doses per day × the drug's factor
 * (a dose-dependent factor for methadone). For a patch (`mcg/h`) the factor applies to the
 * strength alone. Undefined when the drug is unknown or has no conversion factor.
 */
export function morphineEquivalentPerDay(
  kb: KnowledgeBase,
  drug: string | DrugEntry,
  strengthMg: number,
  dosesPerDay: number,
): number | undefined {
  const entry = typeof drug === 'string' ? drugByName(kb, drug) : drug;
  if (!entry || !(strengthMg > 0)) return undefined;
  if (entry.doseUnit === 'mcg/h') return roundMme(strengthMg * (entry.morphineEquivalentFactor ?? Number.NaN));
  if (!(dosesPerDay > 0)) return undefined;
  const daily = strengthMg * dosesPerDay;
  const factor = entry.morphineEquivalentSteps
    ? entry.morphineEquivalentSteps.find((step) => step.upToMgPerDay === undefined || daily <= step.upToMgPerDay)
        ?.factor
    : entry.morphineEquivalentFactor;
  return factor === undefined ? undefined : roundMme(daily * factor);
}

/** Two decimals, so 0.15 × 30 × 4 reads 18, not 18.000000000000004; NaN becomes undefined. */
function roundMme(value: number): number | undefined {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}

/** A drug's line of the MTUS Drug List in the knowledge base, if any. */
export function drugListEntry(kb: Pick<KnowledgeBase, 'drugList'>, drugId: string): DrugListEntry | undefined {
  return kb.drugList.find((entry) => entry.drug === drugId);
}
