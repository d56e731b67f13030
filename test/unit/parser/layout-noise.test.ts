import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Determination } from '../../../server/core/model/determination';
import type { Span } from '../../../server/core/model/span';
import { fixtureFiles, lint } from '../rules/harness';
import { parse } from './letters';

/**
 * What the parser reads from a letter, as the letter's words (white space folded, ligatures and
 * curly quotes as plain letters), so the same letter laid out differently must read the same.
 */
function reading(letter: Determination) {
  const words = (span: Span | undefined) => (span ? plain(letter.text.slice(span.start, span.end)) : undefined);
  const summary = letter.caseSummary;
  return {
    header: letter.header.map((field) => [field.key, words(field.value?.span), field.date?.iso]),
    credentials: [letter.credentials.states, letter.credentials.specialties].map((list) =>
      list.map((v) => words(v.span)),
    ),
    summary: [summary.age?.value, summary.sex?.value, summary.injuryDate?.iso, summary.urDate?.iso],
    items: letter.items.map((item) => ({
      title: plain(item.title.value),
      decision: item.decision?.value,
      remaining: item.partial && plain(item.partial.remaining.value),
      treatment: item.treatment?.value,
      conclusion: item.rationale?.conclusion && [
        item.rationale.conclusion.necessary,
        item.rationale.conclusion.strength,
      ],
    })),
  };
}

/** The words of a stretch of letter: page furniture and layout set aside as the parser sets them aside. */
function plain(text: string): string {
  return text
    .replace(/\ufb01/g, 'fi')
    .replace(/\ufb02/g, 'fl')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const lines = (text: string) => text.split(/\r?\n/);

/** Where the letter's first section heading stands, or -1. */
const firstSectionOf = (all: string[]) =>
  all.findIndex((line) => /^(?:#\s+)?HOW THE IMR FINAL DETERMINATION WAS MADE/i.test(line));

/** A page break every so many lines once the header block is past: its first line repeats the case number. */
function pageBreaks(withFooter: boolean) {
  return (text: string): string => {
    const all = lines(text);
    const caseNumber = /\b[A-Z]{2}\d{2}-\d{7}\b/.exec(text)?.[0] ?? 'CM16-0000000';
    const firstSection = firstSectionOf(all);
    const out: string[] = [];
    let page = 1;
    all.forEach((line, k) => {
      out.push(line);
      if (firstSection < 0 || k <= firstSection + 2 || (k - firstSection) % 17 !== 0 || k === all.length - 1) return;
      page++;
      if (withFooter) out.push(`Page ${page - 1} of 9`);
      out.push(`\fCase Number: ${caseNumber}     Page ${page} of 9`);
    });
    return out.join('\n');
  };
}

/**
 * A page break every so many lines, each page ending in its number alone ("2"), the letter too;
 * the letter's own page breaks are numbered in turn.
 */
function numberedPages(text: string): string {
  const all = lines(text);
  const firstSection = firstSectionOf(all);
  const out: string[] = [];
  let page = 1;
  all.forEach((line, k) => {
    if (line.startsWith('\f')) out.push(String(page++));
    else if (firstSection >= 0 && k > firstSection + 3 && (k - firstSection) % 17 === 1) out.push(String(page++), '\f');
    out.push(line);
  });
  out.push(String(page));
  return out.join('\n');
}

/**
 * Words hyphenated at a line's end, as a typesetter splits them: a long word opening a line has
 * its first half moved to the end of the line before, with a hyphen or a soft hyphen. A half that
 * is a word of the letter ("treat-" / "ment") is moved only while the letter still uses the whole
 * word elsewhere: else the hyphen would join two words, and stay.
 */
function hyphenated(mark: '-' | '\u00ad') {
  return (text: string): string => {
    const all = lines(text);
    // The words used alone, as the fold counts them: not a piece of a hyphenated compound.
    const uses = new Map<string, number>();
    for (const [word] of text.matchAll(/(?<![A-Za-z-])[A-Za-z]+(?![A-Za-z-])/g)) {
      const key = word.toLowerCase();
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
    for (let k = 0; k + 1 < all.length; k++) {
      const word = /^([a-z]{8,})(?![A-Za-z-])/.exec(all[k + 1])?.[1];
      const half = word?.slice(0, Math.ceil(word.length / 2));
      if (!word || !half || !/[a-z,]$/.test(all[k])) continue;
      const left = (uses.get(word) ?? 0) - 1;
      if (mark === '-' && uses.has(half) && left < 1) continue;
      uses.set(word, left);
      all[k] = `${all[k]} ${half}${mark}`;
      all[k + 1] = all[k + 1].slice(half.length);
    }
    return all.join('\n');
  };
}

/** Each kind of noise PDF extraction and publishing put into a letter's text. */
const NOISE: Array<[string, (text: string) => string]> = [
  ['CRLF line breaks', (text) => text.replace(/\r?\n/g, '\r\n')],
  ['a blank line after every line', (text) => lines(text).join('\n\n')],
  ['page breaks with a running header', pageBreaks(false)],
  ['page breaks with a footer and a running header', pageBreaks(true)],
  ['page breaks with bare page numbers', numberedPages],
  // Between words only: a draft's Markdown marks ("## ", "- ") are followed by a plain space.
  ['non-breaking spaces', (text) => text.replace(/(\w) (?=\w)/g, '$1\u00a0')],
  ['curly quotes', (text) => text.replace(/"([^"\n]*)"/g, '\u201c$1\u201d').replace(/(\w)'(\w)/g, '$1\u2019$2')],
  ['ligatures', (text) => text.replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02')],
  ['words hyphenated at line ends', hyphenated('-')],
  ['words split by a soft hyphen at line ends', hyphenated('\u00ad')],
];

/** How many findings of each rule a letter draws. */
function findingsByRule(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of lint(text)) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return counts;
}

describe('parser: published-layout noise reads as the clean text does', () => {
  for (const file of fixtureFiles()) {
    const name = path.relative(path.resolve(__dirname, '../../../../test/fixtures/rules'), file);
    const text = fs.readFileSync(file, 'utf8');
    const clean = reading(parse(text));
    const cleanFindings = findingsByRule(text);
    for (const [noise, inject] of NOISE) {
      it(`${name} with ${noise}: the same reading, and no finding the clean text does not draw`, () => {
        const noisy = inject(text);
        assert.deepStrictEqual(reading(parse(noisy)), clean);
        for (const [rule, count] of findingsByRule(noisy)) {
          assert.ok(count <= (cleanFindings.get(rule) ?? 0), `${rule}: ${count} with the noise`);
        }
      });
    }
  }
});
