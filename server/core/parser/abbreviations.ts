import { readingLexicon } from '../knowledge/reading-lexicon';
import { anyPhrase } from './patterns';

const ABBREVIATIONS = readingLexicon().abbreviations;

/** A word at a text's end whose period ends no sentence (the reading lexicon's abbreviations): "Dr.", "e.g.", "etc.", "No.". */
export const ABBREVIATION_AT_END = new RegExp(`\\b${anyPhrase(ABBREVIATIONS)}\\.$`, 'i');

/** How many characters before a period ABBREVIATION_AT_END needs: the longest abbreviation, its period and the boundary before it. */
export const ABBREVIATION_REACH = Math.max(...ABBREVIATIONS.map((word) => word.length)) + 2;
