// Small text predicates shared by span clean-up, alias resolution and the vocabulary. Offsets are
// UTF-16 code units throughout, as JavaScript strings index them.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,5})$/u;

/** True when the code unit at `index` is a letter or digit (false outside the string). */
export function isWordCharAt(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && LETTER_OR_DIGIT.test(char);
}

/** True when [start, end) is not glued to a letter or digit on either side. */
export function isWordBounded(text: string, start: number, end: number): boolean {
  return !isWordCharAt(text, start - 1) && !isWordCharAt(text, end);
}

export function startsUpper(word: string): boolean {
  return UPPER_INITIAL.test(word);
}

/** A word that can be part of a proper name: capitalised, or an Arabic-style prefix ("al-Assad"). */
export function isNameWord(word: string): boolean {
  return UPPER_INITIAL.test(word) || /^[a-z]{1,3}-\p{Lu}/u.test(word);
}

/** `UN`, `NATO`, `U.N.`: two to six capitals, dotted or not. */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** Comparable form of a name: typographic quotes folded, diacritics and extra spaces removed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Word tokens of a name with their offsets relative to the name's own start. */
export function nameTokens(name: string): { text: string; start: number; end: number }[] {
  return [...name.matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Every word-bounded occurrence of `needle` in `text`, case-sensitive. */
export function findWordOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (isWordBounded(text, at, at + needle.length)) found.push(at);
  }
  return found;
}

/** Regex-safe literal. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
