import lexiconData from './data/assertion-lexicon.json';

/**
 * The conclusion reader's words (NegEx/ConText style), kept as data in
 * `data/assertion-lexicon.json` and checked against `assertion-lexicon.schema.json` by the tests.
 * This module only indexes them; reading a sentence with them is the parser's work.
 */

export type TargetForm = 'adjective' | 'noun' | 'verb';
export type TargetWording = 'necessity' | 'plain' | 'decision';
export type TriggerKind = 'negation' | 'uncertain' | 'hypothetical' | 'reported' | 'opinion';
export type Stance = 'agrees' | 'disagrees';
export type TriggerDirection = 'forward' | 'backward' | 'both';

/**
 * Whose verb a `verb` target is: a guideline's ("The guidelines do not support …") or the reviewer's verdict ("I would
 * certify …"), or either ("ODG does not recommend …", "I cannot recommend …"); on a decision adjective, `reviewer` marks a verdict only a reviewer gives ("certified", "denied").
 */
export type VerbSubject = 'guideline' | 'reviewer' | 'either';

export interface TargetEntry {
  form: TargetForm;
  polarity: 'positive' | 'negative';
  wording: TargetWording;
  predicative: boolean;
  /** A noun of need that states the necessity of its object ("need for"): a finding only when that object names the request. */
  ofObject: boolean;
  subject: VerbSubject;
}

export interface TriggerEntry {
  kind: TriggerKind;
  direction: TriggerDirection;
  clauseStart: boolean;
  /** A condition only after the object of a rule's verb in its clause: "The ODG recommends walking aids when they are needed". */
  afterRule: boolean;
  /** A time bound ("used until it is no longer needed"): a condition only inside a clause, over its own clause. */
  bound: boolean;
  takesClause: boolean;
  /** A negative determiner, which at a clause's start negates the predicate of its subject. */
  subject: boolean;
  /** A negative determiner that inverts its clause before an auxiliary: "nor is the MRI medically necessary". */
  inverts: boolean;
  /** A condition only on a statement about a kind of treatment, not on one about this request. */
  generic: boolean;
  modal: boolean;
  /** The reviewer's stance on another view; disagreement reverses the reading of the clause it takes. */
  stance: Stance | undefined;
  /** Undoes a decision ("overturn the denial"): reverses what it reaches, so a negation over it counts once more. */
  undoes: boolean;
  /** An exceptive ("other than", "anything but"): reverses the predicate it opens, so a negation over it counts once more. */
  exceptive: boolean;
  /** Opens an embedded question ("whether", "asked if"), which an elliptical answer after it may answer. */
  question: boolean;
}

export type AnswerForm = 'word' | 'verbless' | 'subject' | 'lead';

/** The words an elliptical answer opens with ("No", "Not", "It"), and what they say of the question's phrase. */
export interface AnswerEntry {
  form: AnswerForm;
  /** Absent for a subject answer, whose verb group says it, and for a lead, whose answer proper does. */
  polarity?: 'positive' | 'negative';
}

export type WordClass =
  | 'finite'
  | 'copulas'
  | 'predicateFillers'
  | 'regardVerbs'
  | 'clauseStarters'
  | 'coordinators'
  | 'complementTakers'
  | 'agents'
  | 'reportingVerbs'
  | 'selfReferences'
  | 'requestWords'
  | 'verdictWords'
  | 'verdictModals'
  | 'hypotheticalModals'
  | 'reviewerNames'
  | 'reviewerModals'
  | 'reducingWords'
  | 'pastAuxiliaries'
  | 'occasionWords'
  | 'qualifierPrepositions'
  | 'definiteWords'
  | 'indefiniteWords'
  | 'decisionLead'
  | 'keepingVerbs'
  | 'countNouns'
  | 'additiveWords'
  | 'guidelineNames'
  | 'criterionExceptions'
  | 'evidenceNames'
  | 'denialVerbs'
  | 'relativePronouns'
  | 'contrasts'
  | 'subordinators'
  | 'subjectLead'
  | 'titleStopWords'
  | 'ruleVerbs'
  | 'abilityWords'
  | 'nameQualifiers'
  | 'certaintyWords'
  | 'objectVerbs'
  | 'pronouns'
  | 'judgingVerbs'
  | 'contraryWords'
  | 'complementizers'
  | 'openingAdverbs'
  | 'attributionNouns'
  | 'keptWords'
  | 'grantedWords'
  | 'remainderWords'
  | 'definingVerbs'
  | 'kindNouns'
  | 'priorWords'
  | 'topicWords'
  | 'satisfiedWords';

/**
 * Words before a count that bound it: 'most' when the count is the largest number meant ("no more than 6"),
 * 'least' when the smallest ("at least 6"); `strict` when the count itself is outside ("fewer than 12").
 */
export interface CountBound {
  limit: 'most' | 'least';
  strict: boolean;
}

