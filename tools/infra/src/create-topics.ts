// Creates every topic declared in libs/contracts (with its .dlq twin) on KAFKA_BROKERS.
// Idempotent; retries while a freshly started broker is still electing its controller.
import { allTopicDefinitions } from '@newsflow/contracts';
import { createKafkaClient, ensureTopics } from '@newsflow/platform-kafka';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((b) => b.trim());
const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function main(): Promise<void> {
  const kafka = createKafkaClient({ brokers, clientId: 'newsflow-infra' }, quiet);
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const result = await ensureTopics(kafka, allTopicDefinitions(prefix));
      console.error(
        `[infra] topics: ${result.created.length} created, ${result.existing.length} already there (${brokers.join(',')})`,
      );
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

main().catch((error: unknown) => {
  console.error('[infra] could not create topics:', error);
  process.exit(1);
});
