import {
  CHANNELS,
  DLQ_HEADERS,
  dlqTwin,
  envelopeBaseSchema,
  type EventChannel,
} from '@newsflow/contracts';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const generated: JsonSchema = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' });
  // AsyncAPI embeds schemas; a nested $schema keyword would be noise there.
  delete generated.$schema;
  return generated;
}

function messageName(channel: EventChannel<z.ZodType>): string {
  return `${channel.type}.v${channel.version}`.replace(/\./g, '-');
}

const eventHeaders = {
  type: 'object',
  properties: {
    'content-type': { type: 'string', const: 'application/json' },
    'x-event-type': { type: 'string', description: 'Envelope `type`' },
    'x-event-version': { type: 'string', description: 'Envelope `version`' },
    'x-event-id': { type: 'string', description: 'Envelope `id`; drop redelivered copies by it' },
  },
};

const deadLetterHeaders = {
  type: 'object',
  properties: {
    [DLQ_HEADERS.reason]: { type: 'string', description: 'Why the message could not be handled' },
    [DLQ_HEADERS.errorKind]: { type: 'string', enum: ['invalid', 'failed'] },
    [DLQ_HEADERS.sourceTopic]: { type: 'string' },
    [DLQ_HEADERS.sourcePartition]: { type: 'string' },
    [DLQ_HEADERS.sourceOffset]: { type: 'string' },
    [DLQ_HEADERS.attempts]: {
      type: 'string',
      description: 'Handling attempts made (0: never valid)',
    },
    [DLQ_HEADERS.consumerGroup]: { type: 'string' },
    [DLQ_HEADERS.failedAt]: { type: 'string', format: 'date-time' },
  },
  required: Object.values(DLQ_HEADERS),
};

/**
 * The AsyncAPI 3 description of every Newsflow topic, built from libs/contracts — the zod
 * schemas are the source, this document is derived (`npm run docs:asyncapi` writes it).
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { Envelope: jsonSchema(envelopeBaseSchema) };

  for (const channel of Object.values(CHANNELS) as EventChannel<z.ZodType>[]) {
    const name = messageName(channel);
    const dlq = dlqTwin(channel.topic);
    schemas[name] = jsonSchema(channel.schema);
    messages[name] = {
      name,
      title: `${channel.type} v${channel.version}`,
      contentType: 'application/json',
      headers: eventHeaders,
      payload: { $ref: `#/components/schemas/${name}` },
      bindings: {
        kafka: {
          key: {
            type: 'string',
            description: channel.type.startsWith('news.story.') ? 'The story id' : 'The article id',
          },
          bindingVersion: '0.5.0',
        },
      },
    };
    messages[`${name}-dead-letter`] = {
      name: `${name}-dead-letter`,
      title: `${channel.type} v${channel.version} dead letter`,
      summary: 'The original message, untouched (it may not be valid), with the reason in headers.',
      headers: deadLetterHeaders,
      payload: {},
    };
    channels[name] = {
      address: channel.topic.name,
      description: `Partitions: ${channel.topic.partitions}; retention: ${channel.topic.retentionMs / 86_400_000} days.`,
      messages: { [name]: { $ref: `#/components/messages/${name}` } },
      bindings: {
        kafka: {
          topic: channel.topic.name,
          partitions: channel.topic.partitions,
          bindingVersion: '0.5.0',
        },
      },
    };
    channels[`${name}-dlq`] = {
      address: dlq.name,
      description: `Dead letters of ${channel.topic.name}. Retention: ${dlq.retentionMs / 86_400_000} days.`,
      messages: { [`${name}-dead-letter`]: { $ref: `#/components/messages/${name}-dead-letter` } },
    };
    operations[`receive-${name}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${name}` },
      messages: [{ $ref: `#/channels/${name}/messages/${name}` }],
    };
  }

  // One topic per subscription, same message as news.article.published.v1 (see libs/subscriptions).
  channels['news-subscription'] = {
    address: 'news.subscription.{subscriptionId}.v1',
    description:
      'Created with each subscription (POST /v1/subscriptions on read-api); carries exactly the published ' +
      'articles that match its filter. Partitions: 3; retention: 7 days.',
    parameters: {
      subscriptionId: { description: 'sub_ + 16 hex, as returned when the subscription was made' },
    },
    messages: {
      'news-article-published-v1': { $ref: '#/components/messages/news-article-published-v1' },
    },
  };
  operations['receive-news-subscription'] = {
    action: 'receive',
    channel: { $ref: '#/channels/news-subscription' },
    messages: [{ $ref: '#/channels/news-subscription/messages/news-article-published-v1' }],
  };

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Newsflow events',
      version: '1.0.0',
      description:
        'Every topic of the Newsflow pipeline. Keys are article ids; values are UTF-8 JSON envelopes. ' +
        'Set KAFKA_TOPIC_PREFIX to prepend a prefix to every address.',
      license: { name: 'Apache-2.0' },
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'npm run infra:up' },
    },
    channels,
    operations,
    components: { schemas, messages },
  };
}
