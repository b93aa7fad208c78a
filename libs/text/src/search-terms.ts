// Common English function words: indexing them would make every article match and bloat the index.
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or ' +
    'our she that the their them they this to was we were which who will with you'
  ).split(' '),
);

const MAX_TERMS = 3000;

/**
 * The indexable form of a text for word search (the store has no text index): distinct
 * lower-cased, accent-folded words, stop words and single characters dropped. Queries fold their
 * words the same way and require all of them (`$all` on a multikey index).
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    terms.add(word);
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms];
}
