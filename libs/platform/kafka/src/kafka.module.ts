import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { EventChannel } from '@newsflow/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@newsflow/platform-config';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import type { Admin, Kafka } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import type { z } from 'zod';
import { EventConsumer, type EventHandler } from './event-consumer';
import type { EventLog } from './event-log';
import { EventProducer } from './event-producer';
import { createKafkaClient } from './kafka-client.factory';

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const KAFKA_LOG = Symbol('KAFKA_LOG');

/** Starts consumers for a service's handlers and stops them first at shutdown. */
@Injectable()
export class KafkaConsumers {
  private readonly consumers: EventConsumer<z.ZodType>[] = [];

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(KAFKA_LOG) private readonly log: EventLog,
    private readonly producer: EventProducer,
    private readonly metrics: PipelineMetrics,
  ) {}

  async consume<S extends z.ZodType>(
    channel: EventChannel<S>,
    groupId: string,
    handler: EventHandler<S>,
  ): Promise<void> {
    const consumer = new EventConsumer(
      this.kafka,
      channel,
      handler,
      {
        // Environments that share a cluster through a topic prefix must not share consumer groups
        // either: one group subscribed to different topics gets partitions no member can read.
        groupId: this.config.kafka.topicPrefix + groupId,
        topicPrefix: this.config.kafka.topicPrefix,
        maxAttempts: this.config.kafka.maxAttempts,
        retryBaseMs: this.config.kafka.retryBaseMs,
        partitionsConcurrency: this.config.kafka.partitionsConcurrency,
      },
      this.producer,
      this.log,
      {
        handled: (topic, outcome, seconds) => {
          this.metrics.messagesHandled.inc({ topic, outcome });
          this.metrics.handleDuration.observe({ topic }, seconds);
        },
      },
    );
    this.consumers.push(consumer);
    await consumer.start();
  }

  /** The first consumer that stopped for good, if any: readiness reports it. */
  failure(): Error | null {
    return (
      this.consumers.map((consumer) => consumer.failure).find((failure) => failure !== null) ?? null
    );
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    this.consumers.length = 0;
  }
}

/**
 * Connects the producer at start-up. At shutdown, consumers stop in the "before" phase — they
 * finish in-flight messages while the producer and the store are still open — and the producer
 * disconnects in the last phase.
 */
@Injectable()
export class KafkaLifecycle
  implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown
{
  private admin: Admin | null = null;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly producer: EventProducer,
    private readonly consumers: KafkaConsumers,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }

  /** Readiness: the cluster answers and no consumer has crashed for good. */
  async probe(): Promise<void> {
    const failure = this.consumers.failure();
    if (failure) throw new Error(`consumer stopped: ${failure.message}`);
    if (!this.admin) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    await this.admin.describeCluster();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumers.stopAll();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
    await this.admin?.disconnect();
  }
}

@Module({})
export class KafkaModule {
  static forRoot(): DynamicModule {
    return {
      module: KafkaModule,
      global: true,
      providers: [
        {
          provide: KAFKA_LOG,
          // The service's root pino logger (set up by LoggingModule): one destination, one format.
          inject: [PinoLogger],
          useFactory: (logger: PinoLogger): EventLog => logger.logger,
        },
        {
          provide: KAFKA_CLIENT,
          inject: [PLATFORM_CONFIG, KAFKA_LOG],
          useFactory: (config: PlatformConfig, log: EventLog): Kafka =>
            createKafkaClient(
              { brokers: config.kafka.brokers, clientId: config.kafka.clientId },
              log,
            ),
        },
        {
          provide: EventProducer,
          inject: [KAFKA_CLIENT, PLATFORM_CONFIG, PipelineMetrics],
          useFactory: (kafka: Kafka, config: PlatformConfig, metrics: PipelineMetrics) =>
            new EventProducer(
              kafka,
              config.serviceName,
              config.kafka.topicPrefix,
              (topic, count) => {
                metrics.eventsPublished.inc({ topic }, count);
              },
            ),
        },
        KafkaConsumers,
        KafkaLifecycle,
      ],
      exports: [KAFKA_CLIENT, KAFKA_LOG, EventProducer, KafkaConsumers, KafkaLifecycle],
    };
  }
}
