/** How a conclusion table row must be read: [necessary, strength], or `undefined` for no conclusion. */
export type Reading = [necessary: boolean, strength: 'explicit' | 'implied'] | undefined;

/** The rows a reader gets wrong, each with what it read, so a failing table lists every misreading at once. */
export function misreadings(rows: Array<[string, Reading]>, read: (rationale: string) => Reading): string[] {
  return rows.flatMap(([rationale, expected]) => {
    const got = read(rationale);
    return JSON.stringify(got) === JSON.stringify(expected)
      ? []
      : [`${JSON.stringify(rationale)}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`];
  });
}
