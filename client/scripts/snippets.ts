/**
 * The contributed snippets file: the two structural snippets (a whole letter, one disputed item),
 * generated from the server's letter template so that they say exactly what **IMR: New
 * Determination** writes. Standard passages are not snippets: snippets are offered on any word,
 * and a letter is prose; the server offers passages in a rationale on demand and through
 * **Insert Guideline Passage…**. `build-generated.js` writes the file; a unit test checks it.
 */
import { letterTemplate } from '../../server/core/features';
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
  return {
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
}

/**
 * The template's item, from its `## title: decision` line on. Its tab stops keep their numbers;
 * VS Code visits them in order whatever number the first one has.
 */
function itemBlock(letter: string): string {
  const start = letter.search(/^## /m);
  return start < 0 ? letter : letter.slice(start);
}
