import type { PDFFont } from 'pdf-lib';

/**
 * The standard PDF fonts carry the WinAnsi characters only. Others that have a plain reading
 * are written that way ("≥" as ">="); white space and control characters as a space; anything
 * else as "?", and counted, so that the caller can say which characters the PDF does not show.
 */
const READINGS: Record<string, string> = {
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u00b1': '+/-',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2192': '->',
  '\u2190': '<-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\ufeff': '',
};

export interface Encodable {
  clean(text: string): string;
  /** The characters written as "?" so far, each once. */
  replaced(): string[];
}

export function encodable(font: PDFFont): Encodable {
  const supported = new Set(font.getCharacterSet());
  const replaced = new Set<string>();
  return {
    clean(text) {
      let out = '';
      for (const char of text) {
        const code = char.codePointAt(0)!;
        if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) out += ' ';
        else if (char in READINGS) out += READINGS[char];
        else if (supported.has(code)) out += char;
        else {
          replaced.add(char);
          out += '?';
        }
      }
      return out;
    },
    replaced: () => [...replaced],
  };
}
