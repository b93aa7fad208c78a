/** Outcome of one POST: the receiver's status, or why no status came back. */
export type WebhookAttempt =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly status: number | null; readonly error: string };

export interface WebhookSender {
  /** POSTs once; never throws for a failed delivery (that is an outcome, not an error). */
  send(url: string, body: string, headers: Record<string, string>): Promise<WebhookAttempt>;
}

/** Keeps, per subscription, how webhook delivery is going (visible on the subscription in read-api). */
export interface DeliveryLog {
  recordSuccess(subscriptionId: string, at: Date, status: number): Promise<void>;
  recordFailure(
    subscriptionId: string,
    at: Date,
    status: number | null,
    error: string,
  ): Promise<void>;
}

export const WEBHOOK_SENDER = Symbol('WebhookSender');
export const DELIVERY_LOG = Symbol('DeliveryLog');
