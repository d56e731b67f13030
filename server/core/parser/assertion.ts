import {
  wordKey,
  type AssertionLexicon,
  type PhraseIndex,
  type PseudoEntry,
  type TargetEntry,
  type TriggerEntry,
  type WordClass,
} from '../knowledge/assertion-lexicon';
import { NUMBER_WORDS } from '../knowledge/number-words';
import { elidedVerbGroup } from './question';

/** A word (or , ; :) of a sentence, at folded-text offsets. */
export interface Token {
  key: string;
  from: number;
  to: number;
  punct: boolean;
  /** Inside quotation marks: the guideline (or another source) speaking. */
  quoted: boolean;
}

/** How a trigger's scope reaches a phrase: not at all, within its clause, or through the subject it negates. */
type Reach = false | 'clause' | 'subject';

interface Hit<T> {
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
}

const NOT_SUFFIX = /^([A-Za-z]+)(n['’]t)$/i;
const NOT_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };
/** Scopes reach this many words at most; real conclusions need far fewer. */
const MAX_SCOPE = 40;
/** The words before another party's name in a stance's object: "the prior utilization review …". */
const MAX_OBJECT_LEAD = 3;
/** An aside between commas ("is, at this time, not …") is a few words long. */
const MAX_ASIDE = 6;
/** An aside between a subject and its verb may be longer: ", for acute pain and without a trial,". */
const MAX_SUBJECT_ASIDE = 10;
/** A possessive ending: "review's", "administrator’s". */
const POSSESSIVE = /['’]s$/;
/** A number after a word for a request names an item of the letter by its number ("item 4"). */
const DIGITS = /^\d+$/;
/** The modifiers between a noun and its determiner: "a further physical therapy request". */
const MAX_MODIFIERS = 3;
/** The words between a denial and the word taking the clause it denies: "cannot honestly say that". */
const MAX_TAKER_LEAD = 2;

/** The words of text[from, to): "doesn't" is "does" + "n't", hyphens and slashes separate words. */
export function tokensOf(text: string, from: number, to: number, quoted: (at: number) => boolean): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, from, to, (word, start, end, wordStart) => {
    tokens.push({ key: wordKey(word), from: start, to: end, punct: isPunctuation(word), quoted: quoted(wordStart) });
    return false;
  });
  return tokens;
}

/** Whether some word of text[from, to) has a key `accept` takes; no token is made. */
export function someWordKey(text: string, from: number, to: number, accept: (key: string) => boolean): boolean {
  return forEachWord(text, from, to, (word) => accept(wordKey(word)));
}

/**
 * Calls `visit` with each word of text[from, to) — a run of letters and digits, with any
 * apostrophe-joined letters ("patient's"), or one of , ; : — where a negated auxiliary is two
 * words, its base and "n't". Stops, and returns true, when `visit` does.
 */
function forEachWord(
  text: string,
  from: number,
  to: number,
  visit: (word: string, start: number, end: number, wordStart: number) => boolean,
): boolean {
  for (let at = from; at < to;) {
    const code = text.charCodeAt(at);
    if (code === COMMA || code === SEMICOLON || code === COLON) {
      if (visit(text[at], at, at + 1, at)) return true;
      at++;
      continue;
    }
    if (!isAlphanumeric(code)) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < to && isAlphanumeric(text.charCodeAt(end))) end++;
    while (end + 1 < to && isApostrophe(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) {
      end += 2;
      while (end < to && isLetter(text.charCodeAt(end))) end++;
    }
    let word = text.slice(at, end);
    // A word hyphenated at a line end reads whole once the line break is folded: "medi- cally".
    const rest = continuationAt(text, end, to);
    if (rest) {
      word += text.slice(rest.from, rest.to);
      end = rest.to;
    }
    const not = NOT_SUFFIX.exec(word);
    if (not && not[1].length > 1) {
      const base = not[1].toLowerCase();
      const cut = at + not[1].length;
      if (visit(NOT_BASES[base] ?? base, at, cut, at) || visit("n't", cut, end, at)) return true;
    } else if (visit(word, at, end, at)) return true;
    at = end;
  }
  return false;
}

/** The rest of a word after "- " (a line-end hyphen, its line break folded), when it goes on in lower case. */
function continuationAt(text: string, at: number, to: number): { from: number; to: number } | undefined {
  if (text.charCodeAt(at) !== HYPHEN || text.charCodeAt(at + 1) !== SPACE) return undefined;
  const from = at + 2;
  const code = text.charCodeAt(from);
  if (from >= to || code < 97 || code > 122) return undefined;
  let end = from + 1;
  while (end < to && isLetter(text.charCodeAt(end))) end++;
  return { from, to: end };
}

const HYPHEN = 0x2d;
const SPACE = 0x20;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const COLON = 0x3a;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAlphanumeric(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}

/** ' and ’. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function isPunctuation(word: string): boolean {
  return word === ',' || word === ';' || word === ':';
}

/** Where quotation marks enclose text (a pair at most `MAX_QUOTE` apart); an unpaired mark encloses nothing. */
export function quotedRegions(text: string): (at: number) => boolean {
  const regions: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '"' && ch !== '“' && ch !== '”') continue;
    const opens = ch === '“' || (ch === '"' && open < 0);
    if (opens) open = i;
    else if (open >= 0) {
      if (i - open <= MAX_QUOTE) regions.push([open, i]);
      open = -1;
    }
  }
  // Indexing, not destructuring: this runs for every word of every rationale.
  return (at) => regions.some((region) => region[0] < at && at < region[1]);
}

const MAX_QUOTE = 600;

/**
 * Reads every necessity phrase of one sentence: which negations reach it, whether a
 * condition or another party's view holds it, and whether it is a direct statement about
 * the request. NegEx/ConText in spirit: triggers, pseudo phrases, scopes that end at
 * terminators, and — because conclusions are predicates — the verb group around the phrase.
 */
export class SentenceReader {
  private readonly keys: string[];
  private readonly pseudo: Array<Hit<PseudoEntry>>;
  private readonly triggers: Array<Hit<TriggerEntry>>;
  /** Negations that only a treatment's-scope phrase cancels ("not supported for"): they negate a necessity noun's predicate. */
  private readonly scopeNegations: Array<Hit<TriggerEntry>>;
  private readonly terminators: Array<[number, number]>;
  /** Words restricting a statement to another case: "without …", "for a patient …", "beyond the trial". */
  private readonly restrictions: Array<Hit<true>>;

