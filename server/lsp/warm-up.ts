import { builtInKnowledge, defaultConfig } from '../core';
import type { LetterAnalysis, LetterService, LetterSetup } from '../core/service';

/** A letter as the server last checked it. */
export interface CheckedLetter {
  text: string;
  setup: LetterSetup;
  analysis: LetterAnalysis;
}

/** How the warm-up waits (tests drive it by hand). */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const eventLoopTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** Rounds on the server's new-letter template, before any letter is open. */
const TEMPLATE_ROUNDS = 30;
/** Rounds on a copy of a letter checked, once per server: enough for V8 to compile what its edits run. */
const LETTER_ROUNDS = 100;
/** The copy holds the letter's first items within this many characters, so that a round stays short. */
const LETTER_CHARS = 20_000;
/** How long the server must have had nothing to do before a round runs. */
const IDLE_MS = 50;

/**
 * Rehearses checking, and above all re-checking after an edit, in the server's idle time, so
 * that the first letters and the first edits meet code V8 has compiled rather than the
 * interpreter. V8 compiles code that has run many times, not code that has waited: without a
 * rehearsal the first 20 or so edits of a letter each cost two or three times what the later
 * ones do, however long the user paused before typing.
 *
 * Before any letter is open, the rounds check the server's new-letter template (and an edit of
 * it). Once a letter has been checked, they check a copy of its first items (within
 * LETTER_CHARS) and edits of that copy, one character typed into an item's rationale and deleted
 * again, item after item, as a user types: a template shares too little with a real letter to
 * compile what editing one runs. The copy is a text of its own, checked from its own first
 * version on, so nothing the server keeps of the letter itself (its check, the folds an edit
 * takes over) is touched. Once per server, LETTER_ROUNDS rounds.
 *
 * One round runs per turn of the event loop, and only after the server has had nothing to do for
 * IDLE_MS: every message that gives it work (`busy`) stops the rounds until it has been idle that
 * long again, so a message waits at most for the one round under way.
 */
export class WarmUp {
  private timer?: unknown;
  private template?: Rehearsal;
  private letter?: Rehearsal;
  /** The last letter checked, until its rehearsal starts. */
  private latest?: CheckedLetter;
  private letterRounds = 0;
  private templateRounds = 0;

  constructor(
    private readonly service: LetterService,
    private readonly timers: Timers = eventLoopTimers,
  ) {}

  /** The server has work: no round runs until it has been idle for IDLE_MS again. */
  busy(): void {
    this.timers.clear(this.timer);
    if (this.next()) this.timer = this.timers.set(this.step, IDLE_MS);
  }

  /** A letter was checked (which counts as work). */
  checked(letter: CheckedLetter): void {
    if (this.letterRounds === 0) this.latest = letter;
    this.busy();
  }

  private readonly step = (): void => {
    const rehearsal = this.next();
    if (!rehearsal) return;
    rehearsal.round();
    if (rehearsal === this.letter) {
      if (++this.letterRounds >= LETTER_ROUNDS) this.letter = undefined;
    } else if (++this.templateRounds >= TEMPLATE_ROUNDS) this.template = undefined;
    this.timer = this.timers.set(this.step, 0);
  };

  /**
   * What the next round rehearses: a copy of the letter checked last (until its rounds start),
   * or, while no letter could be copied, the template.
   */
  private next(): Rehearsal | undefined {
    const letter = this.latest && letterRehearsal(this.service, this.latest);
    this.latest = undefined;
    if (letter) {
      this.letter = letter;
      this.template = undefined;
    }
    if (this.letter) return this.letter;
    if (this.letterRounds > 0 || this.templateRounds >= TEMPLATE_ROUNDS) return undefined;
    this.template ??= templateRehearsal(this.service);
    return this.template;
  }
}

/** Checks of successive versions of one text, each from the check of the one before. */
class Rehearsal {
  private previous?: LetterAnalysis;
  private rounds = 0;

  constructor(
    private readonly service: LetterService,
    private readonly setup: LetterSetup,
    /** The text of the round numbered so. */
    private readonly version: (round: number) => string,
  ) {}

  round(): void {
    this.previous = this.service.analyze(this.version(this.rounds++), this.setup, this.previous);
    this.service.diagnostics(this.previous, 'untitled:warm-up');
  }
}

function templateRehearsal(service: LetterService): Rehearsal {
  const setup = { knowledge: builtInKnowledge(), config: defaultConfig() };
  const text = snippetText(service.template(setup));
  // Two versions alternately, so the re-check of a changed item runs too.
  return new Rehearsal(service, setup, (round) => (round % 2 === 0 ? text : `${text}\nThe request is reviewed.\n`));
}

/**
 * The letter's first items (those ending within LETTER_CHARS), then edits of them: a character
 * typed in the middle of an item's rationale, then deleted, each item in turn. None when no item
 * with a rationale ends within LETTER_CHARS.
 */
function letterRehearsal(service: LetterService, letter: CheckedLetter): Rehearsal | undefined {
  const items = letter.analysis.determination.items.filter((item) => item.span.end <= LETTER_CHARS);
  const places = items.flatMap(({ rationale }) =>
    rationale ? [Math.floor((rationale.body.start + rationale.body.end) / 2)] : [],
  );
  if (places.length === 0) return undefined;
  // A line before the copy makes it a text of its own, never one of the server's letters.
  const text = `\n${letter.text.slice(0, items[items.length - 1].span.end)}`;
  return new Rehearsal(service, letter.setup, (round) => {
    if (round % 2 === 0) return text;
    const at = places[((round - 1) >> 1) % places.length] + 1;
    return `${text.slice(0, at)}x${text.slice(at)}`;
  });
}

/** A snippet's text with each placeholder's default (`${1:45}` → `45`, `${4|female,male|}` → `female`). */
function snippetText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\d+/g, '');
}
