import type {
  Determination,
  DisputedItem,
  GuidelineEntry,
  GuidelineEntryKind,
  LetterShape,
  RequestedQuantity,
  Rationale,
  Section,
} from '../model/determination';
import type { GuidelineFamily, KnowledgeBase, TreatmentTerm, Vocabulary } from '../knowledge/types';
import { LineIndex } from '../model/line-index';
import type { Located, Span } from '../model/span';
import { readCaseSummary, type SurgeryWords } from './case-summary';
import { readCredentials } from './credentials';
import { findDirectives } from './directives';
import { foldedText, foldsCarriedOver, type FoldedText } from './folded-text';
import { readFrontMatter } from './front-matter';
import { readGuidelineEntry, type CitationVocabulary } from './guideline-entry';
import { readHeader } from './header';
import { readPartialApproval, readQuantity } from './item-title';
import { segmentItems, type ItemBlock, type ItemLabel } from './items';
import type { LabelKind } from '../letter/grammar';
import { contentEnd, contentStart, headingLevel, isBlank, letterLines, type LetterLine } from './lines';
import { readNecessity } from './conclusion';
import { blankSpans, pageFurniture } from './page-furniture';
import { documentsFunctionalImprovement, readLimitClaims, sentencesOf } from './rationale';
import { findRegulationRefs } from './regulations';
import { findSections } from './sections';
import { TermMatcher, type TermMatch } from './terms';
import { partsNamingSpecialists } from './specialists';
import { settingLexicon, settingOfTitle, type SettingLexicon } from './setting';
import { readItemContext } from './item-context';
import { kindWordsOfItems } from './kind-words';
import { itemKey, recordItem, ReusableItems } from './item-reuse';

/** What the parser needs from the knowledge base: treatment and region words, guideline aliases and section names. */
export type ParserKnowledge = Vocabulary & Partial<Pick<KnowledgeBase, 'families' | 'guidelines' | 'limits' | 'drugs'>>;

/** A title longer than this is not a title; its words are not searched for quantities. */
const MAX_TITLE_CHARS = 1500;

/**
 * Reads an IMR final determination letter — Markdown-like or the plain text of a published
 * letter — into a Determination with a span for every part. Unknown text is kept (it stays
 * in the spans of the parts around it); no input makes it throw.
 */
export function parseDetermination(
  text: string,
  knowledge: ParserKnowledge,
  /** The letter's previous version: its items that an edit left alone are reused, not read again. */
  previous?: Determination,
): Determination {
  if (previous) foldsCarriedOver(previous.text, text);
  const lines = new LineIndex(text);
  // Every part is read from the letter without its running page headers; offsets are the letter's.
  const written = letterLines(text, lines);
  const furniture = pageFurniture(written);
  const readable = blankSpans(text, furniture);
  const all = furniture.length ? letterLines(readable, lines) : written;
  const { frontMatter, bodyLine } = readFrontMatter(all);
  const sections = findSections(all, bodyLine, text.length);
  const section = (kind: Section['kind']) => sections.find((s) => s.kind === kind)?.body;
  const headerEnd = sections.length
    ? lines.positionAt(sections[0].heading.start).line
    : Math.min(all.length, bodyLine + 40);
  const lexicon = lexiconOf(knowledge);
  const determination: Determination = {
    text,
    lines,
    shape: shapeOf(all, bodyLine, frontMatter !== undefined),
    frontMatter,
    header: readHeader(all, bodyLine, headerEnd),
    sections,
    credentials: readCredentials(readable, all, section('how-made')),
    caseSummary: readCaseSummary(readable, section('case-summary'), lexicon.treatments, lexicon.surgeries),
    items: readItems(readable, all, decisionsRegion(sections, text.length), lexicon, {
      paragraphStarts: paragraphStarts(all, furniture, lines),
      previous,
    }),
    regulationRefs: findRegulationRefs(readable),
    directives: findDirectives(text, lines),
  };
  readItemContext(determination, lexicon);
  return determination;
}