  constructor(
    private readonly lexicon: AssertionLexicon,
    private readonly tokens: Token[],
    private readonly titleKeys: ReadonlySet<string>,
    /** The keys of the visit counts the item requests ("6", "six"). */
    private readonly countKeys: ReadonlySet<string> = new Set(),
    /** The words for the item's kind that name it alone in its letter ("imaging"), as word keys. */
    private readonly kindNames: ReadonlyArray<readonly string[]> = [],
    /** The stems naming the letter's other items' treatments and none of this item's title ("omeprazole"). */
    private readonly otherItemKeys: ReadonlySet<string> = new Set(),
  ) {
    this.keys = tokens.map((t) => t.key);
    this.pseudo = this.longestAt(lexicon.pseudo).filter(
      (hit) =>
        !(hit.entry.notAfter && this.isOwner(hit.entry.notAfter, hit.at - 1)) &&
        !(hit.entry.notBefore && this.is(hit.entry.notBefore, hit.end)),
    );
    const all = this.findTriggers();
    // A trigger that starts inside a pseudo phrase is part of it: "doubt that" in "there is no doubt that".
    this.triggers = all.filter((hit) => !this.startsInPseudo(hit));
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

  readings(): SentenceReading[] {
    const readings: SentenceReading[] = [];
    for (const target of this.findTargets()) {
      // A phrase an earlier reading took as its predicate is part of it: "recommended" in "non-certification is recommended".
      const from = this.tokens[target.at].from;
      if (readings.some(({ span }) => span.from <= from && from <= span.to)) continue;
      const reading = this.read(target);
      if (!reading) continue;
      // "… and I do not find the omeprazole medically necessary, as explained under item 4" is item 4's finding;
      // an ellipsis after it may still be this item's ("The naproxen is …, but the omeprazole was not." under item 4).
      if (!this.saidOfOtherItem(target.at)) readings.push(reading);
      const elided = this.ellipsisAfter(target, reading);
      if (elided) readings.push(elided);
    }
    return readings;
  }

  /**
   * Whether the noun phrase whose head is the word at `at` ("request") is said hypothetically: a
   * condition before it reaches it ("If he improves, the request for 6 more sessions …"), or it names
   * any one of a kind ("a request for 6 sessions") and its clause holds a modal or a condition
   * ("… would fall within the guideline"). A definite phrase under a modal ("the request for 8
   * sessions would exceed the guideline") is still said of this request.
   */
  hypotheticalAt(at: number): boolean {
    const conditions = this.triggers.filter((t) => t.entry.kind === 'hypothetical');
    const reached = conditions.some(
      (t) => !t.entry.modal && t.entry.direction !== 'backward' && t.end <= at && this.reach(t, at) !== false,
    );
    if (reached || !this.namesAnyOne(at)) return reached;
    const start = this.clauseStartOf(at);
    let end = at + 1;
    while (end < this.keys.length && !this.tokens[end].punct && !this.terminatorAt(end)) end++;
    return conditions.some((t) => start <= t.at && t.at <= end);
  }

  /** Whether the noun at `at` opens with an indefinite word ("a request", "a further request"), past a few modifiers. */
  private namesAnyOne(at: number): boolean {
    for (let j = at - 1; j >= 0 && at - j <= MAX_MODIFIERS + 1; j--) {
      if (this.is('indefiniteWords', j)) return true;
      if (this.is('definiteWords', j) || this.tokens[j].punct || this.is('finite', j)) return false;
    }
    return false;
  }

  /**
   * The clause after a contrast that ends the sentence and leaves its predicate out (gapping, verb-phrase
   * ellipsis), with its own subject naming this request: "The naproxen is medically necessary, but the
   * omeprazole was not.", "The MRI is medically necessary; the CT is not.", "Although the surgery has been
   * found medically necessary, the assistant surgeon has not." read "[subject] was not [medically necessary]":
   * the phrase borrowed with the stranded clause's own polarity, explicit unless in the decision's words.
   */
  private ellipsisAfter(target: Hit<TargetEntry>, reading: SentenceReading): SentenceReading | undefined {
    if (reading.status !== 'asserted' || target.entry.form === 'verb') return undefined;
    // "Medical necessity … has not been established, but it has …" would borrow the noun's predicate, not the noun.
    if (target.entry.form === 'noun' && this.isSubject(target.at)) return undefined;
    const clause = this.clauseStartOf(target.at);
    const boundary = this.contrastAfter(target.end, clause);
    if (boundary === undefined) return undefined;
    const borrowed = this.borrowedDenials(clause, target);
    const stranded = this.strandedSubject(boundary);
    if (borrowed === undefined || !stranded || !this.strandedOnRequest(stranded, [clause, boundary])) return undefined;
    const [subject, verb] = stranded;
    const group = elidedVerbGroup(this.tokens, verb, this.lexicon);
    if (!group) return undefined;
    const [, end] = group.head;
    const decision = target.entry.wording === 'decision';
    const negated = borrowed % 2 === 1 ? !group.negative : group.negative;
    return {
      necessary: (target.entry.polarity === 'positive') !== negated,
      explicit: !decision,
      status: 'asserted',
      decisionWords: decision && !this.inPastTense(group.head),
      wording: target.entry.wording,
      target: this.offsets(verb, end),
      span: this.offsets(subject, end),
      negations: group.negation ? [this.offsets(...group.negation)] : [],
      question: false,
    };
  }

  /** The stranded clause's subject after the contrast at `from`, up to its finite verb: one thing, a few words long. */
  private strandedSubject(from: number): [number, number] | undefined {
    let subject = from;
    while (subject < this.keys.length && (this.is('contrasts', subject) || this.keys[subject] === ',')) subject++;
    let verb = subject;
    while (verb < this.keys.length && !this.is('finite', verb) && !this.tokens[verb].punct) verb++;
    if (verb === subject || verb - subject > MAX_ASIDE || verb === this.keys.length) return undefined;
    return this.is('definiteWords', subject) || this.is('requestWords', subject) ? [subject, verb] : undefined;
  }

  /**
   * Where the clause set against the phrase's own opens, a few words after the phrase: at a contrast
   * ("…, but", "; however,"), or at the comma that ends a first clause a contrasting subordinator opened
   * the sentence with ("Although …, the assistant surgeon has not.").
   */
  private contrastAfter(from: number, clause: number): number | undefined {
    const opener = clause - 1;
    const preposed =
      this.is('contrasts', opener) &&
      this.is('subordinators', opener) &&
      (opener === 0 || this.tokens[opener - 1].punct);
    for (let j = from; j < this.keys.length && j - from <= MAX_ASIDE; j++) {
      const terminator = this.terminatorAt(j);
      if (terminator) return this.is('contrasts', j) ? terminator[1] : undefined;
      if (preposed && this.keys[j] === ',') return j + 1;
    }
    return undefined;
  }

  /**
   * How many denials the phrase's clause, from `clause`, lends with its predicate, or undefined when it
   * lends none it can be sure of. A negation on its verb ("is not") and one on its subject ("No x-ray is
   * needed") stay with it; a denial in the predicate goes along with the borrowed words ("The x-ray lacks
   * medical necessity, but the MRI does not." finds the MRI necessary); a hedge, a stance, an exceptive or a
   * denial of a clause make it unsure.
   */
  private borrowedDenials(clause: number, target: Hit<TargetEntry>): number | undefined {
    let denials = 0;
    for (const { at, end, entry } of this.triggers) {
      if (at < clause || at >= target.end || entry.kind === 'hypothetical' || entry.kind === 'reported') continue;
      if (entry.kind === 'uncertain' || entry.modal) return undefined;
      if (entry.subject || (end - at === 1 && this.is('predicateFillers', at))) continue;
      if (!isPlain(entry)) return undefined;
      denials++;
    }
    return denials;
  }

  /**
   * Whether the stranded clause's subject, words `stranded`, is this request rather than the first
   * clause's, words `first`: a pronoun is the first clause's subject again ("Although the MRI was not
   * medically necessary then, it is now."); a noun phrase must name the request by no fewer of the
   * title's words (or the count requested) than the first clause does, so "The lumbar MRI is medically
   * necessary, but the cervical MRI is not." says nothing of a lumbar MRI's necessity.
   */
  private strandedOnRequest(stranded: [number, number], first: [number, number]): boolean {
    if (stranded[1] - stranded[0] === 1 && this.is('requestWords', stranded[0])) return this.namesRequest(...first);
    const weight = this.requestWeight(...stranded);
    return weight > 0 && weight >= this.requestWeight(...first);
  }

  /** How much of the request words [from, to) name: the title's words there, and one for a count of the visits requested. */
  private requestWeight(from: number, to: number): number {
    const words = new Set<string>();
    let counted = 0;
    for (let j = from; j < to; j++) {
      const key = stem(this.keys[j]);
      if (this.titleKeys.has(key)) words.add(key);
      if (this.countKeys.has(this.keys[j])) counted = 1;
    }
    return words.size + counted;
  }

  private is(word: WordClass, at: number): boolean {
    return at >= 0 && at < this.keys.length && this.lexicon.words[word].has(this.keys[at]);
  }

  /** A word of the class, or its possessive: "reviewer" and "reviewer's", "administrator's". */
  private isOwner(word: WordClass, at: number): boolean {
    return this.is(word, at) || this.lexicon.words[word].has(this.keys[at]?.replace(POSSESSIVE, '') ?? '');
  }

  /** The longest phrase of an index at each position (positions inside an earlier match skipped). */
  private longestAt<T>(index: PhraseIndex<T>): Array<Hit<T>> {
    const hits: Array<Hit<T>> = [];
    for (let i = 0; i < this.keys.length; i++) {
      const [longest] = index.matchesAt(this.keys, i);
      if (!longest) continue;
      hits.push({ at: i, end: i + longest.length, entry: longest.values[0] });
      i += longest.length - 1;
    }
    return hits;
  }

  private insidePseudo(hit: { at: number; end: number }): boolean {
    return this.pseudo.some((p) => p.at <= hit.at && hit.end <= p.end);
  }

  private startsInPseudo(hit: { at: number }): boolean {
    return this.pseudo.some((p) => p.at <= hit.at && hit.at < p.end);
  }

  private findTriggers(): Array<Hit<TriggerEntry>> {
    const hits: Array<Hit<TriggerEntry>> = [];
    for (let i = 0; i < this.keys.length; i++) {
      for (const match of this.lexicon.triggers.matchesAt(this.keys, i)) {
        for (const entry of match.values) hits.push({ at: i, end: i + match.length, entry });
      }
    }
    hits.push(...this.agentTriggers());
    return hits.filter((hit) => !hits.some((other) => strictlyInside(hit, other)));
  }

  /** "utilization review determined", "ODG states", "the treating physician has requested": another party speaking. */
  private agentTriggers(): Array<Hit<TriggerEntry>> {
    const hits: Array<Hit<TriggerEntry>> = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (!this.is('agents', i) || this.is('selfReferences', i - 1)) continue;
      for (let j = i + 1; j <= i + 4 && j < this.keys.length; j++) {
        if (this.is('reportingVerbs', j)) {
          hits.push({ at: i, end: j + 1, entry: REPORTED });
          break;
        }
        if (this.is('copulas', j) || this.tokens[j].punct) break;
      }
    }
    return hits;
  }

  private findTargets(): Array<Hit<TargetEntry>> {
    const hits = this.longestAt(this.lexicon.targets);
    // A target inside a longer one ("necessary" in "medically necessary") was taken with it by longestAt.
    return hits.filter((hit) => !this.insidePseudo(hit));
  }

  /**
   * A word that is both a conjunction and a predicate filler ("yet", "still") is the filler when it
   * goes on the negated verb group ("is not yet medically necessary", "has not yet been shown"),
   * and ends the scope only as a conjunction ("…, yet the MRI is …").
   */
  private fillerOfVerbGroup(at: number, groupStart: number): boolean {
    if (!this.is('predicateFillers', at)) return false;
    for (let j = groupStart; j < at; j++) if (!this.is('predicateFillers', j) && !this.is('copulas', j)) return false;
    return true;
  }

  private terminatorAt(at: number): [number, number] | undefined {
    return this.terminators.find(([start]) => start === at);
  }

  private isClauseStart(at: number): boolean {
    if (at === 0) return true;
    if (this.tokens[at - 1]?.punct) return true;
    return this.terminators.some(([, end]) => end === at);
  }

