import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtInKnowledge, defaultConfig } from '../../../server/core';
import type { LetterAnalysis, LetterService, LetterSetup } from '../../../server/core/service';
import { letterService } from '../../../server/lsp/letters';
import { WarmUp, type Timers } from '../../../server/lsp/warm-up';

const letter = fs.readFileSync(
  path.join(__dirname, '../../../../test/fixtures/rules/clean/varied-items-2015.imr.md'),
  'utf8',
);
const setup: LetterSetup = { knowledge: builtInKnowledge(), config: defaultConfig() };
const analysis = letterService.analyze(letter, setup);

/** One timer at a time, run by hand: the warm-up keeps at most one. */
class HandTimers implements Timers {
  pending?: { callback: () => void; ms: number };
  set(callback: () => void, ms: number): unknown {
    this.pending = { callback, ms };
    return this.pending;
  }
  clear(timer: unknown): void {
    if (timer === this.pending) this.pending = undefined;
  }
  /** Runs the pending timer, which may set the next. */
  fire(): void {
    const { callback } = this.pending!;
    this.pending = undefined;
    callback();
  }
}

/** A service whose checks are recorded; `analyze` answers with the fixture's analysis unless `real`. */
function recording(real = false) {
  const checks: { text: string; setup: LetterSetup; previous?: LetterAnalysis; result: LetterAnalysis }[] = [];
  const service: LetterService = {
    ...letterService,
    analyze(text, setup, previous) {
      const result = real ? letterService.analyze(text, setup, previous) : analysis;
      checks.push({ text, setup, previous, result });
      return result;
    },
    diagnostics: () => [],
  };
  return { service, checks };
}

describe('warm-up', () => {
  it('rehearses edits of a copy of the letter checked, typed into each rationale in turn, once the server is idle', () => {
    const { service, checks } = recording(true);
    const timers = new HandTimers();
    const warmUp = new WarmUp(service, timers);
    warmUp.checked({ text: letter, setup, analysis });
    assert.strictEqual(timers.pending?.ms, 50);
    const items = analysis.determination.items;
    const copy = `\n${letter.slice(0, items[items.length - 1].span.end)}`;
    const typed = (item: number) => {
      const body = items[item].rationale!.body;
      const at = Math.floor((body.start + body.end) / 2) + 1;
      return `${copy.slice(0, at)}x${copy.slice(at)}`;
    };
    for (let round = 0; round < 2 * items.length + 1; round++) {
      timers.fire();
      assert.strictEqual(timers.pending?.ms, 0);
    }
    assert.strictEqual(items.length, 4);
    assert.deepStrictEqual(
      checks.map((check) => check.text),
      [copy, typed(0), copy, typed(1), copy, typed(2), copy, typed(3), copy],
    );
    assert.ok(checks.every((check) => check.setup === setup));
    assert.strictEqual(checks[0].previous, undefined);
    checks.slice(1).forEach((check, index) => assert.strictEqual(check.previous, checks[index].result));
  });

  it('stops at once when the server has work, and goes on only after it has been idle again', () => {
    const { service, checks } = recording();
    const timers = new HandTimers();
    const warmUp = new WarmUp(service, timers);
    warmUp.checked({ text: letter, setup, analysis });
    timers.fire();
    timers.fire();
    warmUp.busy();
    assert.strictEqual(checks.length, 2);
    assert.strictEqual(timers.pending?.ms, 50);
    timers.fire();
    assert.strictEqual(checks.length, 3);
    assert.strictEqual(checks[2].text, checks[0].text);
  });

  it('rehearses a letter 100 rounds in all, and no other letter after it', () => {
    const { service, checks } = recording();
    const timers = new HandTimers();
    const warmUp = new WarmUp(service, timers);
    warmUp.checked({ text: letter, setup, analysis });
    while (timers.pending) timers.fire();
    assert.strictEqual(checks.length, 100);
    warmUp.checked({ text: `${letter}\n`, setup, analysis });
    assert.strictEqual(timers.pending, undefined);
  });

  it('rehearses the new-letter template until a letter is checked, and only 30 rounds of it', () => {
    const { service, checks } = recording();
    const timers = new HandTimers();
    const warmUp = new WarmUp(service, timers);
    warmUp.busy();
    timers.fire();
    timers.fire();
    assert.match(checks[0].text, /^\*\*Case Number:\*\* \[case number\]\n/);
    assert.strictEqual(checks[1].text, `${checks[0].text}\nThe request is reviewed.\n`);
    warmUp.checked({ text: letter, setup, analysis });
    timers.fire();
    assert.strictEqual(checks[2].text[0], '\n');

    const template = recording();
    const alone = new HandTimers();
    new WarmUp(template.service, alone).busy();
    while (alone.pending) alone.fire();
    assert.strictEqual(template.checks.length, 30);
  });

  it('copies no letter without an item whose rationale ends within the first 20,000 characters', () => {
    const { service, checks } = recording();
    const timers = new HandTimers();
    const warmUp = new WarmUp(service, timers);
    const long = `${'Clinical history. '.repeat(1_200)}\n${letter}`;
    const longAnalysis = letterService.analyze(long, setup);
    assert.strictEqual(longAnalysis.determination.items.length, 4);
    warmUp.checked({ text: long, setup, analysis: longAnalysis });
    timers.fire();
    assert.match(checks[0].text, /^\*\*Case Number:\*\*/);
  });
});