/** A phrase found at a token position: how many tokens it covers and what its entries say. */
export interface PhraseMatch<T> {
  readonly length: number;
  readonly values: readonly T[];
}

/** An indexed phrase: its word keys, and the match it makes (one object, handed out for every match). */
interface IndexedPhrase<T> extends PhraseMatch<T> {
  readonly keys: readonly string[];
  readonly values: T[];
}

/** No match: shared, as most words start no phrase. */
const NO_MATCHES: ReadonlyArray<PhraseMatch<never>> = [];

/** Phrases by their first word's key, longest first. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<IndexedPhrase<T>>>();

  add(phrase: string, value: T): void {
    const keys = phrase.split(' ').map(wordKey);
    const list = this.byFirst.get(keys[0]) ?? [];
    const same = list.find((entry) => entry.keys.join(' ') === keys.join(' '));
    if (same) same.values.push(value);
    else list.push({ keys, length: keys.length, values: [value] });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0], list);
  }

  /** Whether some phrase starts with this word key. */
  startsWith(key: string): boolean {
    return this.byFirst.has(key);
  }

  /** Every phrase that starts at `at` in a sequence of word keys, longest first. */
  matchesAt(keys: readonly string[], at: number): ReadonlyArray<PhraseMatch<T>> {
    const list = this.byFirst.get(keys[at]);
    return list ? list.filter((entry) => standsAt(entry.keys, keys, at)) : NO_MATCHES;
  }

  /**
   * The longest phrase that starts at `at`, as `matchesAt(keys, at)[0]`: the sentence readers ask
   * this of every word, so it makes no array.
   */
  longestAt(keys: readonly string[], at: number): PhraseMatch<T> | undefined {
    const list = this.byFirst.get(keys[at]);
    if (list) for (const entry of list) if (standsAt(entry.keys, keys, at)) return entry;
    return undefined;
  }
}

/** Whether the word keys of a phrase stand in `keys` from `at` on. */
function standsAt(phrase: readonly string[], keys: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (keys[at + k] !== phrase[k]) return false;
  return true;
}

/** A pseudo phrase: it cancels what it contains, except right after a word of `notAfter`. */
export interface PseudoEntry {
  notAfter?: WordClass;
  /** Not pseudo right before a word of this class: "not indicated for this arthroscopy" is a finding. */
  notBefore?: WordClass;
  /** A treatment's indications or a requirement ("not supported for"), which cannot be a necessity noun's predicate. */
  treatmentScope?: boolean;
}

export interface AssertionLexicon {
  targets: PhraseIndex<TargetEntry>;
  pseudo: PhraseIndex<PseudoEntry>;
  triggers: PhraseIndex<TriggerEntry>;
  terminators: PhraseIndex<true>;
  /** Words restricting a statement to another case ("without …", "for a patient …", "beyond the trial"). */
  restrictions: PhraseIndex<true>;
  /** Words bounding a count ("no more than", "fewer than", "at least"). */
  countBounds: PhraseIndex<CountBound>;
  /** The marks that end a direct question. */
  questionMarks: ReadonlySet<string>;
  answers: PhraseIndex<AnswerEntry>;
  words: Record<WordClass, ReadonlySet<string>>;
}

/**
 * The key a word is matched by: lower case, doubled letters folded, so common misspellings
 * ("neccessary", "necesary") match the lexicon's "necessary"; a word one edit away from a long word
 * of the necessity wording ("neccessay", "medicaly", "necessray") takes that word's key.
 */
export function wordKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = spelledAs(folded(word));
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(word, key);
  }
  return key;
}

function folded(word: string): string {
  return word.toLowerCase().replace(/(.)\1+/g, '$1');
}

/** Keys of words already seen: a letter repeats its words, and a long one would otherwise fold them again and again. */
const keys = new Map<string, string>();
const MAX_KEYS = 50_000;

const variants = (lexiconData as LexiconFile).spellingVariants;
const spelled = variants.words.map(folded);
const notVariants = new Set([...spelled, ...variants.notVariants.map(folded)]);
const shortest = Math.min(...spelled.map((word) => word.length)) - 1;

/** The key of the spelling-variant word `key` is a misspelling of, or `key` itself. */
function spelledAs(key: string): string {
  if (key.length < shortest || notVariants.has(key)) return key;
  return spelled.find((word) => oneEditApart(key, word)) ?? key;
}

/** Whether a and b differ by one letter changed, added or dropped, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * The words a space or a line end may break and still read whole ("medi cally", "recom mended"):
 * the lower-cased words of the target phrases at least `brokenWords.minLength` letters long, and
 * every piece such a word may start with, for telling at a glance that a word is no such piece.
 */
export interface BrokenWords {
  words: ReadonlySet<string>;
  starts: ReadonlySet<string>;
}

let broken: BrokenWords | undefined;

