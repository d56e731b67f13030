import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import type { Range } from 'vscode-languageserver-types';
import { LineIndex } from '../model/line-index';
import type { GuidelinePack, KnowledgeBase } from './types';
import { schemaViolations, type SchemaViolation } from './schema';
import { duplicateIds, knownIds, unresolvedReferences } from './references';
import { builtInKnowledge } from './built-in';
import { invertedBounds } from './bounds';
import { readJsonTree } from './json-text';

/** Something wrong in a pack file, with where it stands. */
export interface PackProblem {
  file: string;
  /** 1-based, as compilers print it. */
  line: number;
  /** 1-based. */
  column: number;
  /** 0-based LSP range, for diagnostics on the pack file. */
  range: Range;
  reason: string;
}

export interface ParsedPack {
  /** Present when the text is valid JSON matching the schema (reference problems drop only the entries concerned). */
  pack?: GuidelinePack;
  problems: PackProblem[];
}

/**
 * Reads a pack file's text (comments allowed). Pure and total: a broken pack yields problems,
 * never an exception. `known` is the knowledge the pack's ids may refer to besides its own
 * (the built-in knowledge unless given).
 */
export function parsePack(text: string, fileName: string, known: KnowledgeBase = builtInKnowledge()): ParsedPack {
  const locate = locator(text, fileName);
  const read = readJsonTree(text, false);
  if ('problem' in read) {
    const { offset, length, reason } = read.problem;
    return { problems: [locate(offset, length, reason)] };
  }
  const { root } = read;
  const value: unknown = getNodeValue(root);
  const schemaFaults = schemaViolations(value);
  const violations = schemaFaults.length > 0 ? schemaFaults : invertedBounds(value);
  const at = (violation: SchemaViolation) => {
    const node = nodeAt(root, violation.path);
    const key = violation.onKey && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const target = key ?? node;
    return locate(target.offset, target.length, violation.reason);
  };
  if (violations.length > 0) return { problems: violations.map(at) };
  const pack = value as GuidelinePack;
  return { pack, problems: [...unresolvedReferences(pack, knownIds(known, pack)), ...duplicateIds(pack)].map(at) };
}

/** `file:line:column: reason`. */
export function formatPackProblem(problem: PackProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.reason}`;
}

/** The node at a path, or its nearest existing ancestor (a missing property is reported on its object). */
function nodeAt(root: Node, path: Array<string | number>): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node;
  }
  return root;
}

function locator(text: string, file: string) {
  const lines = new LineIndex(text);
  return (offset: number, length: number, reason: string): PackProblem => {
    const range = lines.rangeOf({ start: offset, end: offset + length });
    return { file, line: range.start.line + 1, column: range.start.character + 1, range, reason };
  };
}
