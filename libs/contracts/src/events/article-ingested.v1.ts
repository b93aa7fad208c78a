import type { z } from 'zod';
import { extractedArticleSchema } from '../article.schema';
import { envelopeSchema } from '../envelope';

/** feed-ingestion → deduplication: one clean article, as extracted. */
export const articleIngestedV1Schema = envelopeSchema(
  'news.article.ingested',
  1,
  extractedArticleSchema,
);

export type ArticleIngestedV1 = z.infer<typeof articleIngestedV1Schema>;
export type ArticleIngestedV1Payload = ArticleIngestedV1['payload'];