  private read(target: Hit<TargetEntry>): SentenceReading | undefined {
    const { entry } = target;
    if (entry.form === 'verb') return entry.subject === 'reviewer' ? this.readVerdict(target) : this.readActive(target);
    if (entry.predicative && !this.isPredicate(target.at)) return undefined;
    if (entry.form === 'noun' && entry.wording !== 'decision' && this.reducedAt(target.at)) return undefined;
    const forward = this.triggers.filter(
      (t) => t.end <= target.at && t.entry.direction !== 'backward' && this.reach(t, target.at) !== false,
    );
    const negations = forward.filter((t) => t.entry.kind === 'negation' && !t.entry.modal);
    // "I disagree with UR that …": the clause is read on its own, then the disagreement reverses it.
    const disagreement = negations.find((t) => t.entry.stance === 'disagrees');
    // "No further imaging is needed" negates its subject's predicate: about the request only if that subject names it.
    const otherSubject = negations.some((t) => {
      const subjectEnd = t.entry.inverts ? this.beforeAside(t.end, target.at) : target.at;
      return (
        this.reach(t, target.at) === 'subject' &&
        !this.namesRequest(t.end, subjectEnd) &&
        !this.subjectCounts(t.end, subjectEnd) &&
        !this.kindSubject(target.at) &&
        !this.deniesEveryVisit(t, target.at)
      );
    });
    // "No further visits are …" denies the requested visits too, unless the rationale grants some first.
    const additive = negations.some(
      (t) => this.reach(t, target.at) === 'subject' && this.deniesEveryVisit(t, target.at),
    );
    let verbGroup = this.verbGroupBefore(target.at);
    let end = target.end;
    /** A noun subject read from its own predicate ("medical necessity has not been established"). */
    let subjectRead = false;
    const decision = entry.wording === 'decision';
    const subject =
      entry.form === 'noun' && negations.every((t) => t === disagreement) && this.isSubject(target.at, decision);
    const predicate = subject ? this.predicateAfter(target.end) : undefined;
    // A decision noun with no verb of its own ("the UR denial stands") still names the decision.
    if (subject && !predicate && !decision) return undefined;
    if (predicate) {
      verbGroup = predicate;
      subjectRead = true;
      end = predicate[1];
      negations.push(
        ...[...this.triggers, ...this.scopeNegations].filter(
          (t) => t.entry.kind === 'negation' && !t.entry.modal && predicate[0] <= t.at && t.at < predicate[1],
        ),
      );
    }
    const backward = this.backwardTriggers(target.end).filter(
      (t) => !(t.entry.generic && this.namesOneRequest(target.at)),
    );
    const all = [...forward, ...backward];
    const uncertain = all.some((t) => t.entry.kind === 'uncertain');
    // Disagreement, the verbs that undo a decision and exceptives reverse what they reach; other negations
    // deny it, once in each clause ("neither supported nor medically necessary" denies once), so a denied
    // clause taken by a denied one reads the other way ("I see no reason the MRI would not be …").
    const reversals = negations.filter((t) => t === disagreement || t.entry.undoes || t.entry.exceptive);
    // One word may be two triggers ("lacking" forward and backward): a denial counts once where it stands.
    const denials = negations.filter(
      (t, i) => !reversals.includes(t) && negations.findIndex((o) => o.at === t.at) === i,
    );
    const clauses = this.deniedClauses(denials);
    // A denial whose predicate is itself a denial cancels it: "does not lack", "is not without" (litotes).
    const litotes = this.deniedDenials(denials);
    // "Neither the EMG nor the NCV lacks …" cancels for its own subject, which may be other care.
    const otherCancelled = litotes.some(
      ({ subject: words }) => words && !this.namesRequest(...words) && !this.subjectCounts(...words),
    );
    const denialCount = denials.length === 0 ? 0 : clauses.length + litotes.length + 1;
    // "I cannot see how X is anything other than …": a negation this reader cannot place licenses the exceptive.
    if (denialCount === 0 && reversals.some((t) => t.entry.exceptive && this.negationBefore(t))) return undefined;
    const negated = uncertain || (denialCount + reversals.length) % 2 === 1;
    // "No treatment other than the MRI is …": a noun's exception in what is denied may be the request.
    const excepted = denials.some((t) =>
      this.triggers.some((e) => e.entry.exceptive && !reversals.includes(e) && t.at <= e.at && e.at < target.at),
    );
    const modal = this.triggers.some((t) => t.entry.modal && verbGroup[0] <= t.at && t.end <= verbGroup[1]);
    // "More frequent screening would not be medically necessary for a patient at low risk": a negated "would"
    // over another case is a hypothesis, as "would be medically necessary" is; said of this request, or as the
    // reviewer's opinion, it implies the finding at most ("Without red flags, the lumbar MRI would not be …").
    const restricted = negated && this.hypotheticalModalIn(verbGroup) && this.restrictedAt(target, verbGroup[0]);
    const ownView = (modal || restricted) && this.ownOpinion(forward, target, clauses.at(-1));
    const hypothetical =
      all.some((t) => t.entry.kind === 'hypothetical' && !t.entry.modal) ||
      (modal && !negated && !ownView) ||
      (restricted && !ownView && !this.subjectIsRequest(target.at));
    const stance = forward.find((t) => t.entry.stance !== undefined);
    const reported =
      all.some((t) => t.entry.kind === 'reported' && !(stance && this.isObjectOf(stance, t))) ||
      this.tokens[target.at].quoted;
    const explicit =
      !uncertain &&
      !restricted &&
      !otherSubject &&
      !otherCancelled &&
      !excepted &&
      litotes.every((pair) => !pair.hedged) &&
      !this.inBackground(target.at) &&
      (entry.wording === 'necessity' ||
        (entry.wording === 'plain' &&
          // "… reduces pain and the need for narcotics": a noun of need is said of its object, not of the subject.
          (entry.ofObject
            ? this.objectNamesRequest(target, subjectRead ? verbGroup[0] : undefined)
            : this.namesRequest(0, target.at) ||
              this.countsRequest(target.at) ||
              this.kindSubject(target.at) ||
              additive ||
              (entry.form === 'noun' && this.objectNamesRequest(target, subjectRead ? verbGroup[0] : undefined)))));
    const first = Math.min(target.at, ...negations.map((t) => t.at));
    const status = reported ? 'reported' : hypothetical ? 'conditional' : 'asserted';
    const decisionWords =
      entry.wording === 'decision' &&
      status === 'asserted' &&
      !uncertain &&
      !restricted &&
      !otherSubject &&
      !this.inBackground(target.at) &&
      !(subjectRead ? this.inPastTense(verbGroup, true) : this.inPastTense([0, target.at])) &&
      (subjectRead || (entry.form === 'noun' && this.isThisDecision(target)) || this.decidesRequest(target.at));
    return {
      necessary: (entry.polarity === 'positive') !== negated,
      explicit,
      status,
      decisionWords,
      wording: entry.wording,
      target: this.offsets(target.at, target.end),
      span: this.offsets(first, Math.max(end, ...negations.map((t) => t.end))),
      negations: negations.map((t) => this.offsets(t.at, t.end)),
      question: all.some((t) => t.entry.question),
      ...(additive && { additive }),
    };
  }

  /**
   * An active clause with a guideline as its subject and a verb of support ("The guidelines do not
   * support a purchase", "MTUS supports a trial of acupuncture", "ODG does not recommend the MRI for this
   * patient"): the reviewer applying the guideline to the request, read as its passive is ("a purchase is
   * not supported") from its object: explicit for a plain verb when the object is this request, implied
   * when it is other care ("continued use"). A qualifier naming anything but this occasion ("… MRI for
   * acute low back pain", "… it beyond that period") makes it the guideline's own criterion: no finding.
   */
  private readActive(target: Hit<TargetEntry>): SentenceReading | undefined {
    const group = this.activeGroupBefore(target.at);
    const guideline = this.subjectNameBefore(group, 'guidelineNames');
    const evidence = guideline === undefined ? this.subjectNameBefore(group, 'evidenceNames') : undefined;
    const subject = guideline ?? evidence;
    const end = this.requestObjectEnd(target.end);
    if (subject === undefined || end === target.end || !this.onlyOccasionAfter(end)) return undefined;
    // "… repeat MRI unless there is a change" is the guideline's exception to its own rule.
    if (this.inBackground(target.at) || this.is('criterionExceptions', end)) return undefined;
    // The guideline's own trigger ("guidelines … support" reports it) starts at its name: only those before count.
    const forward = this.triggers.filter(
      (t) => t.end <= subject && t.entry.direction !== 'backward' && this.reach(t, target.at) !== false,
    );
    const all = [...forward, ...this.backwardTriggers(end)];
    const inGroup = this.lexiconTriggersIn(group, target.at);
    const negations = [...forward, ...inGroup].filter((t) => t.entry.kind === 'negation' && !t.entry.modal);
    const uncertain = all.some((t) => t.entry.kind === 'uncertain');
    const negated = uncertain || negations.length % 2 === 1;
    const modal = inGroup.some((t) => t.entry.modal);
    const reported = all.some((t) => t.entry.kind === 'reported') || this.tokens[target.at].quoted;
    const hypothetical = all.some((t) => t.entry.kind === 'hypothetical' && !t.entry.modal) || (modal && !negated);
    const object = this.activeObject(target.end, end);
    // A count other than the one requested is the guideline's own figure: it tells of the request only as a
    // bound ("support 24 visits" grants the 12 requested, "do not support 6 visits" denies them), else nothing;
    // and a bare count is one for the kind of case a qualifier put first names ("For myalgia, … 12 visits").
    if (object === 'count' || (object === 'more' && negated) || (object === 'fewer' && !negated)) return undefined;
    const figure = object === 'requested' || object === 'more' || object === 'fewer';
    if (figure && this.frontedScope(subject)) return undefined;
    const request = object === 'request' || object === 'requested';
    // The record weighed is the reviewer's conclusion only on this request: "… do not support a diagnosis of …" is none.
    const weighed = request || object === 'pronoun' || (object === 'additive' && negated);
    if (evidence !== undefined && (target.entry.wording !== 'plain' || !weighed)) return undefined;
    // "… do not support further visits" denies the requested ones too; granting more grants no count.
    const additive = object === 'additive' && negated;
    // "The findings do not support it" may say it of a diagnosis; a guideline's "it" is the treatment.
    const named = request || (object === 'pronoun' && evidence === undefined);
    return {
      necessary: (target.entry.polarity === 'positive') !== negated,
      explicit: !uncertain && target.entry.wording === 'plain' && (named || additive),
      status: reported ? 'reported' : hypothetical ? 'conditional' : 'asserted',
      decisionWords: false,
      wording: target.entry.wording,
      target: this.offsets(target.at, target.end),
      span: this.offsets(Math.min(target.at, ...negations.map((t) => t.at)), end),
      negations: negations.map((t) => this.offsets(t.at, t.end)),
      question: all.some((t) => t.entry.question),
      ...(additive && { additive }),
    };
  }

  /**
   * The reviewer's own verdict verb, with the reviewer as its subject and this request as its object ("I would
   * certify the 7-day rental", "I am unable to certify the request", "I will authorize six visits"), read as
   * the passive "the request is (not) certified" is: in the decision's words, so implied. Another party as the
   * subject ("The UR reviewer did not certify …", "The physician asks me to certify …"), an object naming
   * other care ("I would certify six visits" of twelve), a condition or an open modal ("I could approve …")
   * make no verdict.
   */
  private readVerdict(target: Hit<TargetEntry>): SentenceReading | undefined {
    const group = this.verdictGroupBefore(target.at);
    const subject = this.reviewerSubjectBefore(group);
    const end = this.objectEnd(target.end);
    if (subject === undefined || !namesThisRequest(this.activeObject(target.end, end))) return undefined;
    if (this.inBackground(target.at) || this.is('criterionExceptions', end)) return undefined;
    const forward = this.triggers.filter(
      (t) => t.end <= subject && t.entry.direction !== 'backward' && this.reach(t, target.at) !== false,
    );
    const inGroup = this.lexiconTriggersIn(group, target.at);
    const all = [...forward, ...inGroup, ...this.backwardTriggers(end)];
    const negations = [...forward, ...inGroup].filter((t) => t.entry.kind === 'negation' && !t.entry.modal);
    const uncertain = all.some((t) => t.entry.kind === 'uncertain');
    const negated = uncertain || negations.length % 2 === 1;
    // "I would certify" is the verdict; "I could approve" leaves it open, unless negated ("I could not approve").
    const open = !negated && inGroup.some((t) => t.entry.modal && !this.is('reviewerModals', t.at));
    const reported = all.some((t) => t.entry.kind === 'reported') || this.tokens[target.at].quoted;
    const hypothetical = open || all.some((t) => t.entry.kind === 'hypothetical' && !t.entry.modal);
    const status = reported ? 'reported' : hypothetical ? 'conditional' : 'asserted';
    return {
      necessary: (target.entry.polarity === 'positive') !== negated,
      explicit: false,
      status,
      decisionWords: status === 'asserted' && !uncertain && !this.inPastTense([group, target.at]),
      wording: target.entry.wording,
      target: this.offsets(target.at, target.end),
      span: this.offsets(Math.min(target.at, ...negations.map((t) => t.at)), end),
      negations: negations.map((t) => this.offsets(t.at, t.end)),
      question: all.some((t) => t.entry.question),
    };
  }

  /** Where a verdict verb's group opens, also over a verb of failure in it: "would not", "am unable to". */
  private verdictGroupBefore(at: number): number {
    let group = this.activeGroupBefore(at);
    for (;;) {
      const failure = this.triggers.find(
        (t) => t.entry.kind === 'negation' && !t.entry.stance && t.at < group && group - 1 < t.end,
      );
      if (!failure) return group;
      group = this.activeGroupBefore(failure.at);
    }
  }

