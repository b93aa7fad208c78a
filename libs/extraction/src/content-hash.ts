import { createHash } from 'node:crypto';

const PUNCTUATION = /\p{P}/gu;
// Soft hyphens, zero-width spaces and joiners differ between scrapes of the same words.
const INVISIBLE_FORMAT = /\p{Cf}/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * The text reduced to its words: equal results mean the same words in the same order, whatever
 * the quotes, dashes, Unicode compatibility forms, case or spacing a source used.
 */
export function normaliseForHash(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(INVISIBLE_FORMAT, '')
      .toLowerCase()
      // Punctuation becomes a space, not nothing, so "end.Next" and "end. Next" agree.
      .replace(PUNCTUATION, ' ')
      .replace(WHITESPACE_RUN, ' ')
      .trim()
  );
}

/** sha256 (hex) of {@link normaliseForHash}; the article contract's `contentHash`. */
export function computeContentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}
