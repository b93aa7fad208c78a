/** A document fetched from the internet, decoded to text, with what conditional GET needs next time. */
export interface FetchedDocument {
  readonly status: number;
  readonly finalUrl: string;
  readonly contentType: string | null;
  readonly text: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /**
   * The body as received, after any Content-Encoding was undone but before charset decoding.
   * Optional: needed only for bodies that are themselves gzip files (`sitemap.xml.gz`).
   */
  readonly bytes?: Uint8Array;
  /** Response headers `Cache-Control`, `Expires` and `Date`, as received; they hold the next poll back. */
  readonly cacheControl?: string | null;
  readonly expires?: string | null;
  readonly date?: string | null;
}

export interface FetchRequest {
  readonly kind: 'feed' | 'page';
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

/** Fetches with every outbound rule applied (SSRF guard, size caps, deadline, redirects). Throws FetchFailure. */
export interface DocumentFetcher {
  fetch(url: string, request: FetchRequest): Promise<FetchedDocument>;
}

/** Why a fetch failed, classified so feed health and HTTP answers can use it. */
export class FetchFailure extends Error {
  constructor(
    readonly kind: string,
    message: string,
    readonly retryAfterSeconds: number | null,
    /** True when the request itself was refused (private address, bad scheme): the caller's fault. */
    readonly refused: boolean,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

export const DOCUMENT_FETCHER = Symbol('DocumentFetcher');
