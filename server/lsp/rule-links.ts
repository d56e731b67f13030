import type { RuleDocs } from '../core/features';

/** For a client that opens the docs itself (VS Code's Markdown preview): its command, with the rule id. */
export function commandRuleDocs(command: string): RuleDocs {
  return (rule) => `command:${command}?${encodeURIComponent(JSON.stringify([rule]))}`;
}
