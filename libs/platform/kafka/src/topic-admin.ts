import type { TopicDefinition } from '@newsflow/contracts';
import type { Kafka } from 'kafkajs';

export interface EnsureTopicsResult {
  readonly created: string[];
  readonly existing: string[];
}

/** Creates the topics that are missing; leaves existing ones alone. Safe to run any number of times. */
export async function ensureTopics(
  kafka: Kafka,
  definitions: readonly TopicDefinition[],
): Promise<EnsureTopicsResult> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const present = new Set(await admin.listTopics());
    const missing = definitions.filter((definition) => !present.has(definition.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((definition) => ({
          topic: definition.name,
          numPartitions: definition.partitions,
          replicationFactor: -1,
          configEntries: [{ name: 'retention.ms', value: String(definition.retentionMs) }],
        })),
      });
    }
    return {
      created: missing.map((definition) => definition.name),
      existing: definitions.filter((definition) => present.has(definition.name)).map((d) => d.name),
    };
  } finally {
    await admin.disconnect();
  }
}
