import { createKafkaClient } from '@newsflow/platform-kafka';
import type { Kafka } from 'kafkajs';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A Kafka client on KAFKA_BROKERS (default: the local broker) that logs nothing. */
export function e2eKafka(clientId: string): Kafka {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  return createKafkaClient({ brokers, clientId }, quiet);
}

/** MONGODB_URI (default: the local store) with its database replaced: one database per run. */
export function e2eMongoUri(database: string): string {
  const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';
  return base.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
}
