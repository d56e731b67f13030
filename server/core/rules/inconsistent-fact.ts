import type { Fix } from '../check/finding';
import type { Determination, DisputedItem } from '../model/determination';
import type { KnowledgeBase } from '../knowledge/types';
import { agreement, clearlyOdd } from '../letter/agreement';
import { dateLike } from '../letter/date-format';
import { injuryDates } from '../letter/injury-dates';
import { passagesOf, placeName, type Passage } from '../letter/passages';
import { patientPronouns, pronounFor, statedAges, statedSexes, type FactPlace, type Sex } from '../letter/patient';
import { drugDoses, isRequestMention, requestPhrases, requestedVisits } from '../letter/requested';
import { regionMentions, regionsOf, type Side } from '../letter/sides';
import { TermMatcher } from '../parser/terms';
import { TextMemo } from '../model/text-memo';
import { readCount } from '../knowledge/number-words';
import type { Report, Rule } from '../check/rule';
import { replace } from '../letter/text';

type Place = FactPlace<unknown>;

export const inconsistentFact: Rule = {
  id: 'inconsistent-fact',
  defaultSeverity: 'warning',
  description: 'The letter states one fact two ways.',
  doc:
    'Labor Code 4610.6(h) lets a party set a determination aside for a plainly erroneous finding of fact, and a ' +
    'letter that contradicts itself hands them that argument. This finding marks a fact stated two ways: the ' +
    'patient\'s sex (the summary\'s "female" against "he" in a rationale) or age, the date of injury (header, ' +
    'summary and rationales), the body side or region of the item (the title\'s right knee against "the request ' +
    'for MRI of the left knee"), the quantity requested (the title against "the request for N sessions" in the ' +
    "rationale), a drug's strength or count (title against rationale). It names both places and points to the " +
    'other one. It stays silent where the words may belong to someone else (the treating physician, a cited ' +
    'author, "he/she", a guideline\'s "patients over 40"), to another injury, to another item (a bilateral ' +
    'request split in two), or to another count of a partial approval. A fix is offered only when one statement stands alone against two that agree.',
  tags: ['facts'],
  wholeLetter: true,
  check({ determination, knowledge, report }) {
    const passages = passagesOf(determination);
    checkSex(passages, report);
    checkAge(passages, report);
    checkInjuryDate(determination, passages, report);
    const ofItem = (kind: Passage['kind']) =>
      new Map(passages.filter((passage) => passage.kind === kind).map((passage) => [passage.item, passage]));
    const titles = ofItem('title');
    const rationales = ofItem('rationale');
    const parts = partsByItem(knowledge, determination);
    for (const item of determination.items) {
      const title = titles.get(item.index);
      const rationale = rationales.get(item.index);
      if (!title || !rationale) continue;
      checkQuantity(item, rationale, report);
      checkRequestedPart(knowledge, parts, item, title, rationale, report);
      checkDoses(knowledge, title, rationale, report);
    }
  },
};

type Reporter = (report: Report) => void;

function checkSex(passages: Passage[], report: Reporter): void {
  const nouns = statedSexes(passages);
  const nounsDisagree = agreement(nouns, (place) => place.value);
  if (nounsDisagree) {
    for (const group of nounsDisagree.others) {
      for (const place of group)
        reportAgainst(report, place, nounsDisagree.agreed[0], sexMessage(place, nounsDisagree.agreed[0]));
    }
    return;
  }
  if (nouns.length === 0) return;
  const noun = nouns[0];
  const pronouns = patientPronouns(passages);
  const opposite = pronouns.filter((pronoun) => pronoun.value !== noun.value);
  if (opposite.length === 0) return;
  const same = pronouns.length - opposite.length;
  if (opposite.length > same) {
    // The letter speaks of the patient as the other sex throughout: the noun is the odd one.
    reportAgainst(report, noun, opposite[0], sexMessage(noun, opposite[0]));
    return;
  }
  const fixable = same >= 2 && opposite.length <= 2;
  for (const group of byPassage(opposite)) {
    const first = group[0];
    const fix = fixable ? pronounFix(group, noun.value) : undefined;
    reportAgainst(report, first, noun, sexMessage(first, noun), fix);
  }
}

function sexMessage(place: FactPlace<Sex>, other: FactPlace<Sex>): string {
  return (
    `${capitalized(placeName(place.kind))} refers to the patient as "${place.text}" (${place.value}), ` +
    `while ${placeName(other.kind)} uses "${other.text}" (${other.value}).`
  );
}

