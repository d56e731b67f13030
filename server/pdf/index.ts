/**
 * The PDF of a letter's published text, for the CLI and the language server (which hands the
 * bytes to the editor to write): the text is read again in its published layout, so the pages
 * set exactly what the text export holds.
 */
import type { KnowledgeBase } from '../core/knowledge/types';
import { publishedLayout } from '../core/export/layout';
import { parseDetermination } from '../core/parser';
import { letterPdf, type LetterPdf } from './letter-pdf';

export function publishedPdf(publishedText: string, knowledge: KnowledgeBase): Promise<LetterPdf> {
  return letterPdf(publishedLayout(parseDetermination(publishedText, knowledge)));
}

export type { LetterPdf };
