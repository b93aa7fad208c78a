import { DLQ_HEADERS, dlqTopicName, type DeadLetterKind } from '@newsflow/contracts';
import type { IHeaders, Message } from 'kafkajs';

export interface DeadLetterSource {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers?: IHeaders;
}

export interface DeadLetterReason {
  readonly kind: DeadLetterKind;
  readonly reason: string;
  readonly attempts: number;
  readonly consumerGroup: string;
  readonly failedAt: Date;
}

/**
 * The dead-letter copy of a message: original key, value and headers untouched (so it can be
 * replayed as it was), plus headers saying why, from where and after how many tries.
 */
export function buildDeadLetter(
  source: DeadLetterSource,
  why: DeadLetterReason,
): { topic: string; message: Message } {
  return {
    topic: dlqTopicName(source.topic),
    message: {
      key: source.key,
      value: source.value,
      headers: {
        ...source.headers,
        [DLQ_HEADERS.reason]: why.reason.slice(0, 2000),
        [DLQ_HEADERS.errorKind]: why.kind,
        [DLQ_HEADERS.sourceTopic]: source.topic,
        [DLQ_HEADERS.sourcePartition]: String(source.partition),
        [DLQ_HEADERS.sourceOffset]: source.offset,
        [DLQ_HEADERS.attempts]: String(why.attempts),
        [DLQ_HEADERS.consumerGroup]: why.consumerGroup,
        [DLQ_HEADERS.failedAt]: why.failedAt.toISOString(),
      },
    },
  };
}
