import { readingLexicon } from '../knowledge/reading-lexicon';
import { anyPhrase } from './patterns';

/** A word at a text's end whose period ends no sentence (the reading lexicon's abbreviations): "Dr.", "e.g.", "etc.", "No.". */
export const ABBREVIATION_AT_END = new RegExp(`\\b${anyPhrase(readingLexicon().abbreviations)}\\.$`, 'i');
