/** A lexicon file of named word classes, each with its words (and, in the file, a comment). */
export interface WordClassFile<K extends string> {
  wordClasses: Record<K, { words: string[] }>;
}

/** Each word class's words, the comments set aside. */
export function wordClassesOf<K extends string>(file: WordClassFile<K>): Record<K, readonly string[]> {
  const classes = Object.entries<{ words: string[] }>(file.wordClasses);
  return Object.fromEntries(classes.map(([name, { words }]) => [name, words])) as unknown as Record<
    K,
    readonly string[]
  >;
}

/** A lexicon's word classes, read from its file once, when first asked for. */
export function lexiconOf<K extends string>(file: WordClassFile<K>): () => Record<K, readonly string[]> {
  let cached: Record<K, readonly string[]> | undefined;
  return () => (cached ??= wordClassesOf(file));
}