function pronounFix(group: FactPlace<Sex>[], sex: Sex): Fix | undefined {
  const changes = group.map((pronoun) => ({ pronoun, text: pronounFor(pronoun.text, sex) }));
  if (changes.some((change) => change.text === undefined)) return undefined;
  return {
    title: `Refer to the patient as ${sex}`,
    changes: changes.map((change) => replace(change.pronoun.span, change.text as string)),
    safe: false,
  };
}

function checkAge(passages: Passage[], report: Reporter): void {
  const ages = statedAges(passages);
  const split = agreement(ages, (place) => String(place.value));
  if (!split) return;
  const agreed = split.agreed[0];
  for (const group of split.others) {
    for (const place of group) {
      const fix = clearlyOdd(split.agreed, group)
        ? replaceWith(place, agreed.text, `Write the age ${agreed.text}`)
        : undefined;
      const message =
        `${capitalized(placeName(place.kind))} gives the patient's age as ${place.text}, ` +
        `but ${placeName(agreed.kind)} gives ${agreed.text}.`;
      reportAgainst(report, place, agreed, message, fix);
    }
  }
}

function checkInjuryDate(determination: Determination, passages: Passage[], report: Reporter): void {
  const dates = injuryDates(determination, passages);
  const split = agreement(
    dates,
    (place) => place.value,
    (place) => place.kind === 'header',
  );
  if (!split) return;
  const agreed = split.agreed.find((place) => place.kind === 'header') ?? split.agreed[0];
  for (const group of split.others) {
    for (const place of group) {
      const written = clearlyOdd(split.agreed, group) ? dateLike(place.text, agreed.value) : undefined;
      const fix = written ? replaceWith(place, written, `Write the date of injury ${written}`) : undefined;
      const message =
        `${capitalized(placeName(place.kind))} gives the date of injury as ${place.text}, ` +
        `but ${placeName(agreed.kind)} gives ${agreed.text}.`;
      reportAgainst(report, place, agreed, message, fix);
    }
  }
}

function checkQuantity(item: DisputedItem, rationale: Passage, report: Reporter): void {
  const { visits, perWeek, weeks } = item.quantity;
  if (!visits && !(perWeek && weeks)) return;
  const valid = new Set<number>();
  if (visits) valid.add(visits.value);
  if (perWeek && weeks) valid.add(perWeek.value * weeks.value);
  // A partial approval's rationale may argue the original count or conclude on the remainder.
  for (const part of item.partial ? [item.partial.original, item.partial.authorized, item.partial.remaining] : []) {
    for (const word of part.value.match(/\b[a-z0-9-]+\b/gi) ?? []) {
      const count = readCount(word);
      if (count !== undefined) valid.add(count);
    }
  }
  const asked = visits ?? perWeek;
  if (!asked) return;
  const titleText = visits ? `${visits.value}` : `${perWeek?.value} a week for ${weeks?.value} weeks`;
  for (const place of requestedVisits(rationale)) {
    if (valid.has(place.value)) continue;
    report({
      message: `The rationale gives the request as ${place.text} visits, but the item title asks for ${titleText}.`,
      span: place.span,
      item: item.index,
      related: [{ span: asked.span, message: `The item title asks for ${titleText} here.` }],
    });
  }
}

/**
 * The body part "the request for …" names in the rationale against the title's: the other side,
 * or another region, of the same treatment. Silent when the title names several regions or sides,
 * or when another item of the letter is about that part (a bilateral request split in two).
 */
/** The items whose titles name each region (`knee`) and each sided region (`knee:left`). */
function partsByItem(knowledge: KnowledgeBase, determination: Determination): Map<string, Set<number>> {
  const parts = new Map<string, Set<number>>();
  for (const item of determination.items) {
    for (const mention of regionMentions(knowledge, item.title.value)) {
      for (const key of [mention.region, `${mention.region}:${mention.side}`]) {
        parts.set(key, (parts.get(key) ?? new Set()).add(item.index));
      }
    }
  }
  return parts;
}

