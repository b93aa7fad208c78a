import { randomUUID } from 'node:crypto';
import type { EventChannel } from '@newsflow/contracts';
import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { z } from 'zod';

export interface PublishRequest<P> {
  /** Partition key: the article id. */
  readonly key: string;
  readonly payload: P;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** Deterministic id where a redelivery must yield the same event; random otherwise. */
  readonly id?: string;
}

type PayloadOf<S extends z.ZodType> = z.infer<S> extends { payload: infer P } ? P : never;

/**
 * Produces validated envelopes with an idempotent producer. Sends are serialised: kafkajs'
 * idempotent producer is only safe with one request in flight.
 */
export class EventProducer {
  private readonly producer: Producer;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    kafka: Kafka,
    private readonly serviceName: string,
    /** KAFKA_TOPIC_PREFIX: prepended to every channel's topic name. */
    private readonly topicPrefix: string,
    private readonly onPublished: (topic: string, count: number) => void = () => undefined,
  ) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      // kafkajs' own default for idempotent producers: a send that gave up part-way would leave
      // the broker's sequence numbers ahead of ours. While the broker is away, sends (and so the
      // handlers awaiting them) wait instead of failing; redelivery after a restart is harmless
      // because every consumer is idempotent.
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 30_000 },
    });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  /** Waits for sends in flight, but not beyond `drainMs`: a broker outage must not block shutdown. */
  async disconnect(drainMs = 10_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, drainMs);
    });
    await Promise.race([this.queue.catch(() => undefined), deadline]);
    clearTimeout(timer);
    await this.producer.disconnect();
  }

  /** Validates against the channel's contract (a bug here must not reach subscribers), then sends. */
  async publish<S extends z.ZodType>(
    channel: EventChannel<S>,
    request: PublishRequest<PayloadOf<S>>,
  ): Promise<string> {
    const envelope = {
      id: request.id ?? randomUUID(),
      type: channel.type,
      version: channel.version,
      occurredAt: new Date().toISOString(),
      source: this.serviceName,
      correlationId: request.correlationId,
      causationId: request.causationId,
      key: request.key,
      payload: request.payload,
    };
    channel.schema.parse(envelope);
    await this.send(this.topicPrefix + channel.topic.name, [
      {
        key: request.key,
        value: JSON.stringify(envelope),
        headers: {
          'content-type': 'application/json',
          'x-event-type': channel.type,
          'x-event-version': String(channel.version),
          'x-event-id': envelope.id,
        },
      },
    ]);
    return envelope.id;
  }

  /** Sends prepared messages (dead letters, replays) exactly as given. */
  send(topic: string, messages: Message[]): Promise<void> {
    const next = this.queue.then(async () => {
      await this.producer.send({ topic, messages, acks: -1 });
      this.onPublished(topic, messages.length);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
