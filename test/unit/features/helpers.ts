import { builtInKnowledge } from '../../../server/core';
import { defaultConfig, type CheckerConfig } from '../../../server/core/check/config';
import { analyzeLetter, type LetterAnalysis } from '../../../server/core/features';
import type { KnowledgeBase } from '../../../server/core/knowledge/types';
import type { Position } from 'vscode-languageserver-types';

export const CURSOR = '$$CURSOR$$';

/** Checks a letter written with one `$$CURSOR$$` marker; returns the analysis and the marker's position. */
export function atCursor(
  marked: string,
  options: { knowledge?: KnowledgeBase; config?: CheckerConfig } = {},
): { analysis: LetterAnalysis; position: Position } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no $$CURSOR$$ in the letter');
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  const analysis = analyze(text, options);
  return { analysis, position: analysis.determination.lines.positionAt(offset) };
}

export function analyze(
  text: string,
  options: { knowledge?: KnowledgeBase; config?: CheckerConfig; maxChars?: number } = {},
): LetterAnalysis {
  return analyzeLetter(text, {
    knowledge: options.knowledge ?? builtInKnowledge(),
    config: options.config ?? defaultConfig(),
    maxChars: options.maxChars,
  });
}

/** The text a snippet inserts when every tab stop keeps its default (the first choice of a choice). */
export function expandSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i];
    if (char === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (char === '$' && snippet[i + 1] === '{') {
      const close = matchingBrace(snippet, i + 1);
      const body = snippet.slice(i + 2, close);
      const choice = /^\d+\|([^,|]*)/.exec(body);
      const placeholder = /^\d+:/.exec(body);
      out += choice ? choice[1] : placeholder ? expandSnippet(body.slice(placeholder[0].length)) : '';
      i = close;
    } else if (char === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else {
      out += char;
    }
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced snippet: ${text.slice(open, open + 40)}`);
}

/** A small complete markdown letter; `item` is the decisions section's item block. */
export function letter(item: string, options: { urDate?: string } = {}): string {
  return [
    '# HOW THE IMR FINAL DETERMINATION WAS MADE',
    '',
    'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
    '',
    'The Expert Reviewer has the following credentials:',
    '',
    '- State(s) of Licensure: California',
    '- Certification(s)/Specialty: Acupuncture',
    '',
    '# CLINICAL CASE SUMMARY',
    '',
    'The expert reviewer developed the following clinical case summary based on a review of the',
    'case file, including all medical records:',
    '',
    `The patient is a 52 year old male who injured his neck on 06/12/2013. The utilization review determination being challenged is dated ${options.urDate ?? '02/10/2015'}.`,
    '',
    '# IMR ISSUES, DECISIONS AND RATIONALES',
    '',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    '',
    item,
    '',
  ].join('\n');
}
