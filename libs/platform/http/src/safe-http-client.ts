import type { IncomingHttpHeaders } from 'node:http';
import { Agent, type Dispatcher } from 'undici';

import { AddressPolicy } from './address-policy';
import { parseContentEncoding, readBody } from './body-reader';
import { decodeBody } from './charset';
import { createGuardedConnector } from './guarded-connector';
import { parseRetryAfter } from './retry-after';
import {
  safeHttpClientOptionsSchema,
  type SafeHttpClientOptions,
  type SafeHttpClientSettings,
  type SafeHttpRequestOptions,
} from './safe-http-client.options';
import { SafeHttpError } from './safe-http-error';
import { validateFetchUrl } from './url-policy';

export interface SafeHttpPostOptions {
  readonly contentType?: string;
  readonly accept?: string;
  /** Extra request headers (e.g. a signature); they cannot replace user-agent or content-type. */
  readonly headers?: Record<string, string>;
  readonly totalTimeoutMs?: number;
  /** Cap on the response body kept (default 64 KiB: a webhook answer is not content). */
  readonly maxBodyBytes?: number;
}

/** A completed fetch: 2xx with its decoded body, or 304 with an empty one. */
export interface SafeHttpResponse {
  /** HTTP status of the final hop (2xx or 304). */
  status: number;
  /** URL that produced this response, after redirects. */
  finalUrl: string;
  /** URLs that answered with a redirect, in order, starting with the requested one. */
  redirects: string[];
  /** Response headers, names lower-cased, repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Body after content decoding; empty for 304. */
  bytes: Buffer;
  /** Raw Content-Type header, if any. */
  contentType: string | undefined;
  /** Body decoded to a string (charset from BOM, header, in-document declaration, else UTF-8). */
  text(): string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * The only way the platform talks to the outside world (feeds, pages, robots.txt, sitemaps):
 * public destinations only, bounded in hops, bytes and time, with typed failures.
 */
export class SafeHttpClient {
  private readonly settings: SafeHttpClientSettings;
  private readonly policy: AddressPolicy;
  private readonly agent: Agent;

  constructor(options: SafeHttpClientOptions) {
    this.settings = safeHttpClientOptionsSchema.parse(options);
    this.policy = new AddressPolicy(this.settings);
    this.agent = new Agent({
      connect: createGuardedConnector({
        policy: this.policy,
        connectTimeoutMs: this.settings.connectTimeoutMs,
      }),
    });
  }

  /** GETs a URL, following redirects by hand so that every hop is vetted. */
  async get(input: string | URL, options: SafeHttpRequestOptions = {}): Promise<SafeHttpResponse> {
    const maxBodyBytes = options.maxBodyBytes ?? this.settings.maxBodyBytes;
    const deadline = AbortSignal.timeout(options.totalTimeoutMs ?? this.settings.totalTimeoutMs);
    const redirects: string[] = [];
    let url = validateFetchUrl(input, this.policy);
    try {
      for (;;) {
        const response = await this.agent.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers: this.requestHeaders(options),
          signal: deadline,
        });
        const headers = flattenHeaders(response.headers);
        const location = headers['location'];
        if (!REDIRECT_STATUSES.has(response.statusCode) || location === undefined) {
          const limit = { maxBytes: maxBodyBytes, truncate: options.truncateBody === true };
          return await this.complete(url, redirects, response, headers, limit, deadline);
        }
        await response.body.dump({ limit: 64 * 1024, signal: deadline });
        if (redirects.length >= this.settings.maxRedirects) {
          throw new SafeHttpError(
            'too-many-redirects',
            `More than ${this.settings.maxRedirects} redirects`,
            { url: url.href },
          );
        }
        redirects.push(url.href);
        url = validateFetchUrl(location, this.policy, url.href);
        await options.beforeRedirect?.(url);
      }
    } catch (error) {
      throw classifyFailure(error, deadline, url.href);
    }
  }

  /**
   * POSTs a body (webhooks), under the same address policy and deadline as GET. Redirects are not
   * followed: a 3xx is a failure, so a receiver cannot bounce a signed payload elsewhere.
   */
  async post(
    input: string | URL,
    body: string,
    options: SafeHttpPostOptions = {},
  ): Promise<SafeHttpResponse> {
    const deadline = AbortSignal.timeout(options.totalTimeoutMs ?? this.settings.totalTimeoutMs);
    const url = validateFetchUrl(input, this.policy);
    try {
      const response = await this.agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: {
          ...this.requestHeaders({ accept: options.accept ?? '*/*' }),
          'content-type': options.contentType ?? 'application/json',
          ...options.headers,
        },
        body,
        signal: deadline,
      });
      const headers = flattenHeaders(response.headers);
      return await this.complete(
        url,
        [],
        response,
        headers,
        { maxBytes: options.maxBodyBytes ?? 64 * 1024, truncate: false },
        deadline,
      );
    } catch (error) {
      throw classifyFailure(error, deadline, url.href);
    }
  }

  /** Closes pooled connections; pending requests finish first. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  private requestHeaders(options: SafeHttpRequestOptions): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.settings.userAgent,
      accept: options.accept ?? '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.ifNoneMatch !== undefined) headers['if-none-match'] = options.ifNoneMatch;
    if (options.ifModifiedSince !== undefined) {
      headers['if-modified-since'] =
        typeof options.ifModifiedSince === 'string'
          ? options.ifModifiedSince
          : options.ifModifiedSince.toUTCString();
    }
    return headers;
  }

  private async complete(
    url: URL,
    redirects: string[],
    response: Dispatcher.ResponseData,
    headers: Record<string, string>,
    limit: { maxBytes: number; truncate: boolean },
    signal: AbortSignal,
  ): Promise<SafeHttpResponse> {
    const status = response.statusCode;
    const ok = status >= 200 && status < 300;
    if (!ok) {
      await response.body.dump({ limit: 64 * 1024, signal });
      if (status !== 304) {
        throw new SafeHttpError('http-status', `HTTP ${status} from ${url.href}`, {
          url: url.href,
          status,
          retryAfterSeconds: parseRetryAfter(headers['retry-after']),
        });
      }
    }
    const bytes = ok
      ? await readBody(response.body, {
          ...limit,
          coding: parseContentEncoding(headers['content-encoding']),
          signal,
        })
      : Buffer.alloc(0);
    const contentType = headers['content-type'];
    let text: string | undefined;
    return {
      status,
      finalUrl: url.href,
      redirects,
      headers,
      bytes,
      contentType,
      text: () => (text ??= decodeBody(bytes, contentType)),
    };
  }
}

function flattenHeaders(raw: IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined)
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function classifyFailure(error: unknown, deadline: AbortSignal, url: string): SafeHttpError {
  if (error instanceof SafeHttpError) {
    if (error.url !== undefined) return error;
    return new SafeHttpError(error.kind, error.message, {
      url,
      status: error.status,
      retryAfterSeconds: error.retryAfterSeconds,
      cause: error.cause,
    });
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (deadline.aborted || (typeof code === 'string' && TIMEOUT_CODES.has(code))) {
    return new SafeHttpError('timeout', `Timed out fetching ${url}`, { url, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SafeHttpError('network', `Network failure fetching ${url}: ${message}`, {
    url,
    cause: error,
  });
}
