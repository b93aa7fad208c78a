import ipaddr from 'ipaddr.js';
import { z } from 'zod';

const MIB = 1024 * 1024;

function isIpOrCidr(entry: string): boolean {
  return entry.includes('/') ? isCidr(entry) : ipaddr.isValid(entry);
}

function isCidr(entry: string): boolean {
  try {
    ipaddr.parseCIDR(entry);
    return true;
  } catch {
    return false;
  }
}

export const safeHttpClientOptionsSchema = z.object({
  /** Identifying User-Agent sent with every request (product/version plus a contact URL). */
  userAgent: z.string().trim().min(1),
  /** Redirect hops followed before failing with 'too-many-redirects'. */
  maxRedirects: z.int().min(0).max(20).default(5),
  /** Default cap on the decoded body, in bytes; override per call (feeds vs pages). */
  maxBodyBytes: z
    .int()
    .positive()
    .default(10 * MIB),
  /** Deadline for one `get`, in ms: DNS, connects, every redirect hop and the whole body. */
  totalTimeoutMs: z.int().positive().default(30_000),
  /** Deadline for establishing one TCP/TLS connection, in ms. */
  connectTimeoutMs: z.int().positive().default(10_000),
  /** Non-public IPs or CIDRs that may be reached anyway (local demos and tests). Default none. */
  allowedAddresses: z.array(z.string().refine(isIpOrCidr, 'not an IP address or CIDR')).default([]),
  /** Hostnames that may resolve to non-public addresses (e.g. a compose service). Default none. */
  allowedPrivateHosts: z.array(z.string().trim().min(1)).default([]),
});

export type SafeHttpClientOptions = z.input<typeof safeHttpClientOptionsSchema>;
export type SafeHttpClientSettings = z.output<typeof safeHttpClientOptionsSchema>;

/** Per-call settings of `SafeHttpClient.get`. */
export interface SafeHttpRequestOptions {
  /** Accept header, e.g. feed media types; default any. */
  accept?: string;
  /** Overrides the client's decoded-body cap, in bytes. */
  maxBodyBytes?: number;
  /** Overrides the client's total deadline, in ms. */
  totalTimeoutMs?: number;
  /** ETag from the previous fetch: a match answers 304 without a body. */
  ifNoneMatch?: string;
  /** Last-Modified from the previous fetch (header value or Date). */
  ifModifiedSince?: string | Date;
  /** Keep the first `maxBodyBytes` of a longer body instead of failing with 'too-large'. */
  truncateBody?: boolean;
  /**
   * Awaited before each redirect hop is requested, with the vetted next URL; throwing stops the
   * fetch. Lets a caller apply per-host rules (robots.txt, politeness) to every hop.
   */
  beforeRedirect?: (next: URL) => Promise<void>;
}
