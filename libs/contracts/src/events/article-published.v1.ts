import { z } from 'zod';
import { articleTagsSchema, dedupVerdictSchema, extractedArticleSchema } from '../article.schema';
import { envelopeSchema } from '../envelope';

/**
 * publishing → subscribers: the stored article. The event id is `<articleId>@v<version>`,
 * so a consumer can drop a redelivered copy by id alone.
 */
export const articlePublishedV1PayloadSchema = z.object({
  articleId: z.string().min(1),
  /** 1 for a new article; higher for a revision of the same id. */
  version: z.number().int().positive(),
  article: extractedArticleSchema,
  dedup: dedupVerdictSchema,
  tags: articleTagsSchema,
  publishedAt: z.iso.datetime(),
  /**
   * The article as an IPTC ninjs 3.1 item, validated by publishing against the official schema
   * (kept in libs/ninjs). Only its required `uri` is re-checked here.
   */
  ninjs: z.looseObject({ uri: z.string().min(1) }),
});

export const articlePublishedV1Schema = envelopeSchema(
  'news.article.published',
  1,
  articlePublishedV1PayloadSchema,
);

export type ArticlePublishedV1 = z.infer<typeof articlePublishedV1Schema>;
export type ArticlePublishedV1Payload = ArticlePublishedV1['payload'];
