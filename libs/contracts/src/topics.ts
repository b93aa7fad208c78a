/** A Kafka topic as Newsflow declares it; the local scripts and the chart create exactly these. */
export interface TopicDefinition {
  readonly name: string;
  readonly partitions: number;
  /** How long the broker keeps messages, in milliseconds. */
  readonly retentionMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function topic(name: string, partitions: number, retentionDays: number): TopicDefinition {
  return { name, partitions, retentionMs: retentionDays * DAY_MS };
}

export const TOPICS = {
  articleIngestedV1: topic('news.article.ingested.v1', 6, 7),
  articleDeduplicatedV1: topic('news.article.deduplicated.v1', 6, 7),
  articleTaggedV1: topic('news.article.tagged.v1', 6, 7),
  articlePublishedV1: topic('news.article.published.v1', 6, 30),
  // Keyed by story id; kept as long as published articles so consumers can replay merges.
  storyUpdatedV1: topic('news.story.updated.v1', 6, 30),
} as const;

export type TopicKey = keyof typeof TOPICS;

/** Dead letters are kept longer than their source so an operator has time to look. */
const DLQ_RETENTION_DAYS = 30;

export function dlqTopicName(topicName: string): string {
  return `${topicName}.dlq`;
}

export function dlqTwin(definition: TopicDefinition): TopicDefinition {
  return topic(dlqTopicName(definition.name), 1, DLQ_RETENTION_DAYS);
}

/** Every topic the pipeline needs, each followed by its `.dlq` twin, optionally under a prefix. */
export function allTopicDefinitions(prefix = ''): TopicDefinition[] {
  return Object.values(TOPICS)
    .flatMap((definition) => [definition, dlqTwin(definition)])
    .map((definition) => ({ ...definition, name: prefix + definition.name }));
}