export interface Lexicon {
  treatments: TermMatcher;
  /** Forms drugs come in ("… cream"), by their own words, not drug names: a form named anywhere in a title wins. */
  forms: TermMatcher;
  regions: TermMatcher;
  /** Device names and signs whose body-part word is not the region treated ("knee scooter", "foot drop"). */
  notRegionNames: TermMatcher;
  /** Limbs by id, with the regions each covers. */
  limbs: Map<string, Set<string>>;
  /** The sensory symptoms felt along a limb (those of every limb, one matcher). */
  limbSymptoms: TermMatcher;
  /** Body parts no region stands for ("lower leg"): naming one leaves the region unknown. */
  unmapped: Set<string>;
  settings: SettingLexicon;
  /** Operations, whose dates in the case summary start a post-operative period. */
  surgeries: SurgeryWords;
  /** Treatment kinds by id. */
  kinds: Map<string, TreatmentTerm['kind']>;
  formIds: Set<string>;
  /** Words for a kind of request that yield to a specific treatment named beside them. */
  generic: Set<string>;
  /** Treatments whose words head a noun phrase, so a treatment named just before them modifies them. */
  heads: Set<string>;
  /** The names of drugs whose treatment leads a combination product they are named in (opioids), by treatment. */
  leadingDrugs: TermMatcher;
  /** Every drug's names; the forms by the units only their drugs are measured in ("%" for a cream); the drugs only given in a form, with it. */
  drugNames: TermMatcher;
  formUnits: Map<string, string>;
  /** Per form, the words naming another way its drugs are taken. */
  notForms: TermMatcher;
  drugForms: Map<string, string>;
  /** Treatments judged by region (imaging, joint injections). */
  regional: Set<string>;
  /** Treatments about a region without being judged by it (consultations, office visits). */
  aboutRegion: Set<string>;
  /** Treatments used on the operated part after an operation (a cold therapy unit, post-operative therapy). */
  onOperatedPart: Set<string>;
  /** Treatments applied on a body part (a stimulator, heat, hands-on therapy), for the one region the letter names. */
  appliedToPart: Set<string>;
  /** The words for each treatment's kind ("imaging" for an MRI), by treatment. */
  hypernyms: Map<string, readonly string[]>;
  visitCounted: Set<string>;
  citations: CitationVocabulary;
  /** The families a rationale attributes numbers to, by the names it calls them. */
  families: readonly GuidelineFamily[];
}

const lexicons = new WeakMap<ParserKnowledge, Lexicon>();

/** Matchers built once per knowledge base. */
function lexiconOf(knowledge: ParserKnowledge): Lexicon {
  let lexicon = lexicons.get(knowledge);
  if (!lexicon) {
    const drugNames = new Set((knowledge.drugs ?? []).flatMap((drug) => drug.names.map((name) => name.toLowerCase())));
    const formIds = idsWith(knowledge.treatments, 'form');
    lexicon = {
      treatments: new TermMatcher(knowledge.treatments),
      forms: new TermMatcher(
        knowledge.treatments
          .filter((t) => t.form)
          .map(({ id, patterns }) => ({ id, patterns: patterns.filter((p) => !drugNames.has(p.toLowerCase())) })),
      ),
      regions: new TermMatcher(knowledge.regions),
      notRegionNames: new TermMatcher(
        [...knowledge.treatments, ...knowledge.regions].map(({ id, notRegionNames }) => ({
          id,
          patterns: notRegionNames ?? [],
        })),
      ),
      limbs: new Map(knowledge.regions.filter((r) => r.covers).map((r) => [r.id, new Set(r.covers)])),
      limbSymptoms: new TermMatcher(
        knowledge.regions.map(({ id, symptomWords }) => ({ id, patterns: symptomWords ?? [] })),
      ),
      unmapped: idsWith(knowledge.regions, 'unmapped'),
      settings: settingLexicon(knowledge.settings ?? [], knowledge.treatments),
      surgeries: {
        treatments: new Set((knowledge.settings ?? []).flatMap((setting) => setting.surgeryTreatments ?? [])),
        done: new TermMatcher(
          (knowledge.settings ?? []).map(({ id, doneWords }) => ({ id, patterns: doneWords ?? [] })),
        ),
        planned: new TermMatcher(
          (knowledge.settings ?? []).map(({ id, plannedWords }) => ({ id, patterns: plannedWords ?? [] })),
        ),
      },
      kinds: new Map(knowledge.treatments.map((treatment) => [treatment.id, treatment.kind])),
      regional: idsWith(knowledge.treatments, 'regional'),
      aboutRegion: idsWith(knowledge.treatments, 'subjectRegion'),
      onOperatedPart: idsWith(knowledge.treatments, 'onOperatedPart'),
      appliedToPart: idsWith(knowledge.treatments, 'appliedToPart'),
      hypernyms: new Map(knowledge.treatments.map((t) => [t.id, t.hypernyms ?? []])),
      formIds,
      generic: idsWith(knowledge.treatments, 'generic'),
      heads: idsWith(knowledge.treatments, 'headNoun'),
      leadingDrugs: leadingDrugNames(knowledge),
      drugNames: new TermMatcher((knowledge.drugs ?? []).map(({ id, names }) => ({ id, patterns: names }))),
      drugForms: new Map(
        (knowledge.drugs ?? []).filter((drug) => formIds.has(drug.treatment)).map((d) => [d.id, d.treatment]),
      ),
      formUnits: new Map(
        knowledge.treatments.flatMap((t) =>
          t.form ? (t.formUnits ?? []).map((unit) => [unit.toLowerCase(), t.id]) : [],
        ),
      ),
      notForms: new TermMatcher(
        knowledge.treatments
          .filter((t) => t.form)
          .map(({ id, notFormWords }) => ({ id, patterns: notFormWords ?? [] })),
      ),
      families: knowledge.families ?? [],
      visitCounted: new Set(knowledge.treatments.filter((t) => t.kind === 'visits').map((t) => t.id)),
      citations: {
        guidelineAliases: unique((knowledge.guidelines ?? []).flatMap((g) => g.aliases.map((a) => a.toLowerCase()))),
        familyNames: unique((knowledge.families ?? []).flatMap((f) => f.rationaleNames.map((n) => n.toLowerCase()))),
        sectionNames: unique((knowledge.limits ?? []).map((l) => l.source.section.toLowerCase())),
      },
    };
    lexicons.set(knowledge, lexicon);
  }
  return lexicon;
}

