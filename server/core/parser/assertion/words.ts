import type {
  AssertionLexicon,
  PhraseIndex,
  PseudoEntry,
  TargetEntry,
  TriggerEntry,
  WordClass,
} from '../../knowledge/assertion-lexicon';
import { stem, type Token } from './tokens';

/**
 * A sentence as the assertion reader sees it: its words, the lexicon's phrases found in them (triggers,
 * pseudo phrases, terminators, restrictions, necessity phrases) and the item it is read for. The readers
 * in this folder are functions of it; the tests here are the ones every reader asks.
 */

/** How a trigger's scope reaches a phrase: not at all, within its clause, or through the subject it negates. */
export type Reach = false | 'clause' | 'subject';

export interface Hit<T> {
  at: number;
  end: number;
  entry: T;
}

/** One necessity phrase as the reader read it, in token positions of its sentence. */
export interface SentenceReading {
  necessary: boolean;
  explicit: boolean;
  status: 'asserted' | 'conditional' | 'reported';
  /** An implied reading in the decision's own words, said now of this request: "the request is not certified". */
  decisionWords: boolean;
  wording: TargetEntry['wording'];
  target: { from: number; to: number };
  span: { from: number; to: number };
  negations: Array<{ from: number; to: number }>;
  /** Asked, not said: an embedded question reaches it ("The question is whether …"), or its sentence is a direct question. */
  question: boolean;
  /** Said of the visits beyond some ("No further visits are …"): an earlier finding the other way granted them. */
  additive?: boolean;
  /** Another party's view of this request that ends its sentence: the reviewer may reject it in the next ("I disagree."). */
  openReport?: boolean;
}

/** Scopes reach this many words at most; real conclusions need far fewer. */
export const MAX_SCOPE = 40;

/** An aside between commas ("is, at this time, not …") is a few words long. */
export const MAX_ASIDE = 6;

/** An aside between a subject and its verb may be longer: ", for acute pain and without a trial,". */
export const MAX_SUBJECT_ASIDE = 10;

/** An opener with no comma after it ("For these reasons", "At this time", "Therefore") is a few words long. */
const MAX_OPENER = 6;

/** The modifiers between a noun and its determiner: "a further physical therapy request". */
export const MAX_MODIFIERS = 3;

