import type { ArticlePublishedV1 } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import { verifyWebhookSignature } from '@newsflow/subscriptions';
import { aDedupVerdict, anExtractedArticle, someTags } from '@newsflow/testing';
import type { PublishingConfig } from '../config/publishing.config';
import type { ActiveSubscription } from '../ports/subscription.source';
import type { DeliveryLog, WebhookAttempt, WebhookSender } from '../ports/webhook.sender';
import { DeliverWebhooksUseCase } from './deliver-webhooks.use-case';

const article = anExtractedArticle();
const event: ArticlePublishedV1 = {
  id: `${article.articleId}@v1`,
  type: 'news.article.published',
  version: 1,
  occurredAt: '2026-03-02T10:00:00.000Z',
  source: 'publishing',
  correlationId: 'c',
  causationId: 'x',
  key: article.articleId,
  payload: {
    articleId: article.articleId,
    version: 1,
    article,
    dedup: aDedupVerdict(),
    tags: someTags(),
    publishedAt: '2026-03-02T10:00:00.000Z',
    ninjs: { uri: 'urn:x' },
  },
};

const subscriptions: ActiveSubscription[] = [
  {
    id: 'sub_ok',
    filter: { words: ['quotas'] },
    topic: 't',
    webhook: { url: 'https://ok.example/hook', secret: 's1' },
  },
  {
    id: 'sub_down',
    filter: {},
    topic: 't',
    webhook: { url: 'https://down.example/hook', secret: 's2' },
  },
  {
    id: 'sub_other',
    filter: { words: ['volcano'] },
    topic: 't',
    webhook: { url: 'https://other.example/hook', secret: 's3' },
  },
  { id: 'sub_topic_only', filter: {}, topic: 't', webhook: null },
];

class ScriptedSender implements WebhookSender {
  readonly calls: { url: string; body: string; headers: Record<string, string> }[] = [];
  private okFlaky = 0;
  send(url: string, body: string, headers: Record<string, string>): Promise<WebhookAttempt> {
    this.calls.push({ url, body, headers });
    if (url.includes('down'))
      return Promise.resolve({ ok: false, status: 503, error: 'http-status: HTTP 503' });
    this.okFlaky += 1;
    return Promise.resolve(
      this.okFlaky < 2 ? { ok: false, status: null, error: 'timeout' } : { ok: true, status: 204 },
    );
  }
}

class RecordingLog implements DeliveryLog {
  readonly entries: string[] = [];
  recordSuccess(id: string, _at: Date, status: number): Promise<void> {
    this.entries.push(`${id} ok ${status}`);
    return Promise.resolve();
  }
  recordFailure(id: string, _at: Date, status: number | null, error: string): Promise<void> {
    this.entries.push(`${id} failed ${status ?? '-'} ${error}`);
    return Promise.resolve();
  }
}

describe('DeliverWebhooksUseCase', () => {
  it('signs, retries with back-off, records outcomes, and only for matching subscriptions', async () => {
    const sender = new ScriptedSender();
    const log = new RecordingLog();
    const config = { webhooks: { maxAttempts: 3, retryBaseMs: 100 } } as PublishingConfig;
    const useCase = new DeliverWebhooksUseCase(
      { active: () => Promise.resolve(subscriptions) },
      sender,
      log,
      config,
      new PipelineMetrics('t'),
    );
    const waits: number[] = [];
    useCase.sleep = (ms) => {
      waits.push(ms);
      return Promise.resolve();
    };
    await useCase.execute(event);

    expect(sender.calls.map((c) => c.url)).toEqual([
      'https://ok.example/hook',
      'https://ok.example/hook',
      'https://down.example/hook',
      'https://down.example/hook',
      'https://down.example/hook',
    ]);
    expect(waits).toEqual([100, 100, 200]);
    expect(log.entries).toEqual([
      'sub_ok ok 204',
      'sub_down failed 503 http-status: HTTP 503 (after 3 attempts)',
    ]);
    const delivered = sender.calls[1]!;
    expect(delivered.headers['x-newsflow-event-id']).toBe(event.id);
    expect(
      verifyWebhookSignature(
        's1',
        delivered.headers['x-newsflow-signature']!,
        delivered.body,
        Date.now() / 1000,
      ),
    ).toBe(true);
    expect(JSON.parse(delivered.body)).toMatchObject({
      id: event.id,
      payload: { articleId: article.articleId },
    });
  });
});