function checkRequestedPart(
  knowledge: KnowledgeBase,
  parts: Map<string, Set<number>>,
  item: DisputedItem,
  title: Passage,
  rationale: Passage,
  report: Reporter,
): void {
  const titled = regionMentions(knowledge, title.folded.text);
  const sides = new Set(titled.flatMap((mention) => (mention.side ? [mention.side] : [])));
  if (regionsOf(titled).size !== 1 || sides.size > 1 || !item.treatment) return;
  const [asked] = titled;
  const side = [...sides][0];
  for (const phrase of requestPhrases(rationale)) {
    const named = regionMentions(knowledge, phrase.text);
    if (regionsOf(named).size !== 1 || !namesTreatment(knowledge, phrase.text, item.treatment.value)) continue;
    const [mention] = named;
    const otherRegion = mention.region !== asked.region;
    const otherSide = !otherRegion && oppositeSides(mention.side, side);
    if (!otherRegion && !otherSide) continue;
    const key = otherRegion ? mention.region : `${mention.region}:${mention.side}`;
    const items = parts.get(key);
    if (items && items.size > (items.has(item.index) ? 1 : 0)) continue;
    const span = rationale.folded.spanOf(phrase.from + mention.from, phrase.from + mention.to);
    const titleSpan = title.folded.spanOf(asked.from, asked.to);
    const written = phrase.text.slice(mention.from, mention.to);
    const titleWritten = title.folded.text.slice(asked.from, asked.to);
    report({
      message: `The rationale's request names the ${written}, but the item title names the ${titleWritten}.`,
      span,
      item: item.index,
      related: [{ span: titleSpan, message: `The item title names the ${titleWritten} here.` }],
    });
  }
}

function oppositeSides(a: Side | undefined, b: Side | undefined): boolean {
  return (a === 'left' && b === 'right') || (a === 'right' && b === 'left');
}

/** The treatments each text names, by knowledge base: the same request phrases are read after every edit. */
const treatmentsNamed = new WeakMap<KnowledgeBase, { matcher: TermMatcher; named: TextMemo<Set<string>> }>();

/** Enough for every request phrase of a long letter being edited (per generation). */
const REMEMBERED_PHRASES = 4096;

function namesTreatment(knowledge: KnowledgeBase, text: string, treatment: string): boolean {
  let reader = treatmentsNamed.get(knowledge);
  if (!reader) {
    reader = { matcher: new TermMatcher(knowledge.treatments), named: new TextMemo(REMEMBERED_PHRASES) };
    treatmentsNamed.set(knowledge, reader);
  }
  const { matcher } = reader;
  return reader.named.get(text, (phrase) => new Set(matcher.findAll(phrase).map((match) => match.id))).has(treatment);
}

function checkDoses(knowledge: KnowledgeBase, title: Passage, rationale: Passage, report: Reporter): void {
  const titled = drugDoses(knowledge, title);
  // A compound names several drugs with percentages of their own: each is judged only against itself.
  if (new Set(titled.map((dose) => dose.drug)).size !== 1) return;
  const strengths = titled.flatMap((dose) => (dose.strength ? [dose.strength] : []));
  const counts = titled.flatMap((dose) => (dose.count ? [dose.count] : []));
  for (const dose of drugDoses(knowledge, rationale, isRequestMention)) {
    if (dose.drug !== titled[0].drug) continue;
    const strength = dose.strength;
    if (strength && strengths.length > 0 && !strengths.some((known) => sameStrength(known.value, strength.value))) {
      reportAgainst(report, strength, strengths[0], doseMessage('strength', strength, strengths[0]));
    }
    const count = dose.count;
    if (count && counts.length > 0 && !counts.some((known) => known.value === count.value)) {
      reportAgainst(report, count, counts[0], doseMessage('count', count, counts[0]));
    }
  }
}

/** "10/325" and "10 mg" agree on the first figure; two pairs must agree on both. */
function sameStrength(a: number[], b: number[]): boolean {
  return a[0] === b[0] && (a.length < 2 || b.length < 2 || a[1] === b[1]);
}

function doseMessage(what: 'strength' | 'count', place: FactPlace<unknown>, other: FactPlace<unknown>): string {
  return `The rationale gives the drug's ${what} as ${place.text}, but the item title has ${other.text}.`;
}

/** One finding at `place`, naming `other` as the place it disagrees with. */
function reportAgainst(report: Reporter, place: Place, other: Place, message: string, fix?: Fix): void {
  report({
    message,
    span: place.span,
    item: place.kind === 'header' ? undefined : place.item,
    related: [{ span: other.span, message: `${capitalized(placeName(other.kind))} has "${other.text}" here.` }],
    ...(fix ? { fixes: [fix] } : {}),
  });
}

function replaceWith(place: Place, text: string, title: string): Fix {
  return { title, changes: [replace(place.span, text)], safe: false };
}

function byPassage<P extends FactPlace<unknown>>(places: P[]): P[][] {
  const groups = new Map<string, P[]>();
  for (const place of places) {
    const key = `${place.kind}:${place.item ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), place]);
  }
  return [...groups.values()];
}

function capitalized(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
