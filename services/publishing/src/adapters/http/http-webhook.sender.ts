import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { isSafeHttpError, SafeHttpClient } from '@newsflow/platform-http';
import { PUBLISHING_CONFIG, type PublishingConfig } from '../../config/publishing.config';
import type { WebhookAttempt, WebhookSender } from '../../ports/webhook.sender';

/** Webhooks go through the same SSRF guard as every other outbound request. */
@Injectable()
export class HttpWebhookSender implements WebhookSender, OnApplicationShutdown {
  private readonly client: SafeHttpClient;

  constructor(@Inject(PUBLISHING_CONFIG) config: PublishingConfig) {
    this.client = new SafeHttpClient({
      userAgent: config.webhooks.userAgent,
      allowedAddresses: [...config.webhooks.allowedAddresses],
      totalTimeoutMs: config.webhooks.timeoutMs,
      maxRedirects: 0,
    });
  }

  async send(url: string, body: string, headers: Record<string, string>): Promise<WebhookAttempt> {
    try {
      const response = await this.client.post(url, body, { headers });
      return { ok: true, status: response.status };
    } catch (error) {
      if (!isSafeHttpError(error)) throw error;
      return { ok: false, status: error.status ?? null, error: `${error.kind}: ${error.message}` };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
