import { z } from 'zod';
import { dedupVerdictSchema, extractedArticleSchema } from '../article.schema';
import { envelopeSchema } from '../envelope';

/** deduplication → entity-tagging: an article that is not an exact repeat, with the verdict. */
export const articleDeduplicatedV1PayloadSchema = z.object({
  article: extractedArticleSchema,
  dedup: dedupVerdictSchema,
});

export const articleDeduplicatedV1Schema = envelopeSchema(
  'news.article.deduplicated',
  1,
  articleDeduplicatedV1PayloadSchema,
);

export type ArticleDeduplicatedV1 = z.infer<typeof articleDeduplicatedV1Schema>;
export type ArticleDeduplicatedV1Payload = ArticleDeduplicatedV1['payload'];
