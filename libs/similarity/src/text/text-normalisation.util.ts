// Copies of one wire story differ in typography as much as in words: curly vs straight quotes,
// accented vs plain letters, "U.S." vs "US", links pasted inline. Normalising these away before
// shingling keeps such copies identical at the word level.

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const INNER_APOSTROPHE = /(?<=\p{L})['’‘`´](?=\p{L})/gu;
const INNER_DOT = /(?<=\b\p{L})\.(?=\p{L}\b)/gu;
const DIGIT_GROUP = /(?<=\d)[,.\u00a0\u202f ](?=\d{3}\b)/gu;
const WORD = /[\p{L}\p{N}]+/gu;
// Most news copy is ASCII; skipping Unicode decomposition for it halves the cost.
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/u;

/** Accents removed, case kept ("São Tomé" → "Sao Tome"); ASCII text is returned as is. */
export function foldAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING_MARKS, '') : text;
}

/**
 * Lower-cased, accent-folded text with links and e-mail addresses removed, in-word apostrophes
 * and initialism dots dropped ("O'Brien" → "obrien", "U.S." → "us") and digit grouping removed
 * ("30,000" → "30000").
 */
export function normaliseText(text: string): string {
  const folded = foldAccents(text);
  // The link and address patterns are the costliest; most paragraphs contain neither.
  const withoutLinks = folded.includes('@') ? folded.replace(EMAIL, ' ') : folded;
  const withoutUrls = /https?:|www\./iu.test(withoutLinks)
    ? withoutLinks.replace(URL, ' ')
    : withoutLinks;
  return withoutUrls
    .replace(INNER_APOSTROPHE, '')
    .replace(INNER_DOT, '')
    .replace(DIGIT_GROUP, '')
    .toLowerCase();
}

/** The words of normalised text: maximal runs of letters and digits. */
export function tokeniseWords(text: string): string[] {
  return normaliseText(text).match(WORD) ?? [];
}