  /**
   * Where the reviewer's name opens that ends right before the verb group at `group` and opens its clause:
   * "I", "we", "this reviewer", "the IMR reviewer", "the undersigned"; a name of more than one word needs a
   * word of `selfReferences` ("the UR reviewer", "the reviewer" may be another party).
   */
  private reviewerSubjectBefore(group: number): number | undefined {
    const head = group - 1;
    if (!this.is('reviewerNames', head)) return undefined;
    let start = head;
    while (start > 0 && head - start < MAX_MODIFIERS && this.inSelfName(start - 1)) start--;
    let own = start === head;
    for (let j = start; j <= head; j++) own ||= this.is('selfReferences', j);
    // A clause another word takes opens there too ("I do not believe | I can certify …"), unless another party's
    // ("The physician asks that | I certify …").
    const taken = this.is('complementTakers', start - 1) && !this.otherPartyIn(this.clauseStartOf(start - 1), start);
    return own && (this.isClauseStart(start) || this.is('coordinators', start - 1) || taken) ? start : undefined;
  }

  /** Whether the word at `at` may be in the reviewer's name: a definite word or a self reference ("this", "the IMR"). */
  private inSelfName(at: number): boolean {
    return !this.tokens[at].punct && (this.is('definiteWords', at) || this.is('selfReferences', at));
  }

  /**
   * Whether a qualifier before the comma that ends right before `subject` names a kind of case rather than
   * this occasion: "For myalgia, the guidelines support …", "In cases of radiculitis, MTUS supports …", where
   * "For this patient, …" names this one and "For the reasons above, …", "Given …" give the reviewer's reason.
   * The qualifier opens with a preposition that is no subordinator, with no definite word after it, and holds no verb.
   */
  private frontedScope(subject: number): boolean {
    if (this.keys[subject - 1] !== ',') return false;
    let open = subject - 2;
    while (open > 0 && !this.tokens[open - 1].punct) open--;
    if (!this.is('qualifierPrepositions', open) || this.is('subordinators', open)) return false;
    if (this.is('occasionWords', open + 1) || this.is('definiteWords', open + 1)) return false;
    for (let j = open; j < subject - 1; j++) if (this.is('finite', j) || this.is('copulas', j)) return false;
    return true;
  }

  /**
   * Where an active verb's object opening at `from` ends, past a request word's own "for" phrase naming
   * what is requested or counting the visits requested ("the request for a lumbar MRI", "the request for 12 visits").
   */
  private requestObjectEnd(from: number): number {
    const end = this.objectEnd(from);
    if (this.keys[end] !== 'for' || end - from < 2 || !this.someWord(from, end, 'requestWords')) return end;
    const named = this.objectEnd(end + 1);
    // Only the title's words or the count requested name it: "them for treatment of …" is the guideline's scope.
    const names = this.namesTitle(end + 1, named) || this.countNounOf(end + 1, named) === named - 1;
    return named > end + 1 && names ? named : end;
  }

  /** Whether a word of the class stands in [from, to). */
  private someWord(from: number, to: number, word: WordClass): boolean {
    for (let j = from; j < to; j++) if (this.is(word, j)) return true;
    return false;
  }

