/** A document fetched from the internet, decoded to text, with what conditional GET needs next time. */
export interface FetchedDocument {
  readonly status: number;
  readonly finalUrl: string;
  readonly contentType: string | null;
  readonly text: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
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
