import { builtInKnowledge, defaultConfig } from '../core';
import type { LetterAnalysis, LetterService } from '../core/service';
import { nextTurn } from './project-files';

/** Enough rounds for V8 to compile the checker's hot paths before the first real letter. */
const ROUNDS = 30;
/** A letter opened with the editor arrives at once; the warm-up starts only if none has by then. */
const IDLE_MS = 50;

/**
 * Checks the server's own new-letter template, and edits of it, in the idle turns after start-up,
 * so the first letter a user opens (and the first edits to it) meet compiled code, not the
 * interpreter. One round per turn of the event loop, and none once a letter is open: that
 * letter's own checks warm the same code, and a round before it would only delay its findings.
 */
export function warmUp(service: LetterService, letterOpen: () => boolean): void {
  const setup = { knowledge: builtInKnowledge(), config: defaultConfig() };
  const text = snippetText(service.template(setup));
  let previous: LetterAnalysis | undefined;
  let round = 0;
  const step = () => {
    if (letterOpen()) return;
    // Alternate two versions, so the incremental re-check of a changed item is warmed up too.
    previous = service.analyze(round % 2 === 0 ? text : `${text}\nThe request is reviewed.\n`, setup, previous);
    service.diagnostics(previous, 'untitled:warm-up');
    if (++round < ROUNDS) nextTurn(step);
  };
  setTimeout(step, IDLE_MS);
}

/** A snippet's text with each placeholder's default (`${1:45}` → `45`, `${4|female,male|}` → `female`). */
function snippetText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\d+/g, '');
}
