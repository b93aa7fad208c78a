import { createHash } from 'node:crypto';

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

/**
 * An article's stable id. From its canonical URL when it has one, so every copy fetched from
 * that URL is the same article; otherwise from the source and the words, so the same pushed
 * text from the same source is the same article.
 */
export function articleIdFor(input: {
  canonicalUrl: string | null;
  sourceId: string;
  contentHash: string;
}): string {
  return input.canonicalUrl
    ? `art_${digest(`url:${input.canonicalUrl}`)}`
    : `art_${digest(`push:${input.sourceId}:${input.contentHash}`)}`;
}