/** A possessive ending: "review's", "administrator’s". */
const POSSESSIVE = /['’]s$/;

/** A number after a word for a request names an item of the letter by its number ("item 4"). */
const DIGITS = /^\d+$/;

export const REPORTED: TriggerEntry = {
  kind: 'reported',
  direction: 'forward',
  clauseStart: false,
  afterRule: false,
  bound: false,
  takesClause: true,
  subject: false,
  inverts: false,
  generic: false,
  modal: false,
  stance: undefined,
  undoes: false,
  exceptive: false,
  question: false,
};

/** A negation that only denies what follows it: not a determiner, a stance, an exceptive or a verb undoing a decision. */
export function isPlain(entry: TriggerEntry): boolean {
  return (
    entry.direction === 'forward' &&
    !entry.subject &&
    !entry.stance &&
    !entry.takesClause &&
    !entry.exceptive &&
    !entry.undoes
  );
}

function strictlyInside(inner: { at: number; end: number }, outer: { at: number; end: number }): boolean {
  return outer.at <= inner.at && inner.end <= outer.end && outer.end - outer.at > inner.end - inner.at;
}

/** The words of one sentence and the lexicon's hits in them, for one item of the letter. */
export class SentenceWords {
  readonly keys: string[];
  readonly pseudo: Array<Hit<PseudoEntry>>;
  readonly triggers: Array<Hit<TriggerEntry>>;
  /** Negations that only a treatment's-scope phrase cancels ("not supported for"): they negate a necessity noun's predicate. */
  readonly scopeNegations: Array<Hit<TriggerEntry>>;
  readonly terminators: Array<[number, number]>;
  /** Words restricting a statement to another case: "without …", "for a patient …", "beyond the trial". */
  readonly restrictions: Array<Hit<true>>;

  constructor(
    readonly lexicon: AssertionLexicon,
    readonly tokens: Token[],
    readonly titleKeys: ReadonlySet<string>,
    /** The keys of the visit counts the item requests ("6", "six"). */
    readonly countKeys: ReadonlySet<string> = new Set(),
    /** The words for the item's kind that name it alone in its letter ("imaging"), as word keys. */
    readonly kindNames: ReadonlyArray<readonly string[]> = [],
    /** The stems naming the letter's other items' treatments and none of this item's title ("omeprazole"). */
    readonly otherItemKeys: ReadonlySet<string> = new Set(),
    /** Whether the sentence before is about another item of the letter: a pronoun opening this one stands for it. */
    readonly antecedentIsOtherItem: () => boolean = () => false,
  ) {
    this.keys = tokens.map((t) => t.key);
    this.pseudo = this.longestAt(lexicon.pseudo).filter(
      (hit) =>
        !(hit.entry.notAfter && this.isOwner(hit.entry.notAfter, hit.at - 1)) &&
        !(hit.entry.notBefore && this.is(hit.entry.notBefore, hit.end)),
    );
    const all = this.findTriggers();
    // A trigger that starts inside a pseudo phrase is part of it: "doubt that" in "there is no doubt that".
    this.triggers = all.filter((hit) => !this.startsInPseudo(hit) || this.opensScopeCondition(hit));
    this.scopeNegations = all.filter(
      (hit) =>
        hit.entry.kind === 'negation' &&
        this.startsInPseudo(hit) &&
        this.pseudo.every((p) => !(p.at <= hit.at && hit.at < p.end) || p.entry.treatmentScope),
    );
    this.terminators = this.longestAt(lexicon.terminators)
      .filter((hit) => !this.insidePseudo(hit) && !this.triggers.some((t) => strictlyInside(hit, t)))
      .map((hit) => [hit.at, hit.end]);
    this.restrictions = this.longestAt(lexicon.restrictions);
  }

  is(word: WordClass, at: number): boolean {
    return at >= 0 && at < this.keys.length && this.lexicon.words[word].has(this.keys[at]);
  }

  /** A word of the class, or its possessive: "reviewer" and "reviewer's", "administrator's". */
  isOwner(word: WordClass, at: number): boolean {
    return this.is(word, at) || this.lexicon.words[word].has(this.keys[at]?.replace(POSSESSIVE, '') ?? '');
  }

  /** Whether the word at `at` is a possessive: "the patient's", "administrator’s". */
  isPossessive(at: number): boolean {
    return POSSESSIVE.test(this.keys[at] ?? '');
  }

  /** The longest phrase of an index at each position (positions inside an earlier match skipped). */
  longestAt<T>(index: PhraseIndex<T>): Array<Hit<T>> {
    const hits: Array<Hit<T>> = [];
    for (let i = 0; i < this.keys.length; i++) {
      const longest = index.longestAt(this.keys, i);
      if (!longest) continue;
      hits.push({ at: i, end: i + longest.length, entry: longest.values[0] });
      i += longest.length - 1;
    }
    return hits;
  }

  insidePseudo(hit: { at: number; end: number }): boolean {
    return this.pseudo.some((p) => p.at <= hit.at && hit.end <= p.end);
  }

  startsInPseudo(hit: { at: number }): boolean {
    return this.pseudo.some((p) => p.at <= hit.at && hit.at < p.end);
  }

  /**
   * Whether a condition ends a guideline's scope phrase and opens what the scope requires ("are recommended
   * [when] they are needed", "is indicated [if] …"): the clause after it is that condition, not a finding.
   */
  opensScopeCondition(hit: Hit<TriggerEntry>): boolean {
    return (
      hit.entry.kind === 'hypothetical' &&
      this.pseudo.some((p) => p.entry.treatmentScope && p.at < hit.at && hit.end === p.end)
    );
  }

  findTriggers(): Array<Hit<TriggerEntry>> {
    const hits: Array<Hit<TriggerEntry>> = [];
    for (let i = 0; i < this.keys.length; i++) {
      for (const match of this.lexicon.triggers.matchesAt(this.keys, i)) {
        for (const entry of match.values) hits.push({ at: i, end: i + match.length, entry });
      }
    }
    hits.push(...this.agentTriggers(), ...this.attributionTriggers(hits));
    return hits.filter((hit) => !hits.some((other) => strictlyInside(hit, other)));
  }

  /** "utilization review determined", "ODG states", "the treating physician has requested": another party speaking. */
  agentTriggers(): Array<Hit<TriggerEntry>> {
    const hits: Array<Hit<TriggerEntry>> = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (!this.is('agents', i) || this.is('selfReferences', i - 1)) continue;
      for (let j = i + 1; j <= i + 4 && j < this.keys.length; j++) {
        if (this.is('reportingVerbs', j)) {
          if (!this.closesRelativeClause(j)) hits.push({ at: i, end: j + 1, entry: REPORTED });
          break;
        }
        if (this.is('copulas', j) || this.tokens[j].punct) break;
      }
    }
    return hits;
  }

  /**
   * "the utilization reviewer's finding that …", "the prior determination that …", "the physician's opinion that …":
   * a noun of another party's view with the clause it holds. The noun phrase has a definite or possessive word and
   * no word of the reviewer's own ("It is my determination that …", "this reviewer's opinion that …" are the
   * finding); "that" followed by a verb opens a relative clause on the noun instead ("a finding that would …").
   */
  attributionTriggers(lexical: ReadonlyArray<Hit<TriggerEntry>>): Array<Hit<TriggerEntry>> {
    const hits: Array<Hit<TriggerEntry>> = [];
    for (let i = 1; i + 2 < this.keys.length; i++) {
      if (!this.is('attributionNouns', i) || !this.is('complementizers', i + 1) || this.is('finite', i + 2)) continue;
      // The noun phrase opens at its determiner, a few words back ("the utilization reviewer's finding").
      let start = i;
      while (
        start > 0 &&
        i - start <= MAX_MODIFIERS &&
        this.inPlainPhrase(start - 1) &&
        !this.is('complementizers', start - 1)
      ) {
        start--;
        if (this.is('definiteWords', start)) break;
      }
      let definite = false;
      // "I am of the opinion that …", "This reviewer is of the view that …": whose view "of" says, before it.
      const holder = this.keys[start - 1] === 'of' ? Math.max(0, start - 1 - MAX_OPENER) : start;
      let own = false;
      for (let j = holder; j < start; j++) own ||= this.isOwner('selfReferences', j);
      for (let j = start; j < i; j++) {
        definite ||= this.is('definiteWords', j) || this.isPossessive(j);
        own ||= this.isOwner('selfReferences', j);
      }
      if (definite && !own && !this.keepsView(i + 2, lexical)) hits.push({ at: start, end: i + 2, entry: REPORTED });
    }
    return hits;
  }

  /**
   * Whether the sentence keeps the view whose clause opens at `from`: a word of keeping after it with no negation
   * of the lexicon's ending in the three words before it ("… is therefore upheld", "… is correct"; not "… cannot be
   * sustained", "… is not correct").
   */
  private keepsView(from: number, lexical: ReadonlyArray<Hit<TriggerEntry>>): boolean {
    for (let j = from; j < this.keys.length; j++) {
      if (!this.is('keptWords', j)) continue;
      const window = Math.max(from, j - 3);
      if (!lexical.some((t) => t.entry.kind === 'negation' && t.at >= window && t.end <= j)) return true;
    }
    return false;
  }

  /** Whether the word at `at` may stand in a plain noun phrase: no punctuation, verb, preposition or coordinator. */
  inPlainPhrase(at: number): boolean {
    return !(
      this.tokens[at].punct ||
      this.is('finite', at) ||
      this.is('copulas', at) ||
      this.is('qualifierPrepositions', at) ||
      this.keys[at] === 'of' ||
      this.is('coordinators', at)
    );
  }

  /** Whether the word at `at` may be in a plain noun phrase: no punctuation, verb, preposition, clause word or trigger. */
  inNounPhrase(at: number): boolean {
    return this.inPlainPhrase(at) && !this.is('subordinators', at) && !this.terminatorAt(at) && !this.inTrigger(at);
  }

  /**
   * Whether the word at `at` may be in the subject a negative determiner opens: a noun phrase, maybe with an "of"
   * phrase and the correlatives coordinating it ("none of the requested studies", "neither the MRI nor the EMG").
   * A word taking a clause ends it: "Nothing suggests [the MRI is not …]" denies in another clause.
   */
  inNegatedSubject(at: number): boolean {
    return (
      !this.is('complementTakers', at) &&
      (this.inNounPhrase(at) || this.keys[at] === 'of' || this.triggers.some((t) => t.at === at && t.entry.inverts))
    );
  }

  /**
   * Whether the reporting verb at `at` ends a relative clause inside a subject ("The MRI [the physician requested]
   * is …"): a verb taking a thing for its object, right before a verb of its own.
   */
  closesRelativeClause(at: number): boolean {
    return this.is('objectVerbs', at) && this.is('finite', at + 1);
  }

  findTargets(): Array<Hit<TargetEntry>> {
    const hits = this.longestAt(this.lexicon.targets);
    // A target inside a longer one ("necessary" in "medically necessary") was taken with it by longestAt.
    return hits.filter((hit) => !this.insidePseudo(hit));
  }

  /** Whether the word at `at` is punctuation, a verb or a word joining or opening a clause: no word of a subject's name. */
  isClauseWord(at: number): boolean {
    return (
      this.tokens[at].punct ||
      this.is('finite', at) ||
      this.is('copulas', at) ||
      this.is('coordinators', at) ||
      this.is('subordinators', at) ||
      this.is('complementTakers', at)
    );
  }

  terminatorAt(at: number): [number, number] | undefined {
    return this.terminators.find(([start]) => start === at);
  }

  isClauseStart(at: number): boolean {
    if (at === 0) return true;
    if (this.tokens[at - 1]?.punct) return true;
    return this.terminators.some(([, end]) => end === at);
  }

  /**
   * Whether a negative determiner at `at` opens the subject of a clause: at the clause's start, after a
   * coordinator ("… and no further imaging is …"), after a complementizer opening a clause another word
   * takes ("I agree with the reviewer that neither study is …", "It is my determination that no …") or
   * after the word taking it with no complementizer ("I believe neither study is …", see `opensTakenClause`).
   */
  opensSubject(at: number): boolean {
    return (
      this.isClauseStart(at) ||
      this.is('coordinators', at - 1) ||
      this.is('complementizers', at - 1) ||
      this.followsOpener(at) ||
      this.opensTakenClause(at)
    );
  }

  /**
   * Whether a negative determiner at `at`, right after a word that takes a clause ("I believe", "I think"), opens
   * that clause with no "that": its subject runs, with no punctuation, to the clause's verb, an auxiliary or a verb
   * of denial ("I believe neither the MRI nor the EMG is …", "I think no lumbar MRI would be …", "I believe neither
   * study lacks …"). With no verb after it the phrase is the word's object ("I find neither study medically
   * necessary"), and so it is when a noun in it takes a clause of its own ("I find no evidence the MRI is …"); a
   * pronoun alone ("I believe none is …") is its whole subject.
   */
  private opensTakenClause(at: number): boolean {
    if (!this.is('complementTakers', at - 1)) return false;
    let verb = at + 1;
    while (verb < this.keys.length && verb - at <= MAX_SUBJECT_ASIDE && this.inNegatedSubject(verb)) verb++;
    return verb > at + 1 && (this.is('finite', verb) || this.is('denialVerbs', verb));
  }

  /**
   * Whether the words from the clause's start to `at` open the sentence with no comma after them: adverbs
   * ("Therefore neither study is …"), maybe then a phrase a preposition opens ("At this time no further imaging
   * is …", "For these reasons neither …", "In my opinion neither …"). No verb stands in them, and no preposition
   * right before `at`, whose object the determiner would open ("With no improvement the MRI is …").
   */
  private followsOpener(at: number): boolean {
    const start = this.clauseStartOf(at);
    if (at === start || at - start > MAX_OPENER || this.is('qualifierPrepositions', at - 1)) return false;
    if (this.someWord(start, at, 'finite') || this.someWord(start, at, 'coordinators')) return false;
    let j = start;
    while (j < at && this.is('openingAdverbs', j)) j++;
    return j === at || (this.is('qualifierPrepositions', j) && at - j >= 2);
  }

  /** Whether a word of the class stands in [from, to). */
  someWord(from: number, to: number, word: WordClass): boolean {
    for (let j = from; j < to; j++) if (this.is(word, j)) return true;
    return false;
  }

  /** Whether a word of the item's title stands in [from, to). */
  namesTitle(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.titleKeys.has(stem(this.keys[j]))) return true;
    return false;
  }

  /** Whether a word naming another item of the letter by its treatment stands in [from, to). */
  namesOtherItem(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.otherItemKeys.has(stem(this.keys[j]))) return true;
    return false;
  }

  offsets(at: number, end: number): { from: number; to: number } {
    return { from: this.tokens[at].from, to: this.tokens[end - 1].to };
  }

  inNegation(at: number): boolean {
    return this.triggers.some((t) => t.entry.kind === 'negation' && t.at <= at && at < t.end);
  }

  /** Where the clause holding the word at `at` opens. */
  clauseStartOf(at: number): number {
    let start = at;
    while (start > 0 && !this.isClauseStart(start)) start--;
    return start;
  }

  inTrigger(at: number): boolean {
    return this.triggers.some((t) => t.at <= at && at < t.end);
  }

  /**
   * Whether words [from, to) of the sentence name the request ("the request", "it", a word of the item's title).
   * With `byNumber` false a word for a request before a number names an item by its number, not this request
   * ("addressed under item 4").
   */
  namesRequest(from: number, to: number, byNumber = true): boolean {
    if (this.namesTitle(from, to)) return true;
    for (let j = from; j < to; j++)
      if (this.is('requestWords', j) && (byNumber || !DIGITS.test(this.keys[j + 1] ?? ''))) return true;
    return false;
  }
}
