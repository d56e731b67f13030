// The assertion reader: for each necessity phrase of a sentence, necessary or not, explicit or implied,
// asserted, conditional or reported. One module a reader, over the sentence's words and lexicon hits (sentence.ts).
export { SentenceReader, sentenceAboutOtherItem } from './reader';
export type { SentenceReading } from './words';
export { quotedRegions, someWordKey, stem, tokensOf, type Token } from './tokens';
