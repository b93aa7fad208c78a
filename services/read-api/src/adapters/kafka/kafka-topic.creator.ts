import { Inject, Injectable } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@newsflow/platform-config';
import { ensureTopics, KAFKA_CLIENT } from '@newsflow/platform-kafka';
import type { Kafka } from 'kafkajs';
import type { TopicCreator } from '../../ports/subscription.store';

@Injectable()
export class KafkaTopicCreator implements TopicCreator {
  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async ensure(definition: {
    name: string;
    partitions: number;
    retentionMs: number;
  }): Promise<void> {
    await ensureTopics(this.kafka, [
      { ...definition, name: this.config.kafka.topicPrefix + definition.name },
    ]);
  }
}