  /** Whether a word of the item's title stands in [from, to). */
  private namesTitle(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.titleKeys.has(stem(this.keys[j]))) return true;
    return false;
  }

  /** Where the verb group before an active verb opens, over auxiliaries, adverbs and negations: "does not", "would not". */
  private activeGroupBefore(at: number): number {
    let j = at;
    while (j > 0 && (this.is('finite', j - 1) || this.is('predicateFillers', j - 1) || this.plainNegationAt(j - 1)))
      j--;
    return j;
  }

  /** Whether a plain negation ("not", "n't", "never") is the word at `at`. */
  private plainNegationAt(at: number): boolean {
    return this.lexicon.triggers
      .matchesAt(this.keys, at)
      .some(({ length, values }) => length === 1 && values.some((v) => v.kind === 'negation' && isPlain(v)));
  }

  /**
   * The lexicon's triggers within words [from, to), also those a longer trigger holds: the agent's report
   * "guidelines do not support" takes in the negation and modal of its own verb group.
   */
  private lexiconTriggersIn(from: number, to: number): Array<Hit<TriggerEntry>> {
    const hits: Array<Hit<TriggerEntry>> = [];
    for (let j = from; j < to; j++) {
      const [longest] = this.lexicon.triggers.matchesAt(this.keys, j).filter(({ length }) => j + length <= to);
      if (!longest) continue;
      for (const entry of longest.values) hits.push({ at: j, end: j + longest.length, entry });
      j += longest.length - 1;
    }
    return hits;
  }

  /**
   * Where a name whose last word is of the class `names` opens that ends right before the verb group at
   * `group`: a guideline's ("The guidelines", "MTUS", "The MTUS Chronic Pain Guidelines") or the record's
   * ("The submitted documentation", "The clinical findings"); a few words, none a verb, a clause word or a trigger.
   */
  private subjectNameBefore(group: number, names: WordClass): number | undefined {
    const head = group - 1;
    if (!this.is(names, head)) return undefined;
    let start = head;
    while (start > 0 && head - start < MAX_ASIDE && this.inSubjectName(start - 1, group)) start--;
    return start;
  }

  /** Whether the word at `at` may be in a guideline's or the record's name before the verb group at `group`. */
  private inSubjectName(at: number, group: number): boolean {
    return !(
      this.tokens[at].punct ||
      this.is('finite', at) ||
      this.is('copulas', at) ||
      this.is('coordinators', at) ||
      this.is('subordinators', at) ||
      this.is('complementTakers', at) ||
      this.terminatorAt(at) !== undefined ||
      this.triggers.some((t) => t.at <= at && at < t.end && t.end <= group)
    );
  }

  /**
   * What an active verb's object, words [from, to), says of the request: 'request' when it is this request —
   * a definite phrase naming it ("the patch", "this request", "a purchase" of a request word) or the count
   * requested after such words ("the remaining 12 visits") — 'requested' for that count bare ("12 visits"),
   * 'pronoun' when only a pronoun or a bare request word names it ("it"); 'additive' when it is only visits
   * beyond those had ("further visits", for an item requesting a count); for another count of this item's
   * visits, 'more' or 'fewer' than every count requested, or 'count' when it is neither or none is requested;
   * undefined for other care.
   */
  private activeObject(from: number, to: number): ActiveObject {
    const definite =
      this.is('definiteWords', from) ||
      this.is('requestWords', from) ||
      (this.is('indefiniteWords', from) && this.is('requestWords', from + 1));
    if (definite && this.namesRequest(from, to))
      return to - from === 1 && !this.titleKeys.has(stem(this.keys[from])) ? 'pronoun' : 'request';
    let start = from;
    while (start < to && this.is('definiteWords', start)) start++;
    let count = start;
    while (count < to && this.is('additiveWords', count)) count++;
    if (this.countNounAt(count, to) === to - 1)
      return this.comparedCount(this.keys[count], count === from ? 'bare' : 'led');
    // Other words before the count make it a bound: "up to 12 visits", "a trial of 6 visits", "9 to 10 visits".
    for (let bound = count + 1; bound < to - 1; bound++)
      if (this.countNounAt(bound, to) === to - 1) return this.comparedCount(this.keys[bound], 'bound');
    const onlyAdditive = this.countKeys.size > 0 && count > start && count === to - 1 && this.is('countNouns', count);
    return onlyAdditive ? 'additive' : undefined;
  }

  /**
   * How the count whose key is `key` stands to the counts requested: the same — 'request' when definite or
   * additive words lead it ("the remaining 12 visits"), 'requested' when bare ("12 visits") — 'more', 'fewer'
   * or neither; a bound ("up to 12") is no count of these visits, and one as large as the request covers it.
   */
  private comparedCount(key: string, lead: 'bare' | 'led' | 'bound'): ActiveObject {
    const bound = lead === 'bound';
    if (this.countKeys.has(key) && !bound) return lead === 'bare' ? 'requested' : 'request';
    const value = countValue(key);
    const requested = [...this.countKeys].map(countValue);
    if (value === undefined || requested.length === 0) return 'count';
    if (requested.every((count) => count !== undefined && (value > count || (bound && value === count)))) return 'more';
    if (requested.every((count) => count !== undefined && value < count)) return 'fewer';
    return 'count';
  }

  /**
   * Whether another party's view opens the noun phrase right after the reviewer's stance, as what the
   * reviewer agrees or disagrees with ("I agree with the UR reviewer's determination that …"), rather
   * than as a report of its own ("I agree with the surgeon, and UR found …").
   */
  private isObjectOf(stance: Hit<TriggerEntry>, report: Hit<TriggerEntry>): boolean {
    if (report.at < stance.end || report.at - stance.end > MAX_OBJECT_LEAD) return false;
    for (let j = stance.end; j < report.at; j++) if (this.tokens[j].punct || this.is('finite', j)) return false;
    return true;
  }

  private offsets(at: number, end: number): { from: number; to: number } {
    return { from: this.tokens[at].from, to: this.tokens[end - 1].to };
  }

  /**
   * Where each clause opens that a denial takes and that holds the next denial, in reading order: right
   * after the denial, a word taking a clause ("reason", "that", "find") whose clause opens with its own
   * subject and has its verb before the next denial, with no coordinator or terminator between ("I see no
   * reason | the therapy would not be …", "I do not find | that it is not …"). A denial coordinated with
   * the first ("no evidence that he improved and no indication for …", "neither supported nor …") is in
   * the same clause, and so is one after a noun's complement ("an agent without evidence of benefit is not …").
   */
  private deniedClauses(denials: Array<Hit<TriggerEntry>>): number[] {
    const sorted = [...denials].sort((a, b) => a.at - b.at);
    const opens: number[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const open = this.clauseTakenBetween(sorted[i - 1].end, sorted[i].at);
      if (open !== undefined) opens.push(open);
    }
    return opens;
  }

  /**
   * The denials that head the predicate of the denial right before them, so that the two cancel: a
   * negative verb, preposition or predicate after a negated verb group ("does not lack", "is not
   * without", "does not fall short of", "medical necessity is not lacking", "no lack of"). Only verb
   * group words may stand between; one other than an auxiliary or a copula ("is not entirely without")
   * may hedge the cancellation, so the reading it gives is not explicit.
   * Coordinated denials ("neither supported nor …", "neither established nor documented", "not supported and
   * lacks …") stay one denial.
   */
  private deniedDenials(denials: Array<Hit<TriggerEntry>>): Array<{ hedged: boolean; subject?: [number, number] }> {
    const sorted = [...denials].sort((a, b) => a.at - b.at);
    const pairs: Array<{ hedged: boolean; subject?: [number, number] }> = [];
    const cancelled = new Set<Hit<TriggerEntry>>();
    for (const first of sorted) {
      const pair = this.subjectDenialPair(first, sorted);
      if (!pair) continue;
      pairs.push(pair);
      for (const t of sorted) if (first.at <= t.at && t.at <= pair.last.at) cancelled.add(t);
    }
    for (let i = 1; i < sorted.length; i++) {
      if (cancelled.has(sorted[i - 1]) || cancelled.has(sorted[i])) continue;
      const [from, to] = [sorted[i - 1].end, sorted[i].at];
      // A correlative's "nor" coordinates a second denial and heads none ("neither established nor documented"),
      // and a clause taken between ("has not been shown [to be lacking]") already counts the later denial.
      const cancels =
        from <= to &&
        !this.is('coordinators', to) &&
        this.verbGroupBetween(from, to) &&
        this.clauseTakenBetween(from, to) === undefined;
      if (!cancels) continue;
      pairs.push({ hedged: this.hedgedBetween(from, to) });
      i++;
    }
    return pairs;
  }

  /** Whether a word other than an auxiliary or a copula stands in [from, to): "is not entirely without". */
  private hedgedBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (!this.is('finite', j) && !this.is('copulas', j)) return true;
    return false;
  }

  /**
   * A negative determiner or correlative opening its clause denies the clause's predicate through its
   * subject, so a predicate headed by a denial cancels it as "does not lack" does: "Neither the MRI nor
   * the EMG lacks medical necessity", "Nor does the MRI lack …", "No study is without …". Only the subject
   * (past the auxiliary an inverting correlative puts first, and the correlatives coordinating it) and a
   * verb group may stand between, and the later denial heads the predicate: a verb of denial, or any
   * denial after a verb ("No imaging without red flags is …" denies inside its subject, and once).
   * Returns the pair's last denial, the subject's words and whether the verb group hedges it.
   */
  private subjectDenialPair(
    first: Hit<TriggerEntry>,
    sorted: Array<Hit<TriggerEntry>>,
  ): { last: Hit<TriggerEntry>; subject: [number, number]; hedged: boolean } | undefined {
    if (!first.entry.subject || first.entry.exceptive) return undefined;
    if (!(this.isClauseStart(first.at) || this.is('coordinators', first.at - 1))) return undefined;
    let start = first.end;
    const inverted = first.entry.inverts && this.is('finite', start);
    if (inverted) start++;
    let end = start;
    const correlative = (j: number) => this.triggers.some((t) => t.at === j && t.entry.inverts);
    // A word taking a clause ends it: "Nothing suggests [the MRI is not …]" denies in another clause.
    const inSubject = (j: number) =>
      !this.is('complementTakers', j) && (this.inNounPhrase(j) || this.keys[j] === 'of' || correlative(j));
    while (end < this.keys.length && end - start < MAX_SUBJECT_ASIDE && inSubject(end)) end++;
    if (end === start) return undefined;
    let verb = end;
    while (verb < this.keys.length && !this.inNegation(verb) && this.verbGroupBetween(verb, verb + 1)) verb++;
    const last = sorted.find((t) => t.at === verb);
    // After an inverted copula a denial is the predicate when the phrase it denies follows it: "Nor is the MRI
    // without medical necessity", where "nor is the MRI without red flags medically necessary" is the subject's.
    const predicate =
      inverted &&
      this.is('copulas', first.end) &&
      last &&
      this.lexicon.targets.matchesAt(this.keys, last.end).length > 0;
    const headed = verb > end || this.is('denialVerbs', verb) || predicate;
    if (!last || last.entry.subject || !headed || !(verb === end || this.verbGroupBetween(end, verb))) return undefined;
    return { last, subject: [start, end], hedged: this.hedgedBetween(end, verb) };
  }

  /**
   * Whether words [from, to) are all of one verb group: auxiliaries, copulas and fillers, no coordinator or
   * comma, and no finite verb after a participle, which opens another ("a drug that is not recommended | is not …").
   */
  private verbGroupBetween(from: number, to: number): boolean {
    let participle = false;
    for (let j = from; j < to; j++) {
      if (this.tokens[j].punct || this.is('coordinators', j) || this.inNegation(j)) return false;
      const finite = this.is('finite', j);
      if ((finite && participle) || (!finite && !this.is('copulas', j) && !this.is('predicateFillers', j)))
        return false;
      participle ||= !finite && !this.is('copulas', j);
    }
    return true;
  }

  /**
   * Where a clause opens that a word at most `MAX_TAKER_LEAD` after `from` takes and whose verb is before `to`.
   * A noun's infinitival clause, right after it or after a relative word, is one whose verb may be the next
   * denial: "no reason [to doubt that …]", "no basis on which [to doubt …]", "no reason [not to find …]".
   */
  private clauseTakenBetween(from: number, to: number): number | undefined {
    for (let taker = from; taker < to && taker - from <= MAX_TAKER_LEAD; taker++) {
      if (!this.is('complementTakers', taker)) continue;
      const open = this.pastRelativeWord(taker + 1);
      if (this.infinitiveAt(open) && open <= to) return this.undividedBetween(open, to) ? open : undefined;
      if (!this.is('clauseStarters', open) || this.is('finite', open)) continue;
      let verb = false;
      for (let j = open; j < to; j++) verb ||= this.is('finite', j) || this.is('copulas', j);
      return verb && this.undividedBetween(open, to) ? open : undefined;
    }
    return undefined;
  }

  /** Whether no coordinator or terminator stands in [from, to): the words are one clause. */
  private undividedBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.is('coordinators', j) || this.terminatorAt(j)) return false;
    return true;
  }

  /** Past a relative word, and a preposition before it, at `at`: "on which", "which". */
  private pastRelativeWord(at: number): number {
    if (this.is('qualifierPrepositions', at) && this.is('relativePronouns', at + 1)) return at + 2;
    return this.is('relativePronouns', at) ? at + 1 : at;
  }

  /** Whether an infinitive opens at `at`, negated or not: "to doubt", "not to find". */
  private infinitiveAt(at: number): boolean {
    return this.keys[at] === 'to' || (this.inNegation(at) && this.keys[at + 1] === 'to');
  }

  /** Whether a negation stands before the trigger in its clause (no terminator between), reaching it or not. */
  private negationBefore(trigger: Hit<TriggerEntry>): boolean {
    return this.triggers.some(
      (t) =>
        t.entry.kind === 'negation' &&
        t.end <= trigger.at &&
        !this.terminators.some(([at]) => t.end <= at && at < trigger.at),
    );
  }

  /** Whether a verb or a copula stands in [from, to): an exceptive's predicate has none ("anything other than …"). */
  private verbBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.is('finite', j) || this.is('copulas', j)) return true;
    return false;
  }

  /**
   * Whether a forward trigger's scope reaches position `to`. The scope ends at a terminator, at
   * a comma after some content (a comma right after a negation opens an aside: "is not, on this
   * record, medically necessary"), at "and"/"so" before a new subject or verb, and at a new
   * verb after a new subject ("has not improved … the surgery is") unless a word that takes a
   * clause came first ("it has not been demonstrated that X is …"); a relative clause on the noun
   * a negation denies is under it ("no basis on which to find X …", "is not one I can find …"). A
   * negative determiner that opens its clause reaches through its subject to the first verb ("No
   * further imaging is needed"): 'subject'. One that inverts its clause ("nor is the MRI, on this
   * record, medically necessary") has its subject after the auxiliary, and an aside may follow that
   * subject: 'subject' too, once a subject is there (a pronoun "neither is medically necessary" has
   * none). A condition, or the reviewer's own opinion ("I believe …"), reaches to the sentence's end
   * or a terminator. An exceptive reaches only the predicate it opens, with no verb between.
   */
  private reach(trigger: Hit<TriggerEntry>, to: number): Reach {
    const { kind, takesClause, clauseStart } = trigger.entry;
    if (clauseStart && !this.isClauseStart(trigger.at)) return false;
    if (to - trigger.end > MAX_SCOPE) return false;
    if (trigger.entry.exceptive && this.verbBetween(trigger.end, to)) return false;
    const condition = kind === 'hypothetical' || kind === 'opinion';
    let content = false;
    let clause = takesClause;
    let subject = trigger.entry.subject && (this.isClauseStart(trigger.at) || this.is('coordinators', trigger.at - 1));
    const inverted = subject && trigger.entry.inverts && this.is('finite', trigger.end);
    let reach: Reach = 'clause';
    for (let j = trigger.end; j < to; j++) {
      if (this.terminatorAt(j) && !this.fillerOfVerbGroup(j, trigger.end)) {
        // A restrictive relative on the noun the negation denies is under it: "no basis on which to find …".
        if (kind !== 'negation' || !this.relativeOnDeniedNoun(trigger, j)) return false;
        clause = true;
        continue;
      }
      if (this.keys[j] === ',') {
        // A condition opening its clause governs the clause after the comma ("If X, Y is …"); one inside
        // a clause ("Although Y might be … if X, the request is …") ends with it.
        if (condition && (this.isClauseStart(trigger.at) || this.is('coordinators', trigger.at - 1))) continue;
        if (condition) return false;
        if (kind !== 'negation' || (content && !inverted)) return false;
        const close = this.keys.indexOf(',', j + 1);
        if (close < 0 || close >= to) return false;
        j = close;
        continue;
      }
      // Before its verb a negated subject may be coordinated: "neither the MRI nor the EMG is …".
      if (!condition && !subject && this.is('coordinators', j) && this.opensClause(j + 1)) return false;
      // An inverted clause has its verb before its subject, so a clause coordinated after it has its own
      // subject and verb: "Nor is the EMG helpful and the MRI is …", where "nor is the MRI or the EMG …" goes on.
      if (inverted && content && this.is('coordinators', j) && this.subjectAndVerbAt(j + 1)) return false;
      if (!condition && this.is('finite', j) && content && !clause) {
        // So is a relative with no relative word on a predicate noun: "is not one I can find …".
        if (kind === 'negation' && this.contactRelativeBefore(trigger, j)) {
          clause = true;
          continue;
        }
        if (!subject) return false;
        [subject, content, reach] = [false, false, 'subject'];
        continue;
      }
      if (this.is('complementTakers', j)) clause = true;
      if (!this.is('finite', j) && !this.is('predicateFillers', j) && !this.is('copulas', j)) content = true;
    }
    return inverted && content ? 'subject' : reach;
  }

  /**
   * Where an inverted subject read from `from` ends: at the comma of an aside after it, whose words
   * are not the subject's ("nor is further therapy, at this time, …"), or else at `to`.
   */
  private beforeAside(from: number, to: number): number {
    const comma = this.keys.indexOf(',', from);
    return comma >= 0 && comma < to ? comma : to;
  }

  /**
   * Whether the relative word at `at` opens a restrictive relative clause (no comma before it) on the
   * noun the negation denies, right after a preposition or not: "There is no basis on which to find …",
   * "The MRI is not a study which is …", "nothing on which to base …".
   */
  private relativeOnDeniedNoun(negation: Hit<TriggerEntry>, at: number): boolean {
    if (!this.is('relativePronouns', at)) return false;
    return this.deniedNounBefore(negation, this.is('qualifierPrepositions', at - 1) ? at - 1 : at);
  }

  /**
   * Whether a relative clause with no relative word ends at the finite verb at `verb`, on the predicate
   * noun a negation after a copula denies: "The request is not one [I can find …]", "is not something [the
   * guidelines would support …]", "There is no study [I would call …]". Its subject opens it, a few words long.
   */
  private contactRelativeBefore(negation: Hit<TriggerEntry>, verb: number): boolean {
    if (!this.is('copulas', negation.at - 1)) return false;
    let subject = negation.end + 1;
    while (subject < verb && !(this.is('clauseStarters', subject) && !this.is('finite', subject))) subject++;
    if (subject === verb || verb - subject > MAX_MODIFIERS) return false;
    for (let j = subject; j < verb; j++) if (!this.inNounPhrase(j)) return false;
    return this.deniedNounBefore(negation, subject);
  }

  /**
   * Whether words [negation.end, to) are only the short noun phrase a negation denies: a negative
   * determiner's noun ("no [clinical basis]", "nothing" alone) or a predicate noun after a negated copula
   * ("is not [a treatment]"), with no verb, preposition or clause word in it.
   */
  private deniedNounBefore(negation: Hit<TriggerEntry>, to: number): boolean {
    const { subject } = negation.entry;
    if (!subject && !this.is('copulas', negation.at - 1)) return false;
    if (to - negation.end > MAX_MODIFIERS + 1 || (to === negation.end && !subject)) return false;
    for (let j = negation.end; j < to; j++) if (!this.inNounPhrase(j)) return false;
    return true;
  }

  /** Whether the word at `at` may be in a plain noun phrase: no punctuation, verb, preposition, clause word or trigger. */
  private inNounPhrase(at: number): boolean {
    return !(
      this.tokens[at].punct ||
      this.is('finite', at) ||
      this.is('copulas', at) ||
      this.is('qualifierPrepositions', at) ||
      this.keys[at] === 'of' ||
      this.is('subordinators', at) ||
      this.is('coordinators', at) ||
      this.terminatorAt(at) !== undefined ||
      this.inTrigger(at)
    );
  }

  /** Whether a clause with its own subject and finite verb opens at `at` (past commas and adverbs): "the MRI is", "it has". */
  private subjectAndVerbAt(at: number): boolean {
    let j = at;
    while (j < this.keys.length && (this.keys[j] === ',' || this.is('predicateFillers', j))) j++;
    if (!this.is('clauseStarters', j) || this.is('finite', j)) return false;
    const subject = j;
    for (j++; j < this.keys.length && j - subject <= MAX_MODIFIERS + 1 && this.inNounPhrase(j); j++);
    return this.is('finite', j);
  }

  /** After "and"/"so": a subject or a verb (past commas and adverbs) starts a new clause. */
  private opensClause(at: number): boolean {
    for (let j = at; j < this.keys.length; j++) {
      if (this.keys[j] === ',') continue;
      if (this.is('clauseStarters', j)) return true;
      if (!this.is('predicateFillers', j)) return false;
    }
    return false;
  }

  /** Conditions and other parties named after the phrase in its own clause: "… only if", "… by utilization review". */
  private backwardTriggers(from: number): Array<Hit<TriggerEntry>> {
    const found: Array<Hit<TriggerEntry>> = [];
    for (let j = from; j < this.keys.length && j - from <= MAX_SCOPE; j++) {
      const here = this.triggers.filter(
        (t) => t.at === j && t.entry.direction !== 'forward' && t.entry.kind !== 'negation',
      );
      found.push(...here);
      if (here.length === 0 && (this.keys[j] === ',' || this.terminatorAt(j))) break;
    }
    return found;
  }

  /**
   * A plain synonym is a predicate only after a copula (or the colon of "X: not warranted"), past
   * adverbs, negations ("is no longer needed") and an aside between commas ("is, at this time, not needed").
   */
  private isPredicate(at: number): boolean {
    let j = at - 1;
    while (j >= 0 && !this.is('copulas', j)) {
      const aside = this.keys[j] === ',' ? this.asideBefore(j) : undefined;
      if (aside !== undefined) j = aside - 1;
      else if (this.is('predicateFillers', j) || this.inNegation(j)) j--;
      else break;
    }
    return this.is('copulas', j);
  }

  /** Where the aside that a comma at `close` ends opens: an earlier comma a few words back, with no verb between. */
  private asideBefore(close: number, most = MAX_ASIDE): number | undefined {
    for (let j = close - 1; j >= 0 && close - j <= most; j--) {
      if (this.keys[j] === ',') return j;
      if (this.is('finite', j) || this.is('copulas', j) || this.tokens[j].punct) return undefined;
    }
    return undefined;
  }

  private inNegation(at: number): boolean {
    return this.triggers.some((t) => t.entry.kind === 'negation' && t.at <= at && at < t.end);
  }

  /** The verb group before an adjective phrase: "could then become", "would not be". */
  private verbGroupBefore(at: number): [number, number] {
    let j = at;
    while (j > 0 && (this.is('finite', j - 1) || this.is('copulas', j - 1) || this.is('predicateFillers', j - 1))) j--;
    if (j > 0 && this.triggers.some((t) => t.entry.modal && t.end === j)) j--;
    return [j, at];
  }

  /**
   * A noun at the start of its clause, past "the standard of", "and", "so", is the subject; so is one
   * that opens a subordinate clause ("…, as medical necessity is not established"). A decision noun's
   * subject may name whose decision it is ("the utilization review's denial").
   */
  private isSubject(at: number, decision = false): boolean {
    let j = at - 1;
    while (j >= 0 && (this.is('subjectLead', j) || (decision && this.isOwner('decisionLead', j)))) j--;
    return (
      j < 0 ||
      this.tokens[j].punct ||
      this.terminators.some(([, end]) => end === j + 1) ||
      this.is('subordinators', j) ||
      this.keys[j] === 'that'
    );
  }

  /**
   * The predicate of a noun subject: its first verb group after the subject's own words
   * ("for the MRI of the left elbow") and past a relative clause (", which would …,").
   * Returns [first, last + 1) of the verb group with its head word.
   */
  private predicateAfter(from: number): [number, number] | undefined {
    if (this.keys[from] === ':') return this.labelPredicate(from + 1);
    const elliptical = this.inNegation(from) ? this.ellipticalPredicate(from) : undefined;
    if (elliptical) return elliptical;
    for (let j = from; j < this.keys.length && j - from <= MAX_SCOPE; j++) {
      if (this.keys[j] === ';' || this.keys[j] === ':') return undefined;
      if (this.terminatorAt(j)) {
        if (this.keys[j - 1] !== ',') return undefined;
        const close = this.keys.indexOf(',', j + 1);
        if (close < 0) return undefined;
        j = close;
        continue;
      }
      // A bare copula opens one too: the subjunctive "I recommend that the denial be overturned".
      if (!this.is('finite', j) && !this.is('copulas', j)) continue;
      let end = j + 1;
      while (end < this.keys.length && !this.tokens[end].punct && this.inVerbGroup(end)) end++;
      const open = this.is('finite', end - 1) || this.is('copulas', end - 1) || this.keys[end - 1] === 'not';
      const head = open && end < this.keys.length && !this.tokens[end].punct;
      return [j, head ? end + 1 : end];
    }
    return undefined;
  }

  /**
   * A note's passive with its auxiliary dropped, "MRI brain: medical necessity not demonstrated.": read
   * like the label form, but only when it is negated and ends its clause, since a participle straight
   * after the noun is otherwise a reduced relative ("the medical necessity demonstrated by …").
   */
  private ellipticalPredicate(at: number): [number, number] | undefined {
    const predicate = this.labelPredicate(at);
    if (!predicate) return undefined;
    const [first, next] = predicate;
    // A verb or modal in it ("cannot be upheld") makes it an ordinary predicate, read as one.
    const verbAt = (j: number) =>
      this.is('finite', j) ||
      this.is('copulas', j) ||
      this.triggers.some((t) => t.entry.modal && t.at <= j && j < t.end);
    for (let j = first; j < next; j++) if (verbAt(j)) return undefined;
    return next >= this.keys.length || this.tokens[next].punct ? predicate : undefined;
  }

  /**
   * The verbless predicate of a label-style conclusion, "Medical necessity: not established": negations
   * and fillers, then a participle of showing ("established", "demonstrated") or a negative predicate
   * ("lacking"). Returns its [first, last + 1).
   */
  private labelPredicate(at: number): [number, number] | undefined {
    const isHead = (j: number) =>
      this.is('regardVerbs', j) ||
      this.is('complementTakers', j) ||
      this.triggers.some((t) => t.at === j && t.entry.kind === 'negation' && t.entry.direction === 'backward');
    for (let j = at; j < this.keys.length && !this.tokens[j].punct; j++) {
      if (isHead(j)) return [at, j + 1];
      if (!this.inNegation(j) && !this.is('predicateFillers', j)) return undefined;
    }
    return undefined;
  }

  private inVerbGroup(at: number): boolean {
    return (
      this.is('finite', at) ||
      this.is('copulas', at) ||
      (this.is('predicateFillers', at) && !this.is('coordinators', at)) ||
      this.inNegation(at)
    );
  }

  /**
   * Whether a modal predicate ("would be medically necessary") is the reviewer's own opinion about this
   * request rather than a hypothesis: an opinion trigger ("I believe", "in my opinion") or a denial
   * ("I see no reason …", at `deniedClause`) opens its clause, whose subject names the request, and nothing after the phrase could set a condition on it (no
   * condition word, generic or not, and no terminator such as "unless").
   */
  private ownOpinion(forward: Array<Hit<TriggerEntry>>, target: Hit<TargetEntry>, deniedClause?: number): boolean {
    // Agreeing with another view ("I agree with UR's determination that …") is no opinion of one's own about a hypothesis.
    const opinion = forward.find((t) => t.entry.kind === 'opinion' && t.entry.stance === undefined);
    // A clause under the reviewer's denial is their view too: "I see no reason the therapy would not be …".
    const open = opinion?.end ?? deniedClause;
    if (open === undefined) return false;
    let subject = open;
    while (subject < target.at && (this.keys[subject] === ',' || this.keys[subject] === 'that')) subject++;
    if (!(this.is('definiteWords', subject) || this.is('requestWords', subject))) return false;
    if (!this.namesRequest(subject, target.at)) return false;
    const after = (hit: { at: number }) => hit.at >= target.end;
    return (
      !this.triggers.some((t) => after(t) && t.entry.kind === 'hypothetical') &&
      !this.terminators.some(([at]) => after({ at }))
    );
  }

  /** Whether the subject of the phrase's clause is this request: it names it, counts the visits requested or is the item's kind. */
  private subjectIsRequest(at: number): boolean {
    return this.namesOneRequest(at) || this.countsRequest(at) || this.kindSubject(at);
  }

  /** Where the verb group opening at `from` opens with the auxiliaries and negations before it: "would not | be". */
  private verbGroupStart(from: number): number {
    let j = from;
    while (j > 0 && this.inVerbGroup(j - 1)) j--;
    return j;
  }

  /** Whether a hypothetical modal ("would") is in the verb group [from, to) or the auxiliaries and negations before it. */
  private hypotheticalModalIn([from, to]: [number, number]): boolean {
    for (let j = this.verbGroupStart(from); j < to; j++) if (this.is('hypotheticalModals', j)) return true;
    return false;
  }

  /**
   * Whether a restriction in the phrase's clause names another case than this request: one opening the clause
   * and reaching the phrase as a condition does ("Without these findings, an MRI would …", "More frequent
   * screening would …"), one in the subject of its verb group, which opens at `group` ("Additional visits beyond
   * the six would …"), or one after the phrase in its clause ("… for a patient at low risk", "… unless red flags
   * are documented"). One before a word of the item's title is part of the treatment's name ("MRI … without
   * contrast"), and one in an earlier clause gives a reason ("He remains without improvement and the MRI …").
   */
  private restrictedAt(target: Hit<TargetEntry>, group: number): boolean {
    const verb = this.verbGroupStart(group);
    return this.restrictions.some((hit) => {
      if (hit.end < this.keys.length && this.titleKeys.has(stem(this.keys[hit.end]))) return false;
      if (hit.end <= target.at && this.isClauseStart(hit.at))
        return this.reach({ ...hit, entry: RESTRICTION }, target.at) !== false;
      if (hit.end <= verb) return this.inSubjectBefore(hit.end, verb);
      return hit.at >= target.end && hit.at - target.end <= MAX_SCOPE && this.sameClause(target.end, hit.at);
    });
  }

  /** Whether words [from, to) before a verb group are all of its subject: no verb, comma, coordinator or terminator. */
  private inSubjectBefore(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      if (this.is('finite', j) || this.is('copulas', j) || this.is('coordinators', j) || this.stopsObject(j))
        return false;
    }
    return true;
  }

  /** Whether no comma or terminator other than a restriction ("unless") stands in [from, to). */
  private sameClause(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const restriction = this.restrictions.some((hit) => hit.at === j);
      if (this.keys[j] === ',' || (this.terminatorAt(j) && !restriction)) return false;
    }
    return true;
  }

  /**
   * Whether the verb group that ends at range[1] (read back over auxiliaries, fillers and negations) is
   * past or perfect: the decision's words then tell the request's history ("6 visits were authorized").
   */
  private inPastTense([from, to]: [number, number], head = false): boolean {
    for (let j = to - 1; j >= from; j--) {
      if (this.is('pastAuxiliaries', j)) return true;
      const verbal =
        this.is('finite', j) || this.is('copulas', j) || this.is('predicateFillers', j) || this.inNegation(j);
      // A predicate's own head word ("was based") ends it.
      if (!verbal && !(head && j === to - 1)) return false;
    }
    return false;
  }

  /**
   * Whether the decision's noun outside a subject ("disagrees with the prior non-certification") is
   * this review's: not another party's ("the utilization review non-certification"), unless the reviewer
   * acts on it ("I concur with the UR denial"), and not told in the past by a verb of its own
   * ("… non-certification was based on …").
   */
  private isThisDecision(target: Hit<TargetEntry>): boolean {
    let owned = false;
    for (let j = target.at - 1; j >= 0 && !this.tokens[j].punct && !this.inTrigger(j); j--)
      owned ||= this.isOwner('agents', j);
    if (owned && !this.actedOnByReviewer(target.at)) return false;
    const predicate = this.predicateAfter(target.end);
    return !predicate || !this.inPastTense(predicate, true);
  }

  /**
   * Whether another party's decision noun at `noun` is the object of the reviewer's own act on it, which
   * makes it this review's verdict: agreeing or disagreeing with it ("I concur with the UR denial", "I cannot
   * concur with the utilization review's non-certification"), keeping or undoing it ("I would uphold the UR
   * denial", "I reverse the prior UR denial"). Only words naming whose decision it is may stand between
   * ("the prior utilization review"), and no other party may be the act's subject ("The treating physician
   * asks me to uphold the UR denial").
   */
  private actedOnByReviewer(noun: number): boolean {
    let lead = noun;
    while (lead > 0 && (this.is('subjectLead', lead - 1) || this.isOwner('decisionLead', lead - 1))) lead--;
    // A stance's preposition may be a word of its own: "cannot concur | with the UR denial".
    const ends = (t: Hit<TriggerEntry>) => t.end === lead || (t.end === lead - 1 && this.keys[lead - 1] === 'with');
    const act = this.triggers.find((t) => ends(t) && (t.entry.stance !== undefined || t.entry.undoes));
    const at = act ? act.at : this.is('keepingVerbs', lead - 1) ? lead - 1 : -1;
    if (at < 0) return false;
    return !this.otherPartyIn(this.clauseStartOf(at), at);
  }

  /** Whether another party is named in words [from, to): "The treating physician asks me to …", not "this reviewer". */
  private otherPartyIn(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.isOwner('agents', j) && !this.is('selfReferences', j - 1)) return true;
    return false;
  }

  /**
   * Whether the decision's words at `at` are said of this request: by the subject right before their verb
   * group when it names the request ("the request is not certified", "the requested cream is not
   * recommended"), or as the reviewer's verdict ("the recommendation is non-certification", "I recommend
   * non-certification"). Only the nearest subject counts, so "a compound that contains a drug that is not
   * recommended" says nothing of this request.
   */
  private decidesRequest(at: number): boolean {
    let verb = at;
    while (verb > 0 && (this.inVerbGroup(verb - 1) || this.is('verdictWords', verb - 1))) verb--;
    // An aside may stand between the subject and its verb, its closing comma read into the verb group or
    // not: "A purchase, for acute pain and without a trial, cannot …".
    const close = this.keys[verb] === ',' ? verb : verb - 1;
    const end = (this.keys[close] === ',' && this.asideBefore(close, MAX_SUBJECT_ASIDE)) || verb;
    let start = end;
    while (start > 0 && !this.endsSubject(start - 1)) start--;
    for (let j = start; j < at; j++) if (this.is('verdictWords', j)) return true;
    return (
      start < end &&
      (this.is('definiteWords', start) || this.is('requestWords', start) || this.deniedByModal(verb, at)) &&
      this.namesRequest(start, end)
    );
  }

  /**
   * Whether the verb group [from, to) before the decision's words denies them with a modal ("cannot be
   * recommended", "could not be certified"): the reviewer's own verdict, whatever opens the subject
   * ("Continued cyclobenzaprine at this quantity cannot be recommended", "A purchase cannot be …"), where a
   * guideline's rule is in the present ("Muscle relaxants are not recommended").
   */
  private deniedByModal(from: number, to: number): boolean {
    let modal = false;
    let negated = false;
    for (let j = from; j < to; j++) {
      modal ||= this.is('verdictModals', j);
      negated ||= this.inNegation(j);
    }
    return modal && negated;
  }

  /** Whether the word at `at` closes off the subject after it: punctuation, a verb, a coordinator, a word opening a clause, a trigger. */
  private endsSubject(at: number): boolean {
    return (
      this.tokens[at].punct ||
      this.is('finite', at) ||
      this.is('copulas', at) ||
      this.is('coordinators', at) ||
      this.is('subordinators', at) ||
      this.is('complementTakers', at) ||
      this.terminators.some(([, end]) => end === at + 1) ||
      this.triggers.some((t) => t.at <= at && at < t.end)
    );
  }

  /** A phrase in a clause that opens the sentence with "Since …," or "Because …," gives a reason, not the finding. */
  private inBackground(at: number): boolean {
    if (!this.is('subordinators', 0)) return false;
    const comma = this.keys.findIndex((key) => key === ',' || key === ';');
    return at < comma;
  }

  /**
   * Whether the subject of the phrase's clause is this request rather than a kind of treatment: it
   * opens with a definite word ("the lumbar MRI", "this study", "it") and names the request.
   */
  private namesOneRequest(at: number): boolean {
    let start = this.clauseStartOf(at);
    while (start < at && this.is('predicateFillers', start)) start++;
    return (this.is('definiteWords', start) || this.is('requestWords', start)) && this.namesRequest(start, at);
  }

  /**
   * Whether a need noun's object names the request: "the need for a repeat MRI [has not been shown]" up to
   * the subject's verb at `until`; or, after a noun in a predicate, "there is no indication for an MRI",
   * when nothing but this occasion qualifies it ("… at this time", "… in her case"): a qualifier naming a
   * kind of patient ("… in acute strains") makes it a guideline's scope, and a past tense the request's history.
   */
  private objectNamesRequest(target: Hit<TargetEntry>, until?: number): boolean {
    if (until !== undefined) return this.objectNames(target.end, Math.min(this.objectEnd(target.end), until));
    // "There was no indication for an MRI [at the first visit]" tells the request's history.
    if (this.inPastTense([0, target.at])) return false;
    const end = this.objectEnd(target.end);
    return end > target.end && this.objectNames(target.end, end) && this.onlyOccasionAfter(end);
  }

  /**
   * Whether a need noun's object, words [from, to), names the request: as a verb's object does (a definite
   * phrase naming it, "it", the count requested), as only a word for the item's kind ("imaging"), or by its
   * head — its last word before an "of" phrase, past count nouns — being a word of the title ("a repeat MRI",
   * "further physical therapy visits"). Another head names other care, though the title's words qualify it ("a
   * contrast study" for an MRI without contrast, "pain medication").
   */
  private objectNames(from: number, to: number): boolean {
    if (namesThisRequest(this.activeObject(from, to)) || this.isKindName(from, to)) return true;
    let head = from;
    while (head < to && this.keys[head] !== 'of') head++;
    do head--;
    while (head > from && this.is('countNouns', head));
    return head >= from && this.titleKeys.has(stem(this.keys[head]));
  }

  /**
   * Whether a verb or noun of reduction governs the need noun at `at` ("reduces the need for narcotics",
   * "will not eliminate the need for …", "a reduction in the need for …"), also as the last of the nouns it
   * takes ("reduces pain, swelling, inflammation and the need for narcotics"): it says how much the noun's
   * object will be needed, no finding on the request. A passive participle ("pain is reduced and …") takes
   * no object, and a noun before a comma ("Given the delay, the need for …") none after it.
   */
  private reducedAt(at: number): boolean {
    let listed = false;
    for (let j = at - 1; j >= 0 && at - j <= MAX_SCOPE; j--) {
      if (this.is('reducingWords', j)) return this.keys[j + 1] !== ',' && !this.is('copulas', j - 1);
      // "a reduction in the need for …", "avoidance of the need for …".
      if ((this.keys[j] === 'in' || this.keys[j] === 'of') && this.is('reducingWords', j - 1)) continue;
      // Past the need noun's own words only a list of the verb's other objects may stand between.
      listed ||= this.is('coordinators', j);
      const between = this.inNounPhrase(j) || (listed && (this.keys[j] === ',' || this.is('coordinators', j)));
      if (!between) return false;
    }
    return false;
  }

  /** Whether only qualifiers naming this occasion follow `from` in its clause ("… at this time", "… in her case"). */
  private onlyOccasionAfter(from: number): boolean {
    for (let j = from; j < this.keys.length && !this.stopsObject(j); j++) {
      if (this.is('predicateFillers', j)) continue;
      if (!this.is('qualifierPrepositions', j) || !this.is('occasionWords', j + 1)) return false;
      j++;
      while (j + 1 < this.keys.length && !this.stopsObject(j + 1) && !this.is('qualifierPrepositions', j + 1)) j++;
    }
    return true;
  }

  /** Punctuation or a terminator ends a noun's object and its qualifiers. */
  private stopsObject(at: number): boolean {
    return this.tokens[at].punct || this.terminatorAt(at) !== undefined;
  }

  /** Where the object that opens at `from` ends: at punctuation, a terminator, a verb or a qualifying preposition. */
  private objectEnd(from: number): number {
    let end = from;
    while (end < this.keys.length && !this.stopsObject(end) && !this.endsObject(end)) end++;
    return end;
  }

  /** A verb or a qualifying preposition ends a noun's object ("for an MRI [is documented]", "for an MRI [at this time]"). */
  private endsObject(at: number): boolean {
    return (
      this.is('finite', at) ||
      this.is('copulas', at) ||
      this.is('qualifierPrepositions', at) ||
      this.triggers.some((t) => t.at === at)
    );
  }

  /**
   * Whether the subject of the phrase's clause counts as many visits as the item requests ("Six visits
   * are reasonable" for a 6-visit request): another count ("6 visits" for a 12-visit request) may be
   * what the reviewer would allow instead, and a count elsewhere in the sentence is no subject.
   */
  private countsRequest(at: number): boolean {
    let start = this.clauseStartOf(at);
    while (start < at && (this.is('definiteWords', start) || this.is('predicateFillers', start))) start++;
    // What remains of a partial approval counts the visits requested too: "The remaining 12 visits are …".
    while (start < at && this.is('additiveWords', start)) start++;
    const noun = this.countNounOf(start, at);
    if (noun === undefined) return false;
    // The count's noun ends the subject right before the phrase's verb group ("Six additional visits are …"),
    // or a short qualifier does ("Eight visits on top of the 4 are …"), with no verb and no other count.
    const verb = this.verbGroupBefore(at)[0];
    if (verb === noun + 1) return true;
    if (!(this.is('qualifierPrepositions', noun + 1) || this.keys[noun + 1] === 'of')) return false;
    if (verb - noun > MAX_ASIDE + 1) return false;
    for (let j = noun + 1; j < verb; j++) {
      if (this.tokens[j].punct || this.is('finite', j) || this.is('countNouns', j) || this.inTrigger(j)) return false;
    }
    return true;
  }

  /**
   * Whether a negated subject, words [from, to) past its auxiliary and definite words, is a count of
   * the visits requested and nothing more ("neither is eight sessions, …" for an 8-session request).
   */
  private subjectCounts(from: number, to: number): boolean {
    let start = from;
    while (start < to && (this.is('finite', start) || this.is('definiteWords', start))) start++;
    const noun = this.countNounOf(start, to);
    if (noun === undefined) return false;
    for (let j = noun + 1; j < to; j++) {
      if (!this.is('finite', j) && !this.is('copulas', j) && !this.is('predicateFillers', j)) return false;
    }
    return true;
  }

  /** The noun of a count of the visits requested opening at `start` ("12 visits", "eight more sessions"), before `to`. */
  private countNounOf(start: number, to: number): number | undefined {
    return this.countKeys.has(this.keys[start]) ? this.countNounAt(start, to) : undefined;
  }

  /**
   * The noun of a count of this item's visits opening at `start`, before `to`: its modifiers add to what was
   * had, repeat the count or name the item ("eight more sessions", "twelve (12) visits", "12 physical therapy
   * visits"), where another kind ("12 acupuncture visits" for physical therapy) counts other care.
   */
  private countNounAt(start: number, to: number): number | undefined {
    if (countValue(this.keys[start]) === undefined) return undefined;
    let noun = start + 1;
    for (; noun < to && noun - start <= MAX_MODIFIERS + 1 && !this.is('countNouns', noun); noun++) {
      const modifier = this.is('additiveWords', noun) || countValue(this.keys[noun]) !== undefined;
      if (!modifier && !this.namesRequest(noun, noun + 1)) return undefined;
    }
    return this.is('countNouns', noun) ? noun : undefined;
  }

  /**
   * Whether the subject of the phrase's clause is only a word for the item's kind, past definite words
   * and a negative determiner: "Imaging is warranted", "The injection is appropriate", "No imaging is
   * needed". A modifier ("further imaging", "repeat imaging") may name other care than this request.
   */
  private kindSubject(at: number): boolean {
    return this.isKindName(this.clauseStartOf(at), this.verbGroupBefore(at)[0]);
  }

  /** Whether words [from, to), past definite words, coordinators and a negation, are only a word for the item's kind. */
  private isKindName(from: number, to: number): boolean {
    if (this.kindNames.length === 0) return false;
    let start = from;
    while (start < to && (this.is('definiteWords', start) || this.is('coordinators', start) || this.inNegation(start)))
      start++;
    const words = this.keys.slice(start, to).map(stem);
    return this.kindNames.some((name) => name.length === words.length && name.every((key, k) => key === words[k]));
  }

  /**
   * Whether a negative determiner's subject, before the verb group of the phrase at `at`, is only a count
   * noun past words that add to what was had ("No further visits", "No additional sessions", "No visits"),
   * for an item that requests a count of visits: it denies every visit still asked for, the requested ones too.
   */
  private deniesEveryVisit(negation: Hit<TriggerEntry>, at: number): boolean {
    if (this.countKeys.size === 0) return false;
    const verb = this.verbGroupBefore(at)[0];
    let noun = negation.end;
    while (noun < verb && this.is('additiveWords', noun)) noun++;
    return noun === verb - 1 && this.is('countNouns', noun);
  }

  /** Where the clause holding the word at `at` opens. */
  private clauseStartOf(at: number): number {
    let start = at;
    while (start > 0 && !this.isClauseStart(start)) start--;
    return start;
  }

  private inTrigger(at: number): boolean {
    return this.triggers.some((t) => t.at <= at && at < t.end);
  }

  /**
   * Whether the phrase at `at` is said of another item of the letter: the words of its clause before it name
   * another item's treatment and nothing of this request ("The naproxen is medically necessary; the omeprazole is
   * not …" under the naproxen, "…, and I do not find the omeprazole …"). A clause that is only the verb group
   * after an aside has its subject before the aside, whose words for a request name none ("The omeprazole,
   * requested with it, is not …"); a pronoun subject after a terminator stands for the clause before it
   * ("Omeprazole is addressed under item 4; it is not …"). A clause naming both, also past a comma of a list
   * ("The EMG and the NCV are not …", "the EKG and the labs (CBC, BMP) are not …"), is said of this request too.
   */
  private saidOfOtherItem(at: number): boolean {
    if (this.otherItemKeys.size === 0) return false;
    let start = this.clauseStartOf(at);
    let end = at;
    const aside =
      this.onlyVerbGroup(start, at) && this.keys[start - 1] === ','
        ? this.asideBefore(start - 1, MAX_SUBJECT_ASIDE)
        : undefined;
    if (aside !== undefined) [start, end] = [this.clauseStartOf(aside), aside];
    else if (this.onlyPronouns(start, end) && this.terminators.some(([from, to]) => to === start && from > 0))
      [start, end] = [this.clauseStartOf(start - 1), start - 1];
    if (!this.namesOtherItem(start, end) || this.namesRequestNotByNumber(start, end)) return false;
    return !this.namesTitle(this.mainClauseStartOf(start), end);
  }

  /** Whether words [from, to) are all of a verb group and its negations ("is not"): a clause with no subject of its own. */
  private onlyVerbGroup(from: number, to: number): boolean {
    for (let j = from; j < to; j++)
      if (!(this.is('finite', j) || this.is('copulas', j) || this.is('predicateFillers', j) || this.inNegation(j)))
        return false;
    return true;
  }

  /** Whether words [from, to) name the request, not counting an item named by its number ("addressed under item 4"). */
  private namesRequestNotByNumber(from: number, to: number): boolean {
    if (this.namesTitle(from, to)) return true;
    for (let j = from; j < to; j++) if (this.is('requestWords', j) && !DIGITS.test(this.keys[j + 1] ?? '')) return true;
    return false;
  }

  /** Where the clause holding `at` opens, past commas other than one before a coordinator ("…, and I do not …"). */
  private mainClauseStartOf(at: number): number {
    let start = at;
    while (start > 0 && !this.terminators.some(([, end]) => end === start) && !this.coordinatorAfterComma(start - 1))
      start--;
    return start;
  }

  private coordinatorAfterComma(at: number): boolean {
    return this.is('coordinators', at) && this.keys[at - 1] === ',';
  }

  /** Whether the only words of [from, to) naming the request are pronouns ("it", "this"), and there is one. */
  private onlyPronouns(from: number, to: number): boolean {
    let pronoun = false;
    for (let j = from; j < to; j++) {
      if (this.titleKeys.has(stem(this.keys[j]))) return false;
      if (!this.is('requestWords', j)) continue;
      if (!this.is('definiteWords', j)) return false;
      pronoun = true;
    }
    return pronoun;
  }

  /** Whether words [from, to) name another item of the letter by its treatment. */
  private namesOtherItem(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (this.otherItemKeys.has(stem(this.keys[j]))) return true;
    return false;
  }

  /** Whether words [from, to) of the sentence name the request ("the request", "it", a word of the item's title). */
  private namesRequest(from: number, to: number): boolean {
    return this.someWord(from, to, 'requestWords') || this.namesTitle(from, to);
  }
}

