import { DLQ_HEADERS } from '@newsflow/contracts';
import { buildDeadLetter } from './dead-letter';

describe('buildDeadLetter', () => {
  it('keeps the original message and says why, from where and after how many tries', () => {
    const { topic, message } = buildDeadLetter(
      {
        topic: 'news.article.ingested.v1',
        partition: 2,
        offset: '17',
        key: Buffer.from('k'),
        value: Buffer.from('v'),
        headers: { a: 'b' },
      },
      {
        kind: 'failed',
        reason: 'Error: store down',
        attempts: 5,
        consumerGroup: 'g',
        failedAt: new Date(0),
      },
    );
    expect(topic).toBe('news.article.ingested.v1.dlq');
    expect(message.key?.toString()).toBe('k');
    expect(message.value?.toString()).toBe('v');
    expect(message.headers).toMatchObject({
      a: 'b',
      [DLQ_HEADERS.reason]: 'Error: store down',
      [DLQ_HEADERS.errorKind]: 'failed',
      [DLQ_HEADERS.sourceTopic]: 'news.article.ingested.v1',
      [DLQ_HEADERS.sourcePartition]: '2',
      [DLQ_HEADERS.sourceOffset]: '17',
      [DLQ_HEADERS.attempts]: '5',
      [DLQ_HEADERS.failedAt]: '1970-01-01T00:00:00.000Z',
    });
  });
});
