export interface RateDecision {
  readonly allowed: boolean;
  /** Seconds until a request would be allowed again; 0 when allowed. */
  readonly retryAfterSeconds: number;
  readonly remaining: number;
}

/**
 * A token bucket per key: `burst` requests at once, refilled at `perSecond`. In memory, per
 * instance — with N replicas a key gets up to N× the rate, which bounds abuse without a shared store.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedMs: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const nowMs = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedMs: nowMs };
    bucket.tokens = Math.min(
      this.burst,
      bucket.tokens + ((nowMs - bucket.updatedMs) / 1000) * this.perSecond,
    );
    bucket.updatedMs = nowMs;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(bucket.tokens) };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.perSecond),
      remaining: 0,
    };
  }
}
