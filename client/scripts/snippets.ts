/**
 * The contributed snippets file, generated from the guideline knowledge so that the letter
 * skeleton and the standard passages say exactly what the server's template, completions and
 * passage picker say. `build-snippets.js` writes it; a unit test checks the committed file.
 */
import { guidelinePassages, letterTemplate } from '../../server/core/features';
import { builtInKnowledge } from '../../server/core/knowledge';
import type { KnowledgeBase } from '../../server/core/knowledge/types';

export const SNIPPETS_FILE = 'snippets/imr-determination.json';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** The file's text for the built-in knowledge: what the build writes and the test expects. */
export function builtInSnippetsText(): string {
  return snippetsFileText(builtInKnowledge());
}

export function snippetsFileText(knowledge: KnowledgeBase): string {
  return `${JSON.stringify(snippets(knowledge), null, 2)}\n`;
}

function snippets(knowledge: KnowledgeBase): Record<string, Snippet> {
  const letter = letterTemplate(knowledge, {});
  const result: Record<string, Snippet> = {
    'IMR letter': {
      prefix: 'imr-letter',
      description: 'A whole IMR final determination letter: the three sections and one disputed item.',
      body: letter.split('\n'),
    },
    'IMR disputed item': {
      prefix: 'imr-item',
      description: 'One disputed item: title and decision, both guideline lines and the rationale.',
      body: itemBlock(letter).split('\n'),
    },
  };
  for (const passage of guidelinePassages(knowledge, undefined)) {
    result[`IMR passage: ${passage.label} (${passage.id})`] = {
      prefix: `imr-${passage.id}`,
      description: `${passage.detail} (${passage.confidence})`,
      body: [`${passage.snippet}$0`],
    };
  }
  return result;
}

/**
 * The template's item, from its `## title: decision` line on. Its tab stops keep their numbers;
 * VS Code visits them in order whatever number the first one has.
 */
function itemBlock(letter: string): string {
  const start = letter.search(/^## /m);
  return start < 0 ? letter : letter.slice(start);
}
