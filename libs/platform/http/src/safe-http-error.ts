/** Why an outbound request failed; callers map these onto feed/page health. */
export type SafeHttpErrorKind =
  | 'invalid-url'
  | 'blocked-address'
  | 'blocked-scheme'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'bad-encoding'
  | 'http-status'
  | 'network'
  /** robots.txt of the origin disallows the URL for our User-Agent token. */
  | 'robots-disallowed'
  /** robots.txt answered 5xx/429 or could not be fetched: RFC 9309 says assume complete disallow. */
  | 'robots-unreachable'
  /** The host's politeness budget could not start the request within the allowed wait. */
  | 'host-busy';

export interface SafeHttpErrorDetails {
  /** URL of the hop that failed. */
  url?: string;
  /** HTTP status, for kind 'http-status'. */
  status?: number;
  /** Seconds the server asked us to wait (Retry-After), for kind 'http-status'. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class SafeHttpError extends Error {
  override readonly name = 'SafeHttpError';
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly kind: SafeHttpErrorKind,
    message: string,
    details: SafeHttpErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.url = details.url;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isSafeHttpError(error: unknown): error is SafeHttpError {
  return error instanceof SafeHttpError;
}