/** The built-in lexicon's broken words (see `BrokenWords`). */
export function brokenWords(): BrokenWords {
  broken ??= brokenWordsOf(lexiconData as LexiconFile);
  return broken;
}

function brokenWordsOf(file: LexiconFile): BrokenWords {
  const words = new Set(
    file.targets
      .flatMap(({ phrases }) => phrases.flatMap((phrase) => phrase.toLowerCase().split(' ')))
      .filter((word) => word.length >= file.brokenWords.minLength),
  );
  const starts = new Set([...words].flatMap((word) => [...word].slice(1).map((_, k) => word.slice(0, k + 1))));
  return { words, starts };
}

let cached: AssertionLexicon | undefined;

/** The built-in lexicon, indexed once. */
export function assertionLexicon(): AssertionLexicon {
  cached ??= indexLexicon(lexiconData as LexiconFile);
  return cached;
}

/** The lexicon file's shape (as the schema has it). */
export interface LexiconFile {
  spellingVariants: { words: string[]; notVariants: string[] };
  brokenWords: { minLength: number };
  targets: Array<{
    phrases: string[];
    form: TargetForm;
    polarity: 'positive' | 'negative';
    wording: TargetWording;
    predicative?: boolean;
    ofObject?: boolean;
    subject?: VerbSubject;
  }>;
  pseudo: Array<{ phrases: string[]; notAfter?: WordClass; notBefore?: WordClass; treatmentScope?: boolean }>;
  triggers: Array<{
    phrases: string[];
    kind: TriggerKind;
    direction?: TriggerDirection;
    clauseStart?: boolean;
    afterRule?: boolean;
    bound?: boolean;
    takesClause?: boolean;
    subject?: boolean;
    inverts?: boolean;
    generic?: boolean;
    modal?: boolean;
    stance?: Stance;
    undoes?: boolean;
    exceptive?: boolean;
    question?: boolean;
  }>;
  terminators: Array<{ phrases: string[] }>;
  restrictions: Array<{ phrases: string[] }>;
  countBounds: Array<{ phrases: string[]; limit: CountBound['limit']; strict?: boolean }>;
  questions: { marks: string[] };
  answers: Array<{ phrases: string[]; form: AnswerForm; polarity?: 'positive' | 'negative' }>;
  wordClasses: Record<WordClass, { words: string[] }>;
}

export function indexLexicon(file: LexiconFile): AssertionLexicon {
  const targets = new PhraseIndex<TargetEntry>();
  for (const { phrases, form, polarity, wording, predicative, ofObject, subject } of file.targets) {
    const entry: TargetEntry = {
      form,
      polarity,
      wording,
      predicative: predicative ?? false,
      ofObject: ofObject ?? false,
      subject: subject ?? 'guideline',
    };
    for (const phrase of phrases) targets.add(phrase, entry);
  }
  const triggers = new PhraseIndex<TriggerEntry>();
  for (const entry of file.triggers) {
    const value: TriggerEntry = {
      kind: entry.kind,
      direction: entry.direction ?? 'forward',
      clauseStart: entry.clauseStart ?? false,
      afterRule: entry.afterRule ?? false,
      bound: entry.bound ?? false,
      takesClause: entry.takesClause ?? false,
      subject: entry.subject ?? false,
      inverts: entry.inverts ?? false,
      generic: entry.generic ?? false,
      modal: entry.modal ?? false,
      stance: entry.stance,
      undoes: entry.undoes ?? false,
      exceptive: entry.exceptive ?? false,
      question: entry.question ?? false,
    };
    for (const phrase of entry.phrases) triggers.add(phrase, value);
  }
  const words = Object.fromEntries(
    Object.entries(file.wordClasses).map(([name, { words: list }]) => [name, new Set(list.map(wordKey))]),
  ) as unknown as Record<WordClass, ReadonlySet<string>>;
  const pseudo = new PhraseIndex<PseudoEntry>();
  for (const { phrases, notAfter, notBefore, treatmentScope } of file.pseudo) {
    for (const phrase of phrases) pseudo.add(phrase, { notAfter, notBefore, treatmentScope });
  }
  const countBounds = new PhraseIndex<CountBound>();
  for (const { phrases, limit, strict } of file.countBounds) {
    for (const phrase of phrases) countBounds.add(phrase, { limit, strict: strict ?? false });
  }
  const answers = new PhraseIndex<AnswerEntry>();
  for (const { phrases, form, polarity } of file.answers) {
    for (const phrase of phrases) answers.add(phrase, { form, polarity });
  }
  return {
    targets,
    pseudo,
    triggers,
    terminators: flagIndex(file.terminators),
    restrictions: flagIndex(file.restrictions),
    countBounds,
    questionMarks: new Set(file.questions.marks),
    answers,
    words,
  };
}

function flagIndex(entries: Array<{ phrases: string[] }>): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const { phrases } of entries) for (const phrase of phrases) index.add(phrase, true);
  return index;
}