/** The ids of the terms (treatments or regions) that carry a flag of the knowledge. */
function idsWith<T extends { id: string }>(terms: readonly T[], flag: keyof T): Set<string> {
  return new Set(terms.filter((term) => term[flag]).map((term) => term.id));
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function shapeOf(lines: LetterLine[], bodyLine: number, hasFrontMatter: boolean): LetterShape {
  if (hasFrontMatter) return 'markdown';
  const limit = Math.min(lines.length, bodyLine + 400);
  for (let i = bodyLine; i < limit; i++) {
    if (headingLevel(lines[i]) > 0 || /^\s*(?:[-*+]\s+)?\*\*[A-Z]/.test(lines[i].text)) return 'markdown';
  }
  return 'plain';
}

/** The decisions section; a letter missing that heading still has its items read from the last section on. */
function decisionsRegion(sections: Section[], textLength: number): Span {
  const decisions = sections.find((s) => s.kind === 'decisions');
  if (decisions) return decisions.body;
  const last = sections[sections.length - 1];
  return last ? last.body : { start: 0, end: textLength };
}

/**
 * The numbers of the lines that open a paragraph: a blank line stands before them, one that is not
 * part of a page break (a page's running header or footer, a form feed, and the blank lines around them).
 * In a letter whose lines are mostly spaced by blank lines (as some text extraction writes them) no
 * blank line tells a paragraph.
 */
function paragraphStarts(all: LetterLine[], furniture: readonly Span[], lines: LineIndex): Set<number> {
  const pageLines = new Set(furniture.map((span) => lines.positionAt(span.start).line));
  const starts = new Set<number>();
  let blank = false;
  let pageBreak = false;
  let written = 0;
  for (const line of all) {
    if (isBlank(line) || pageLines.has(line.index)) {
      blank = true;
      pageBreak ||= pageLines.has(line.index) || line.text.includes('\f');
      continue;
    }
    if (blank && !pageBreak) starts.add(line.index);
    blank = pageBreak = false;
    written++;
  }
  return starts.size * 2 > written ? new Set() : starts;
}

function readItems(
  text: string,
  all: LetterLine[],
  region: Span,
  lexicon: Lexicon,
  { paragraphStarts, previous }: { paragraphStarts: ReadonlySet<number>; previous?: Determination },
): DisputedItem[] {
  const lines = all.filter((line) => line.start >= region.start && line.end <= region.end && !isBlank(line));
  const reusable = previous && new ReusableItems(previous.items, lexicon, text);
  const blocks = segmentItems(lines, region.end, paragraphStarts).map((block) => {
    const titleSpan = titleSpanOf(text, block);
    const span = { start: Math.min(titleSpan.start, block.titleAnchor), end: Math.max(block.end, titleSpan.end) };
    return { block, titleSpan, span, title: readTitle(text, titleSpan, lexicon) };
  });
  // A word for a kind of treatment names an item only as the letter's one item of that kind: known once every title is read.
  const kindWords = kindWordsOfItems(
    blocks.map(({ title }) => ({ treatment: title.treatment?.value, title: title.text })),
    lexicon,
  );
  // An item's treatments: its title's form ("cream") and the treatment it names ("flurbiprofen").
  const treatments = blocks.map(({ title }) =>
    [title.treatment?.value, title.named?.value].filter((id): id is string => id !== undefined),
  );
  // Once for the letter: a long letter repeats a few treatments over thousands of items.
  const letterTreatments = [...new Set(treatments.flat())];
  return blocks.map(({ block, titleSpan, span, title }, index) => {
    // The letter's other items' treatments, whose names make a finding said of them ("… the omeprazole is not …").
    const others = letterTreatments.filter((id) => !treatments[index].includes(id));
    const key = itemKey(text, block, titleSpan, span, kindWords[index], others);
    const reused = reusable?.take(key, span.start, index);
    if (reused) return reused;
    const place = { titleSpan, span, title, kindWords: kindWords[index], otherTreatments: others };
    const item = readItem(text, block, index, lexicon, place);
    recordItem(item, key, lexicon);
    return item;
  });
}

/** An item's title as read before the rest of its item: its text, partial approval and treatment. */
interface TitleReading {
  folded: FoldedText;
  /** The title's text, cut at `MAX_TITLE_CHARS`. */
  text: string;
  partial: DisputedItem['partial'];
  /** Where the disputed part of a partial approval starts in the title's text (0 for a whole title). */
  base: number;
  /** The disputed part of a partial approval, or the whole title. */
  request: string;
  /** The treatment the request names, a form drugs come in aside. */
  named?: Located;
  treatment?: Located;
  /** The span of [a, b) of the request's text, and of the whole title's text. */
  at: (a: number, b: number) => Span;
  whole: (a: number, b: number) => Span;
}

function readTitle(text: string, titleSpan: Span, lexicon: Lexicon): TitleReading {
  const folded = foldedText(text, titleSpan);
  const titleText = folded.text.slice(0, MAX_TITLE_CHARS);
  const partial = readPartialApproval(titleText, (a, b) => folded.spanOf(a, b));
  const base = partial ? titleText.lastIndexOf(partial.remaining.value) : 0;
  const request = partial ? partial.remaining.value : titleText;
  const at = (a: number, b: number) => folded.spanOf(base + a, base + b);
  const whole = (a: number, b: number) => folded.spanOf(a, b);
  const named =
    treatmentNamed(request, at, lexicon) ?? (partial ? treatmentNamed(titleText, whole, lexicon) : undefined);
  const treatment = formOf(titleText, whole, lexicon) ?? named;
  return { folded, text: titleText, partial, base, request, named, treatment, at, whole };
}

/** Where an item stands and what is known of it before its own parts are read. */
interface ItemPlace {
  titleSpan: Span;
  span: Span;
  title: TitleReading;
  /** The words for the item's kind that name it alone in the letter. */
  kindWords: readonly string[];
  /** The treatments the letter's other items' titles name, not this item's. */
  otherTreatments: readonly string[];
}

function readItem(
  text: string,
  block: ItemBlock,
  index: number,
  lexicon: Lexicon,
  { titleSpan, span, title: read, kindWords, otherTreatments }: ItemPlace,
): DisputedItem {
  const { folded: title, text: titleText, partial, base, request, named, treatment, at, whole } = read;
  const parts = systemicDrug(treatment, lexicon)
    ? []
    : regionsOfTitle(request, titleText, partial !== undefined, lexicon);
  const unmapped = parts.find((part) => lexicon.unmapped.has(part.id));
  const regions = unmapped ? [] : parts;
  const item: DisputedItem = {
    index,
    span,
    title: { value: title.text, span: titleSpan },
    decision: block.decision,
    treatment,
    region: regions[0] && {
      value: regions[0].id,
      span: (regions[0].inRequest ? at : whole)(regions[0].from, regions[0].to),
    },
    setting: settingOfTitle(titleText, treatment?.value, lexicon.settings, whole),
    quantity: readQuantity(title, request, base, !treatment || lexicon.visitCounted.has(treatment.value)),
    partial,
  };
  const distinct = distinctRegions(regions, lexicon);
  if (distinct) item.regions = distinct;
  if (unmapped) item.unmappedPart = (unmapped.inRequest ? at : whole)(unmapped.from, unmapped.to);
  const entry = (kind: LabelKind) => block.labels.find((label) => label.kind === kind);
  for (const kind of ['claims-administrator', 'maximus'] as GuidelineEntryKind[]) {
    const label = entry(kind);
    if (!label) continue;
    const read = readEntry(text, kind, label.label, label.body, lexicon.citations);
    if (kind === 'maximus') item.maximusGuideline = read;
    else item.claimsAdministratorGuideline = read;
  }
  const rationale = entry('rationale');
  if (rationale)
    item.rationale = readRationale(text, rationale, {
      title: title.text,
      treatment: named?.value,
      counts: requestedCounts(item.quantity),
      kindWords,
      otherTreatments,
      treatments: lexicon.treatments,
      families: lexicon.families,
    });
  return item;
}

/** A drug taken by mouth or by patch is taken for the whole body: the pain it is for ("for neck pain") is no region of the item. */
function systemicDrug(treatment: Located | undefined, lexicon: Lexicon): boolean {
  return (
    treatment !== undefined && lexicon.kinds.get(treatment.value) === 'drug' && !lexicon.formIds.has(treatment.value)
  );
}

interface RegionNamed extends TermMatch {
  /** Found in the disputed part of a partial approval's title (else in the whole title). */
  inRequest: boolean;
}

/** The regions a text names, in order; a body-part word inside a device's name ("knee scooter") or a sign ("foot drop") names none. */
export function regionsNamedIn(text: string, lexicon: Lexicon): TermMatch[] {
  return partsNamedIn(text, lexicon).filter((match) => !lexicon.unmapped.has(match.id));
}

/**
 * The body parts a text names, in order, those no region stands for ("lower leg") among them:
 * the longest phrase wins, so the "leg" of "lower leg" is not the lower limb. A part that names a
 * clinician's field ("hand surgeon") names no region.
 */
function partsNamedIn(text: string, lexicon: Lexicon): TermMatch[] {
  const notRegions = lexicon.notRegionNames.findAll(text);
  const parts = lexicon.regions
    .findAll(text)
    .filter((match) => !notRegions.some((name) => match.from >= name.from && match.to <= name.to));
  const fields = partsNamingSpecialists(text, parts);
  return fields.size ? parts.filter((part) => !fields.has(part)) : parts;
}

/**
 * The body parts a title names, in order: those of the disputed part of a partial approval, else
 * of the whole title.
 */
function regionsOfTitle(request: string, title: string, partial: boolean, lexicon: Lexicon): RegionNamed[] {
  const named = (text: string, inRequest: boolean): RegionNamed[] =>
    partsNamedIn(text, lexicon).map((match) => ({ ...match, inRequest }));
  const inRequest = named(request, true);
  return inRequest.length > 0 || !partial ? inRequest : named(title, false);
}

/** The distinct regions (limbs aside) when a title names more than one; undefined otherwise. */
function distinctRegions(regions: readonly RegionNamed[], lexicon: Lexicon): string[] | undefined {
  const ids = [...new Set(regions.map((region) => region.id).filter((id) => !lexicon.limbs.has(id)))];
  return ids.length > 1 ? ids : undefined;
}

/**
 * The first treatment a title names, passing over a generic word for one that names the treatment
 * itself ("DME: front-wheeled walker", "intra-articular facet joint injections"); a form drugs come
 * in ("injection") does not name it, and a treatment named just before a head noun only modifies it
 * ("spine surgery consultation" is a consultation). A drug title naming a drug whose treatment leads
 * combinations is that treatment, wherever the drug stands ("Ibuprofen/hydrocodone").
 */
function treatmentNamed(title: string, spanOf: (a: number, b: number) => Span, lexicon: Lexicon): Located | undefined {
  const matches = lexicon.treatments.findAll(title);
  const specific = (id: string) => !lexicon.generic.has(id) && !lexicon.formIds.has(id);
  const named = matches.find((candidate) => specific(candidate.id)) ?? matches[0];
  const first = named && (headAfter(named, matches, title, lexicon) ?? named);
  const leading = first && lexicon.kinds.get(first.id) === 'drug' ? lexicon.leadingDrugs.findAll(title)[0] : undefined;
  const match = leading ?? first;
  return match && { value: match.id, span: spanOf(match.from, match.to) };
}

/**
 * A head noun's treatment named right after `named` ("spine surgery consultation"), which `named`
 * only modifies; not after a visit-counted therapy ("chiropractic referral, 6 visits" asks for the visits).
 */
function headAfter(named: TermMatch, matches: TermMatch[], title: string, lexicon: Lexicon): TermMatch | undefined {
  if (lexicon.visitCounted.has(named.id)) return undefined;
  return matches.find(
    (match) => lexicon.heads.has(match.id) && match.from >= named.to && title.slice(named.to, match.from).trim() === '',
  );
}

/**
 * The names of the drugs whose treatment leads a combination (an opioid's, not the word "opioid"):
 * a drug title naming one is that treatment ("Ibuprofen/hydrocodone 200/7.5" is an opioid).
 */
function leadingDrugNames(knowledge: ParserKnowledge): TermMatcher {
  const leading = new Set(knowledge.treatments.filter((t) => t.leadsCombinations).map((t) => t.id));
  return new TermMatcher(
    (knowledge.drugs ?? [])
      .filter((drug) => leading.has(drug.treatment))
      .map((drug) => ({ id: drug.treatment, patterns: drug.names })),
  );
}

/**
 * A form drugs come in ("… cream", "injection of …"), named anywhere in the title, is the item's
 * treatment before the drugs it names, unless the title also names a treatment that is neither a
 * drug nor a form ("hyaluronic acid injection", "epidural steroid injection"): that is the item.
 * A title naming another way its drugs are taken ("oral suspension compound kit") is not that form.
 */
function formOf(title: string, spanOf: (a: number, b: number) => Span, lexicon: Lexicon): Located | undefined {
  const form = lexicon.forms.first(title, spanOf) ?? formOfDrugs(title, spanOf, lexicon);
  if (!form || lexicon.notForms.findAll(title).some((match) => match.id === form.value)) return undefined;
  const other = lexicon.treatments.findAll(title).some((match) => {
    const kind = lexicon.kinds.get(match.id);
    return kind !== 'drug' && !lexicon.formIds.has(match.id);
  });
  return other ? undefined : form;
}

/** A figure and the unit written after it ("20%", "240gm", "5 percent"). */
const FIGURE_AND_UNIT = /^\s*\d+(?:\.\d+)?\s*([a-z%]+)/i;
/** A dispensed count ("#60"): it ends a drug's prescription, so a drug named after it is another one. */
const DISPENSED_COUNT = /#\s*\d/;
/** Nothing but a slash between two drugs' names: one mixture ("ketoprofen/lidocaine"). */
const SLASH_ONLY = /^\s*\/\s*$/;

/**
 * A form a title names by its drugs rather than by a word. A drug's strength or amount, written
 * right after its name in a unit only that form is measured in, makes the title that form
 * ("Flurbiprofen 20%/Lidocaine 5%", "Ketoprofen/Gabapentin/Lidocaine 240gm" are creams; "Ibuprofen
 * 800mg" is not, nor a percentage elsewhere in the title); so does a drug only given in that form
 * mixed with another, their names joined by a slash ("Ketoprofen/gabapentin/lidocaine"). A title
 * prescribing drugs apart ("Norco 10/325 #60 and Lidoderm 5% patch #30") names no one form.
 */
function formOfDrugs(title: string, spanOf: (a: number, b: number) => Span, lexicon: Lexicon): Located | undefined {
  const drugs = lexicon.drugNames.findAll(title);
  const between = (i: number) => title.slice(drugs[i - 1].to, drugs[i].from);
  if (drugs.some((_, i) => i > 0 && DISPENSED_COUNT.test(between(i)))) return undefined;
  for (const drug of drugs) {
    const figure = FIGURE_AND_UNIT.exec(title.slice(drug.to));
    const form = figure && lexicon.formUnits.get(figure[1].toLowerCase());
    if (figure && form) return { value: form, span: spanOf(drug.from, drug.to + figure[0].length) };
  }
  for (let i = 1; i < drugs.length; i++) {
    const pair = [drugs[i - 1], drugs[i]];
    const form = pair.map((drug) => lexicon.drugForms.get(drug.id)).find((id) => id !== undefined);
    if (form && SLASH_ONLY.test(between(i)) && pair.some((drug) => !lexicon.drugForms.has(drug.id)))
      return { value: form, span: spanOf(pair[0].from, pair[1].to) };
  }
  return undefined;
}

/** From the first title line's words to the colon before the decision (or the end of the last title line). */
function titleSpanOf(text: string, block: ItemBlock): Span {
  const first = block.titleLines[0];
  const last = block.titleLines[block.titleLines.length - 1];
  if (!first || !last) return { start: block.titleAnchor, end: block.titleAnchor };
  const start = contentStart(first);
  let end = contentEnd(last);
  const decision = block.decision;
  if (decision && decision.span.start >= last.start && decision.span.start <= last.end) {
    const colon = text.lastIndexOf(':', decision.span.start);
    end = colon >= start ? colon : decision.span.start;
  }
  while (end > start && /[\s*_:]/.test(text[end - 1])) end--;
  if (/\sis$/i.test(text.slice(Math.max(start, end - 3), end))) end -= 2;
  while (end > start && /[\s*_,:]/.test(text[end - 1])) end--;
  return { start, end: Math.max(start, end) };
}

function readEntry(
  text: string,
  kind: GuidelineEntryKind,
  label: Span,
  body: Span,
  vocabulary: CitationVocabulary,
): GuidelineEntry {
  const folded = foldedText(text, body);
  return { kind, label, body, text: folded.text, ...readGuidelineEntry(folded, vocabulary) };
}

/** What a rationale is read with besides its text. */
interface RationaleContext {
  /** The item's title, whose words tell a statement about this request. */
  title: string;
  /** The title's treatment, whose other names in the rationale tell one too ("electrodiagnostic testing" for an EMG). */
  treatment?: string;
  /** The visit counts the title requests, whose count in a subject tells one too ("Six visits are reasonable"). */
  counts: readonly number[];
  /** The words for the item's kind that name it alone in the letter, which tell one too as a subject ("Imaging is warranted"). */
  kindWords: readonly string[];
  /** The letter's other items' treatments, whose names in the rationale tell a finding said of them. */
  otherTreatments: readonly string[];
  treatments: TermMatcher;
  families: readonly GuidelineFamily[];
}

/** "6 visits" and "2 times a week for 3 weeks" (6) alike. */
function requestedCounts({ visits, perWeek, weeks }: RequestedQuantity): number[] {
  return [...(visits ? [visits.value] : []), ...(perWeek && weeks ? [perWeek.value * weeks.value] : [])];
}

function readRationale(text: string, { label, body }: ItemLabel, context: RationaleContext): Rationale {
  const folded = foldedText(text, body);
  const { families } = context;
  const sentences = folded.reading(sentencesOf);
  const named = context.treatments.findAll(folded.text);
  const namesOf = (ids: ReadonlyArray<string | undefined>) =>
    named.filter((match) => ids.includes(match.id)).map((match) => folded.text.slice(match.from, match.to));
  const { readings, conclusion } = readNecessity(
    folded,
    sentences,
    context.title,
    context.treatment ? namesOf([context.treatment]) : [],
    context.counts,
    context.kindWords,
    namesOf(context.otherTreatments),
  );
  return {
    label,
    body,
    text: folded.text,
    conclusion,
    necessityReadings: readings,
    limitClaims: readLimitClaims(folded, sentences, families),
    documentsFunctionalImprovement: documentsFunctionalImprovement(folded.text, sentences, families),
  };
}
