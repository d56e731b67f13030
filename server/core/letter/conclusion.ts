/**
 * Turns a conclusion phrase into its opposite, keeping the reviewer's wording around it:
 * "not medically necessary" / "to not be medically necessary" lose their "not";
 * "medically necessary" gains one.
 */
export function oppositeConclusion(phrase: string): string {
  const negated = /\bnot[\s-]+/i.exec(phrase);
  if (negated) return phrase.slice(0, negated.index) + phrase.slice(negated.index + negated[0].length);
  const at = phrase.search(/medically/i);
  return at < 0 ? `not ${phrase}` : `${phrase.slice(0, at)}not ${phrase.slice(at)}`;
}
