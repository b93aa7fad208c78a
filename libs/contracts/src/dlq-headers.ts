/** Headers on every dead-lettered message: why it failed, where it came from, how often it was tried. */
export const DLQ_HEADERS = {
  reason: 'x-dlq-reason',
  errorKind: 'x-dlq-error-kind',
  sourceTopic: 'x-dlq-source-topic',
  sourcePartition: 'x-dlq-source-partition',
  sourceOffset: 'x-dlq-source-offset',
  attempts: 'x-dlq-attempts',
  consumerGroup: 'x-dlq-consumer-group',
  failedAt: 'x-dlq-failed-at',
} as const;

/** `invalid`: the message can never be handled (bad JSON, fails its schema). `failed`: handling kept failing. */
export type DeadLetterKind = 'invalid' | 'failed';