/** What an active verb's object says of the request (see `activeObject`). */
type ActiveObject = 'request' | 'requested' | 'pronoun' | 'additive' | 'more' | 'fewer' | 'count' | undefined;

/** Whether an object is this request by a phrase naming it, the count requested or a pronoun ("it"). */
function namesThisRequest(object: ActiveObject): boolean {
  return object === 'request' || object === 'requested' || object === 'pronoun';
}

/** Count words and numerals by their word keys ("thre" is three, its doubled letter folded). */
let countValues: Map<string, number> | undefined;

/** The number a count's word key says ("12", "twelve"), or undefined. */
function countValue(key: string): number | undefined {
  if (/^\d{1,4}$/.test(key)) return Number(key);
  countValues ??= new Map(Object.entries(NUMBER_WORDS).map(([word, value]) => [wordKey(word), value]));
  return countValues.get(key);
}

const REPORTED: TriggerEntry = {
  kind: 'reported',
  direction: 'forward',
  clauseStart: false,
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

/** A restriction before the phrase reaches it as a condition does: over its clause, and past a comma when it opens one. */
const RESTRICTION: TriggerEntry = { ...REPORTED, kind: 'hypothetical', takesClause: false };

/** A negation that only denies what follows it: not a determiner, a stance, an exceptive or a verb undoing a decision. */
function isPlain(entry: TriggerEntry): boolean {
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

/** "radiographs" and "radiograph" name the same thing, and so do "patches" and "patch". */
export function stem(key: string): string {
  const singular = key.length > 3 && key.endsWith('s') ? key.slice(0, -1) : key;
  return SIBILANT_E.test(singular) ? singular.slice(0, -1) : singular;
}

/** An "e" after a sibilant, which an "-es" plural adds ("patches", "boxes"): dropped from both forms ("ache", "aches"). */
const SIBILANT_E = /(?:ch|sh|x|z)e$/;
