/**
 * What a letter says, without where it says it: the parts the round trips compare between a
 * draft and its export (text or PDF), whose line breaks and offsets differ.
 */
import type { Determination, GuidelineEntry } from '../../../server/core/model/determination';
import type { Span } from '../../../server/core/model/span';
import { letterLines } from '../../../server/core/parser/lines';
import { blankSpans, pageFurniture } from '../../../server/core/parser/page-furniture';

/** White space folded, as a line break or a page break reads. */
export function folded(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The words of a span, less the running page headers a page break put inside it. */
function spanText(determination: Determination, span: Span | undefined): string | undefined {
  if (!span) return undefined;
  const { text, lines } = determination;
  return folded(blankSpans(text, pageFurniture(letterLines(text, lines))).slice(span.start, span.end));
}

export function essence(determination: Determination) {
  const { credentials } = determination;
  return {
    header: determination.header.map((field) => ({ key: field.key, value: field.value?.value, date: field.date?.iso })),
    sections: determination.sections.map((section) => section.kind),
    credentials: {
      form: credentials.form,
      states: credentials.states.map((state) => folded(state.value)),
      specialties: credentials.specialties.map((specialty) => folded(specialty.value)),
    },
    caseSummary: {
      age: determination.caseSummary.age?.value,
      injuryDate: determination.caseSummary.injuryDate?.iso,
      urDate: determination.caseSummary.urDate?.iso,
      priorTreatments: determination.caseSummary.priorTreatments.map((prior) => [prior.treatment, prior.count]),
    },
    items: determination.items.map((item) => ({
      title: folded(item.title.value),
      decision: item.decision?.value,
      treatment: item.treatment?.value,
      region: item.region?.value,
      setting: item.setting?.value,
      quantity: [item.quantity.visits?.value, item.quantity.perWeek?.value, item.quantity.weeks?.value],
      partial: item.partial ? folded(item.partial.remaining.value) : undefined,
      claimsAdministrator: entryEssence(item.claimsAdministratorGuideline),
      maximus: entryEssence(item.maximusGuideline),
      rationale: item.rationale
        ? {
            text: folded(item.rationale.text),
            conclusion: item.rationale.conclusion && {
              necessary: item.rationale.conclusion.necessary,
              strength: item.rationale.conclusion.strength,
              text: spanText(determination, item.rationale.conclusion.span),
            },
          }
        : undefined,
    })),
  };
}

function entryEssence(entry: GuidelineEntry | undefined) {
  if (!entry) return undefined;
  return {
    text: folded(entry.text),
    statements: entry.statements.map((statement) => statement.kind),
    citations: entry.citations.map((citation) => ({
      mtus: citation.mtus,
      name: folded(citation.name.value),
      topic: citation.topic && folded(citation.topic.value),
      year: citation.year?.value,
      sections: citation.sections.map((section) => folded(section.value)),
      pages: citation.pages && [citation.pages.from, citation.pages.to],
      format: citation.format,
    })),
  };
}
