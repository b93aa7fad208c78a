import { ACRONYM_STOPWORDS } from './name-lexicon.constants';
import { isAcronym, nameTokens } from './name-text.util';

/**
 * Whether `acronym` abbreviates `expansion`: each significant word gives the next one or more
 * letters, in order, and every letter is used ("ECOWAS" ← "Economic COmmunity of West African
 * States", "UN" ← "United Nations"). Small words such as "of" may give a letter or none.
 */
export function matchesAcronym(acronym: string, expansion: string): boolean {
  if (!isAcronym(acronym)) return false;
  const letters = acronym.replace(/\./g, '').toUpperCase();
  const words = nameTokens(expansion.replace(/-/g, ' ')).map((token) => token.text);
  if (words.length < 2) return false;
  return consume(letters, 0, words, 0);
}

function consume(letters: string, at: number, words: readonly string[], index: number): boolean {
  const word = words[index];
  if (word === undefined) return at === letters.length;
  const optional = ACRONYM_STOPWORDS.has(word.toLowerCase());
  if (optional && consume(letters, at, words, index + 1)) return true;
  const upper = word.toUpperCase();
  for (let take = 1; take <= upper.length && at + take <= letters.length; take += 1) {
    if (upper[take - 1] !== letters[at + take - 1]) break;
    if (consume(letters, at + take, words, index + 1)) return true;
  }
  return false;
}
