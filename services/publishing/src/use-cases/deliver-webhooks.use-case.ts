import { Inject, Injectable } from '@nestjs/common';
import type { ArticlePublishedV1 } from '@newsflow/contracts';
import { PipelineMetrics } from '@newsflow/platform-metrics';
import {
  matchesSubscription,
  signWebhook,
  WEBHOOK_EVENT_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
} from '@newsflow/subscriptions';
import { PUBLISHING_CONFIG, type PublishingConfig } from '../config/publishing.config';
import { SUBSCRIPTION_SOURCE, type SubscriptionSource } from '../ports/subscription.source';
import {
  DELIVERY_LOG,
  WEBHOOK_SENDER,
  type DeliveryLog,
  type WebhookSender,
} from '../ports/webhook.sender';

/**
 * POSTs a published article to every matching subscription's webhook, signed, with bounded
 * retries and exponential back-off. A receiver that keeps failing is recorded and skipped for
 * this event — the event stays on the subscription's topic for replay — so one bad endpoint
 * cannot stall the others. Delivery is at-least-once: receivers drop repeats by event id.
 */
@Injectable()
export class DeliverWebhooksUseCase {
  constructor(
    @Inject(SUBSCRIPTION_SOURCE) private readonly subscriptions: SubscriptionSource,
    @Inject(WEBHOOK_SENDER) private readonly sender: WebhookSender,
    @Inject(DELIVERY_LOG) private readonly log: DeliveryLog,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
    private readonly metrics: PipelineMetrics,
  ) {}

  /** Replaceable in tests, so retries do not take real time. */
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async execute(event: ArticlePublishedV1): Promise<void> {
    const body = JSON.stringify(event);
    for (const subscription of await this.subscriptions.active()) {
      if (!subscription.webhook || !matchesSubscription(subscription.filter, event.payload))
        continue;
      const { url, secret } = subscription.webhook;
      let attempt = 0;
      for (;;) {
        attempt += 1;
        const headers = {
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, Math.floor(Date.now() / 1000), body),
          [WEBHOOK_EVENT_ID_HEADER]: event.id,
        };
        const result = await this.sender.send(url, body, headers);
        if (result.ok) {
          await this.log.recordSuccess(subscription.id, new Date(), result.status);
          this.metrics.articles.inc({ stage: 'publishing', outcome: 'webhook-delivered' });
          break;
        }
        if (attempt >= this.config.webhooks.maxAttempts) {
          await this.log.recordFailure(
            subscription.id,
            new Date(),
            result.status,
            `${result.error} (after ${attempt} attempts)`,
          );
          this.metrics.articles.inc({ stage: 'publishing', outcome: 'webhook-failed' });
          break;
        }
        await this.sleep(this.config.webhooks.retryBaseMs * 2 ** (attempt - 1));
      }
    }
  }
}
