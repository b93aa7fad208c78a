/**
 * Why a feed body was refused. Callers map these onto feed health: 'too-large' and
 * 'xml-dtd-forbidden' are hostile or misconfigured sources, 'not-a-feed' usually means an HTML page
 * (try autodiscovery), 'malformed' is a broken feed worth retrying later.
 */
export type FeedParseErrorKind = 'xml-dtd-forbidden' | 'too-large' | 'not-a-feed' | 'malformed';

export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';

  constructor(
    readonly kind: FeedParseErrorKind,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

export function isFeedParseError(error: unknown): error is FeedParseError {
  return error instanceof FeedParseError;
}
