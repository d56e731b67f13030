import type { TextChange } from '../check/finding';
import type { Conclusion } from '../model/determination';

/**
 * The edit that turns a conclusion into its opposite, keeping the reviewer's wording: a lone
 * "not" that decides it is dropped ("is not regarded as medically necessary"); an adjectival
 * "medically necessary" that no negation reaches gains one. Other forms ("lacks medical
 * necessity", "cannot be …") have no safe one-word flip, so none is offered.
 */
export function conclusionFlip(text: string, conclusion: Conclusion): { text: string; change: TextChange } | undefined {
  const phrase = text.slice(conclusion.span.start, conclusion.span.end);
  const [negation] = conclusion.negations;
  if (conclusion.negations.length === 1 && /^not$/i.test(text.slice(negation.start, negation.end))) {
    let [start, end] = [negation.start, negation.end];
    while (end < conclusion.span.end && /[\s-]/.test(text[end])) end++;
    // A negation that ends the phrase ("It is not", "the omeprazole was not") takes the space before it.
    if (end === negation.end) while (start > conclusion.span.start && /\s/.test(text[start - 1])) start--;
    const cut = { start, end };
    const before = phrase.slice(0, cut.start - conclusion.span.start);
    return { text: before + phrase.slice(cut.end - conclusion.span.start), change: { span: cut, newText: '' } };
  }
  const target = text.slice(conclusion.target.start, conclusion.target.end);
  if (conclusion.negations.length > 0 || !/^medically[\s-]+nec/i.test(target)) return undefined;
  const at = conclusion.target.start - conclusion.span.start;
  return {
    text: `${phrase.slice(0, at)}not ${phrase.slice(at)}`,
    change: { span: { start: conclusion.target.start, end: conclusion.target.start }, newText: 'not ' },
  };
}
