import type { EventChannel } from '@newsflow/contracts';
import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import type { z } from 'zod';
import { buildDeadLetter } from './dead-letter';
import { decodeEvent } from './event-decoding';
import type { EventLog } from './event-log';
import type { EventProducer } from './event-producer';
import { PermanentHandlerError, retryDelayMs } from './retry-policy';

/** Where a message came from; handlers may log it, never need it for decisions. */
export interface MessageContext {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export type EventHandler<S extends z.ZodType> = (
  event: z.infer<S>,
  context: MessageContext,
) => Promise<void>;

export interface ConsumerOptions {
  readonly groupId: string;
  /** KAFKA_TOPIC_PREFIX: prepended to the channel's topic name. */
  readonly topicPrefix: string;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  /** Partitions handled at once (kafkajs `partitionsConsumedConcurrently`); order per partition holds. */
  readonly partitionsConcurrency?: number;
}

export type MessageOutcome = 'ok' | 'retried' | 'dead_lettered' | 'invalid';

export interface ConsumerObserver {
  handled(topic: string, outcome: MessageOutcome, seconds: number): void;
}

/**
 * Runs one handler over one channel with the platform's delivery rules: validate, retry with a
 * bound, dead-letter with the reason, and let kafkajs commit the offset only after the handler
 * (or the dead-letter send) has finished — so an effect is durable before its offset is.
 */
export class EventConsumer<S extends z.ZodType> {
  private readonly consumer: Consumer;
  private crashed: Error | null = null;

  constructor(
    kafka: Kafka,
    private readonly channel: EventChannel<S>,
    private readonly handler: EventHandler<S>,
    private readonly options: ConsumerOptions,
    private readonly producer: EventProducer,
    private readonly log: EventLog,
    private readonly observer: ConsumerObserver,
  ) {
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      allowAutoTopicCreation: false,
    });
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      if (!event.payload.restart) this.crashed = event.payload.error;
    });
  }

  /** Null while healthy; the error that stopped the consumer for good otherwise. */
  get failure(): Error | null {
    return this.crashed;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({
      topic: this.options.topicPrefix + this.channel.topic.name,
      fromBeginning: true,
    });
    await this.consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConcurrency ?? 1,
      eachMessage: (payload) => this.handle(payload),
    });
  }

  /** Waits for the in-flight message, commits resolved offsets and leaves the group. */
  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  private async handle(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    const started = process.hrtime.bigint();
    const context: MessageContext = { topic, partition, offset: message.offset };
    const decoded = decodeEvent(this.channel.schema, message.value);
    let outcome: MessageOutcome;
    let attempts = 0;
    let eventId: string | undefined;
    if (!decoded.ok) {
      await this.deadLetter(context, message, 'invalid', decoded.reason, 0);
      outcome = 'invalid';
    } else {
      eventId = (decoded.event as { id?: string }).id;
      let lastError: unknown;
      outcome = 'dead_lettered';
      while (attempts < this.options.maxAttempts) {
        attempts += 1;
        try {
          await this.handler(decoded.event, context);
          outcome = attempts === 1 ? 'ok' : 'retried';
          break;
        } catch (error) {
          lastError = error;
          if (error instanceof PermanentHandlerError) break;
          this.log.warn(
            { eventId, ...context, attempt: attempts, err: error },
            'handler failed, will retry',
          );
          if (attempts < this.options.maxAttempts) {
            await sleep(retryDelayMs(attempts, this.options.retryBaseMs));
            await payload.heartbeat();
          }
        }
      }
      if (outcome === 'dead_lettered') {
        const reason =
          lastError instanceof Error
            ? `${lastError.name}: ${lastError.message}`
            : String(lastError);
        await this.deadLetter(context, message, 'failed', reason, attempts);
      }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.observer.handled(topic, outcome, seconds);
    const fields = {
      eventId,
      key: message.key?.toString(),
      ...context,
      attempts,
      outcome,
      durationMs: Math.round(seconds * 1000),
    };
    if (outcome === 'ok' || outcome === 'retried') this.log.info(fields, 'message handled');
    else this.log.warn(fields, 'message dead-lettered');
  }

  private async deadLetter(
    context: MessageContext,
    message: EachMessagePayload['message'],
    kind: 'invalid' | 'failed',
    reason: string,
    attempts: number,
  ): Promise<void> {
    const { topic, message: letter } = buildDeadLetter(
      { ...context, key: message.key, value: message.value, headers: message.headers },
      { kind, reason, attempts, consumerGroup: this.options.groupId, failedAt: new Date() },
    );
    // If this send fails, the error propagates and kafkajs redelivers: a bad message is never skipped silently.
    await this.producer.send(topic, [letter]);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
