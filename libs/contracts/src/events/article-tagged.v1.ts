import { z } from 'zod';
import { articleTagsSchema, dedupVerdictSchema, extractedArticleSchema } from '../article.schema';
import { envelopeSchema } from '../envelope';

/** entity-tagging → publishing: the article with its entities and language. */
export const articleTaggedV1PayloadSchema = z.object({
  article: extractedArticleSchema,
  dedup: dedupVerdictSchema,
  tags: articleTagsSchema,
});

export const articleTaggedV1Schema = envelopeSchema(
  'news.article.tagged',
  1,
  articleTaggedV1PayloadSchema,
);

export type ArticleTaggedV1 = z.infer<typeof articleTaggedV1Schema>;
export type ArticleTaggedV1Payload = ArticleTaggedV1['payload'];
