/**
 * The published letter as a PDF: US Letter pages set in the standard Helvetica fonts (their
 * metrics are inside pdf-lib, so nothing is read or downloaded), each page headed by the case
 * number and "Page N of M". A heading or an item title (with its decision) is never the last
 * thing on a page and never split; a paragraph leaves no single line behind at a page's foot or
 * carried to the next page's head. Plain JavaScript, no Node API: it runs wherever the server does.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { LayoutBlock, PublishedLayout } from '../core/export/layout';
import { wrapRuns, type Run, type SetLine } from './line-breaking';
import { encodable } from './characters';

const PAGE = { width: 612, height: 792 };
const MARGIN = { left: 72, right: 72, top: 72, bottom: 64 };
const RUNNING_HEADER_Y = PAGE.height - 42;
const SIZE = 10.5;
const LEADING = 13.5;
/** The space a blank line of the letter leaves between blocks. */
const GAP = 7;
/** A paragraph breaks across pages only where each side keeps this many lines. */
const MIN_LINES = 2;

export interface LetterPdf {
  bytes: Uint8Array;
  /** Characters the standard fonts cannot show, each written as "?" (empty when there were none). */
  replaced: string[];
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** A block set into lines, ready for a page. */
interface SetBlock {
  block: LayoutBlock;
  lines: SetLine[];
}

export async function letterPdf(layout: PublishedLayout, title = 'IMR Final Determination'): Promise<LetterPdf> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const fonts: Fonts = {
    regular: await document.embedFont(StandardFonts.Helvetica),
    bold: await document.embedFont(StandardFonts.HelveticaBold),
  };
  const characters = encodable(fonts.regular);
  const set = layout.blocks.map((block) => setBlock(block, fonts, characters.clean));
  const pages = paginate(set);
  pages.forEach((blocks, index) => {
    const page = document.addPage([PAGE.width, PAGE.height]);
    drawRunningHeader(page, fonts, characters.clean(layout.caseNumber ?? ''), index + 1, pages.length);
    drawBlocks(page, blocks);
  });
  document.setTitle(characters.clean(layout.caseNumber ? `${title} ${layout.caseNumber}` : title));
  return { bytes: await document.save(), replaced: characters.replaced() };
}

const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

function setBlock(block: LayoutBlock, fonts: Fonts, clean: (text: string) => string): SetBlock {
  const bold = block.kind === 'heading' || block.kind === 'title';
  const runs: Run[] = [];
  if (block.label) runs.push({ text: clean(block.label), font: fonts.bold });
  runs.push({ text: clean(block.text), font: bold ? fonts.bold : fonts.regular });
  return { block, lines: wrapRuns(runs, SIZE, WIDTH) };
}

/** Lines of one block placed on one page; `gap` is the space above them. */
interface Placed {
  lines: SetLine[];
  block: LayoutBlock;
  gap: number;
}

const PAGE_ROOM = PAGE.height - MARGIN.top - MARGIN.bottom;
const LINES_PER_PAGE = Math.floor(PAGE_ROOM / LEADING);

/**
 * Blocks onto pages. A heading or a title goes to the next page when it would end this one (it
 * is kept with the first lines of what follows); a paragraph breaks across pages leaving at
 * least MIN_LINES on each side; a line, a heading or a title is split only when it is taller than
 * a page.
 */
function paginate(blocks: SetBlock[]): Placed[][] {
  const pages: Placed[][] = [[]];
  let room = PAGE_ROOM;
  const current = () => pages[pages.length - 1];
  const newPage = () => {
    pages.push([]);
    room = PAGE_ROOM;
  };
  blocks.forEach(({ block, lines }, index) => {
    const keepsWithNext = block.kind === 'heading' || block.kind === 'title';
    const following = keepsWithNext ? Math.min(MIN_LINES, blocks[index + 1]?.lines.length ?? 0) : 0;
    const splittable = block.kind === 'paragraph' || lines.length > LINES_PER_PAGE;
    let rest = lines;
    while (rest.length > 0) {
      const gap = block.gapBefore && current().length > 0 && rest === lines ? GAP : 0;
      const fit = Math.floor((room - gap) / LEADING);
      if (rest.length + following <= fit || (current().length === 0 && !splittable)) {
        current().push({ lines: rest, block, gap });
        room -= gap + rest.length * LEADING;
        return;
      }
      const take = splittable ? Math.min(fit, rest.length - MIN_LINES) : 0;
      if (take >= MIN_LINES || (current().length === 0 && fit > 0)) {
        const count = take >= MIN_LINES ? take : fit;
        current().push({ lines: rest.slice(0, count), block, gap });
        rest = rest.slice(count);
      }
      newPage();
    }
  });
  return pages;
}

function drawBlocks(page: PDFPage, placed: Placed[]): void {
  let baseline = PAGE.height - MARGIN.top;
  for (const { lines, gap } of placed) {
    baseline -= gap;
    for (const line of lines) {
      let x = MARGIN.left;
      for (const piece of line) {
        page.drawText(piece.text, { x, y: baseline, size: SIZE, font: piece.font, color: rgb(0, 0, 0) });
        x += piece.font.widthOfTextAtSize(piece.text, SIZE);
      }
      baseline -= LEADING;
    }
  }
}

/**
 * One line, drawn as one piece of text so that text extraction reads it as the first line of the
 * page (where the checker reads past running headers): the case number, then the page number.
 */
function drawRunningHeader(page: PDFPage, fonts: Fonts, caseNumber: string, number: number, count: number): void {
  const text = [caseNumber, `Page ${number} of ${count}`].filter(Boolean).join('   ');
  const size = 9;
  const x = PAGE.width - MARGIN.right - fonts.regular.widthOfTextAtSize(text, size);
  page.drawText(text, { x, y: RUNNING_HEADER_Y, size, font: fonts.regular, color: rgb(0.25, 0.25, 0.25) });
}
