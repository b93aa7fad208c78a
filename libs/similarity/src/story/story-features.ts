import { foldAccents } from '../text/text-normalisation.util';
import { CALENDAR_WORDS, ENGLISH_STOPWORDS } from './english-stopwords';

/** What an article says about its event, as counts that are later weighted by rarity. */
export interface StoryFeatures {
  /** Content words (stop words removed, plurals folded) and their counts. */
  readonly terms: ReadonlyMap<string, number>;
  /**
   * Name words and their counts: capitalised words that are not merely sentence-initial. Two
   * reports of one event name the same people and places; two similar events rarely do.
   */
  readonly names: ReadonlyMap<string, number>;
  /** Numbers of two or more digits (grouping removed): tolls, ages, sums, years. */
  readonly numbers: ReadonlySet<string>;
}

// Numbers keep their grouping until normalised; initialisms keep their dots (U.S., U.N.);
// words may carry inner apostrophes and hyphens (O'Brien, Lohan's, Al-Shabaab); sentence ends
// and colons reset "sentence-initial".
const TOKEN =
  /\p{N}+(?:[.,]\p{N}+)*|\p{Lu}(?:\.\p{Lu})+\.?|\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*|[.!?:;]/gu;
const INITIALISM = /^\p{Lu}(?:\.\p{Lu})+\.?$/u;
const POSSESSIVE = /['’]s$/u;
const APOSTROPHE = /['’]/gu;
const GROUPED_NUMBER = /^\d{1,3}(?:[.,]\d{3})+$/u;
const UPPER_INITIAL = /^\p{Lu}/u;

// A full stop after these (or after a single letter, as in "John F. Kennedy") ends an
// abbreviation, not a sentence, so the name that follows is not sentence-initial.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm st mt ft jr sr rev hon pres supt
insp det no vs inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/u),
);

function addCount(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Folds the commonest English plural forms so "strikes" and "strike" count as one term. */
export function foldPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/u.test(word)) {
    return word.slice(0, -1);
  }
  return word;
}

function isAbbreviation(word: string): boolean {
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

function normaliseNumber(token: string): string {
  return GROUPED_NUMBER.test(token) ? token.replace(/[.,]/gu, '') : token;
}

/**
 * Story features of an article's text (headline and paragraphs, one per line). A capitalised
 * word at the start of a sentence counts as a name only if the article also capitalises it
 * mid-sentence, so "Police said…" does not make "police" a name.
 */
export function extractStoryFeatures(text: string | readonly string[]): StoryFeatures {
  const lines = typeof text === 'string' ? text.split(/\n+/u) : text;
  const terms = new Map<string, number>();
  const midSentenceNames = new Map<string, number>();
  const initialCapitals: string[] = [];
  const numbers = new Set<string>();
  for (const line of lines) {
    let sentenceStart = true;
    let previous = '';
    for (const [token] of foldAccents(line).matchAll(TOKEN)) {
      const after = previous;
      previous = token;
      if (/^[.!?:;]$/u.test(token)) {
        const abbreviation = token === '.' && isAbbreviation(after);
        if (token !== ';' && !abbreviation) sentenceStart = true;
        continue;
      }
      if (INITIALISM.test(token)) {
        // "U.S." and "U.N." name things; their dots keep them apart from "us" and "un".
        const initialism = token.toLowerCase().replace(/\.?$/u, '.');
        addCount(terms, initialism);
        addCount(midSentenceNames, initialism);
        sentenceStart = false;
        continue;
      }
      if (/^\p{N}/u.test(token)) {
        const digits = normaliseNumber(token);
        if (digits.replace(/\D/gu, '').length >= 2) numbers.add(digits);
        sentenceStart = false;
        continue;
      }
      const word = token.toLowerCase().replace(POSSESSIVE, '').replace(APOSTROPHE, '');
      const initial = sentenceStart;
      sentenceStart = false;
      if (word.length < 2 || ENGLISH_STOPWORDS.has(word)) continue;
      for (const part of word.split('-')) {
        if (part.length >= 2 && !ENGLISH_STOPWORDS.has(part)) addCount(terms, foldPlural(part));
      }
      if (!UPPER_INITIAL.test(token) || CALENDAR_WORDS.has(word)) continue;
      if (initial) initialCapitals.push(word);
      else addCount(midSentenceNames, word);
    }
  }
  const names = new Map(midSentenceNames);
  for (const word of initialCapitals) {
    if (midSentenceNames.has(word)) addCount(names, word);
  }
  return { terms, names, numbers };
}

/**
 * The keys whose document frequencies weight these features: `t:` terms, `n:` names. A store
 * of document frequencies counts each key once per article.
 */
export function storyFeatureKeys(features: StoryFeatures): string[] {
  return [
    ...[...features.terms.keys()].map((term) => `t:${term}`),
    ...[...features.names.keys()].map((name) => `n:${name}`),
  ];
}
