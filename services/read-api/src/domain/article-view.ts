import type { ArticleDocument } from '@newsflow/contracts';

/** The public JSON shape of an article: the stored document without store-internal fields. */
export function toArticleView(doc: ArticleDocument) {
  return {
    id: doc._id,
    version: doc.version,
    title: doc.title,
    byline: doc.byline,
    url: doc.url,
    canonicalUrl: doc.canonicalUrl,
    source: { id: doc.sourceId, name: doc.sourceName },
    publishedAt: doc.publishedAt?.toISOString() ?? null,
    ingestedAt: doc.ingestedAt.toISOString(),
    language: doc.language,
    credit: doc.credit,
    paragraphs: doc.paragraphs,
    text: doc.text,
    entities: doc.entities,
    dedup: doc.dedup,
    tagger: doc.tagger,
    provenance: doc.provenance,
    origin: doc.origin,
    feedUrl: doc.feedUrl,
  };
}

export type ArticleView = ReturnType<typeof toArticleView>;
