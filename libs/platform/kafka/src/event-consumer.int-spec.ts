import { randomUUID } from 'node:crypto';
import { allTopicDefinitions, CHANNELS, DLQ_HEADERS } from '@newsflow/contracts';
import { anIngestedEvent, anExtractedArticle } from '@newsflow/testing';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { EventConsumer, type MessageOutcome } from './event-consumer';
import { EventProducer } from './event-producer';
import { createKafkaClient } from './kafka-client.factory';
import { PermanentHandlerError } from './retry-policy';
import { ensureTopics } from './topic-admin';

// Runs against the real local broker (npm run infra:up); every test run uses its own topics.
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('EventConsumer against a real broker', () => {
  const prefix = `it-${randomUUID().slice(0, 8)}.`;
  const topic = prefix + CHANNELS.articleIngestedV1.topic.name;
  let kafka: Kafka;
  let producer: EventProducer;

  beforeAll(async () => {
    kafka = createKafkaClient({ brokers, clientId: 'int-test' }, quiet);
    const created = await ensureTopics(kafka, allTopicDefinitions(prefix));
    expect(created.created).toContain(topic);
    const again = await ensureTopics(kafka, allTopicDefinitions(prefix));
    expect(again.created).toEqual([]);
    producer = new EventProducer(kafka, 'int-test', prefix);
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: allTopicDefinitions(prefix).map((t) => t.name) });
    await admin.disconnect();
  });

  async function readAll(topicName: string, count: number): Promise<KafkaMessage[]> {
    const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: topicName, fromBeginning: true });
    const messages: KafkaMessage[] = [];
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: ({ message }) => {
          messages.push(message);
          if (messages.length >= count) resolve();
          return Promise.resolve();
        },
      });
    });
    await consumer.disconnect();
    return messages;
  }

  it('dead-letters malformed and failing messages with reasons, and the partition keeps flowing', async () => {
    const handled: string[] = [];
    const outcomes: MessageOutcome[] = [];
    const good = anIngestedEvent(anExtractedArticle({ articleId: 'art_good' }));
    const failing = anIngestedEvent(anExtractedArticle({ articleId: 'art_fails' }));
    const flaky = anIngestedEvent(anExtractedArticle({ articleId: 'art_flaky' }));
    let flakyAttempts = 0;
    const key = 'same-partition';
    // Same key: all on one partition, so the good one after the bad ones proves it keeps flowing.
    await producer.send(topic, [
      { key, value: '{not json' },
      {
        key,
        value: JSON.stringify({ ...good, payload: { ...good.payload, contentHash: 'nope' } }),
      },
      { key, value: JSON.stringify(failing) },
      { key, value: JSON.stringify(flaky) },
      { key, value: JSON.stringify(good) },
    ]);
    const consumer = new EventConsumer(
      kafka,
      CHANNELS.articleIngestedV1,
      (event) => {
        if (event.payload.articleId === 'art_fails')
          throw new PermanentHandlerError('rule says no');
        if (event.payload.articleId === 'art_flaky' && ++flakyAttempts < 3)
          throw new Error('store hiccup');
        handled.push(event.payload.articleId);
        return Promise.resolve();
      },
      { groupId: `g-${randomUUID()}`, topicPrefix: prefix, maxAttempts: 4, retryBaseMs: 10 },
      producer,
      quiet,
      { handled: (_t, outcome) => outcomes.push(outcome) },
    );
    await consumer.start();
    const deadline = Date.now() + 30_000;
    while (outcomes.length < 5 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    await consumer.stop();

    expect(handled).toEqual(['art_flaky', 'art_good']);
    expect(outcomes).toEqual(['invalid', 'invalid', 'dead_lettered', 'retried', 'ok']);
    const letters = await readAll(`${topic}.dlq`, 3);
    const headers = letters.map((m) =>
      Object.fromEntries(Object.entries(m.headers ?? {}).map(([k, v]) => [k, String(v)])),
    );
    expect(headers[0]).toMatchObject({
      [DLQ_HEADERS.errorKind]: 'invalid',
      [DLQ_HEADERS.sourceTopic]: topic,
      [DLQ_HEADERS.attempts]: '0',
    });
    expect(headers[0]?.[DLQ_HEADERS.reason]).toContain('not JSON');
    expect(headers[1]?.[DLQ_HEADERS.reason]).toContain('contentHash');
    expect(headers[2]).toMatchObject({
      [DLQ_HEADERS.errorKind]: 'failed',
      [DLQ_HEADERS.attempts]: '1',
    });
    expect(headers[2]?.[DLQ_HEADERS.reason]).toContain('rule says no');
    expect(letters[0]?.value?.toString()).toBe('{not json');
    expect(Number(headers[1]?.[DLQ_HEADERS.sourceOffset])).toBe(
      Number(headers[0]?.[DLQ_HEADERS.sourceOffset]) + 1,
    );
  });

  it('publishes validated envelopes and refuses ones that break the contract', async () => {
    const article = anExtractedArticle({ articleId: 'art_pub' });
    await expect(
      producer.publish(CHANNELS.articleIngestedV1, {
        key: 'art_pub',
        payload: article,
        correlationId: 'c',
        causationId: null,
        id: 'fixed-id',
      }),
    ).resolves.toBe('fixed-id');
    await expect(
      producer.publish(CHANNELS.articleIngestedV1, {
        key: 'x',
        payload: { ...article, paragraphs: [] },
        correlationId: 'c',
        causationId: null,
      }),
    ).rejects.toThrow();
  });
});
