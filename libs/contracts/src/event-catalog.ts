import type { z } from 'zod';
import { articleDeduplicatedV1Schema } from './events/article-deduplicated.v1';
import { articleIngestedV1Schema } from './events/article-ingested.v1';
import { articlePublishedV1Schema } from './events/article-published.v1';
import { articleTaggedV1Schema } from './events/article-tagged.v1';
import { storyUpdatedV1Schema } from './events/story-updated.v1';
import { TOPICS, type TopicDefinition } from './topics';

/** Which event travels on which topic: the single source for producers and consumers. */
export interface EventChannel<S extends z.ZodType> {
  readonly topic: TopicDefinition;
  readonly type: string;
  readonly version: number;
  readonly schema: S;
}

function channel<S extends z.ZodType>(
  topic: TopicDefinition,
  type: string,
  version: number,
  schema: S,
): EventChannel<S> {
  return { topic, type, version, schema };
}

export const CHANNELS = {
  articleIngestedV1: channel(
    TOPICS.articleIngestedV1,
    'news.article.ingested',
    1,
    articleIngestedV1Schema,
  ),
  articleDeduplicatedV1: channel(
    TOPICS.articleDeduplicatedV1,
    'news.article.deduplicated',
    1,
    articleDeduplicatedV1Schema,
  ),
  articleTaggedV1: channel(TOPICS.articleTaggedV1, 'news.article.tagged', 1, articleTaggedV1Schema),
  articlePublishedV1: channel(
    TOPICS.articlePublishedV1,
    'news.article.published',
    1,
    articlePublishedV1Schema,
  ),
  storyUpdatedV1: channel(TOPICS.storyUpdatedV1, 'news.story.updated', 1, storyUpdatedV1Schema),
} as const;

export type ChannelPayload<C extends EventChannel<z.ZodType>> =
  z.infer<C['schema']> extends {
    payload: infer P;
  }
    ? P
    : never;
