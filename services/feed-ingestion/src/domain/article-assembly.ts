import type { Credit, ExtractedArticle, Provenance } from '@newsflow/contracts';
import {
  computeContentHash,
  detectLanguage,
  joinParagraphs,
  provenanceOf,
  type DetectedCredit,
  type ExtractionMethod,
} from '@newsflow/extraction';
import { articleIdFor, canonicaliseUrl } from '@newsflow/text';

/** What any extractor (plain text, HTML, feed item) found, with how it found each field. */
export interface ExtractedFields {
  readonly title: string | null;
  readonly byline: string | null;
  readonly paragraphs: readonly string[];
  readonly credit: DetectedCredit | null;
  readonly publishedAt: string | null;
  readonly modifiedAt: string | null;
  readonly language: string | null;
  readonly canonicalUrl: string | null;
  readonly siteName: string | null;
  readonly leadImageUrl: string | null;
  readonly methods: {
    readonly body: ExtractionMethod;
    readonly title: ExtractionMethod | null;
    readonly byline: ExtractionMethod | null;
    readonly credit: ExtractionMethod | null;
    readonly publishedAt: ExtractionMethod | null;
    readonly modifiedAt: ExtractionMethod | null;
    readonly language: ExtractionMethod | null;
    readonly canonicalUrl: ExtractionMethod | null;
    readonly siteName: ExtractionMethod | null;
    readonly leadImageUrl: ExtractionMethod | null;
  };
}

/** Where the article came from, as the caller knows it. */
export interface ArticleOrigin {
  readonly kind: ExtractedArticle['origin'];
  readonly url: string | null;
  readonly source: string | null;
  readonly feedUrl: string | null;
  /** Title and date from the push request or the feed item; used when the page has none. */
  readonly title: string | null;
  readonly publishedAt: string | null;
}

export class EmptyArticleError extends Error {
  constructor() {
    super('no article text found: the input is empty or all boilerplate');
    this.name = 'EmptyArticleError';
  }
}

const GIVEN: Provenance = provenanceOf('given');

/**
 * Turns extracted fields into the ingested article contract: stable id, canonical URL, content
 * hash, provenance per field. The page's own canonical link is trusted only on the page's own
 * host — a hostile page must not claim another site's URL and so another article's id.
 */
export function assembleArticle(
  fields: ExtractedFields,
  origin: ArticleOrigin,
  now: Date,
): ExtractedArticle {
  if (fields.paragraphs.length === 0) throw new EmptyArticleError();
  const paragraphs = [...fields.paragraphs];
  const text = joinParagraphs(paragraphs);
  const pageUrl = origin.url ? canonicaliseUrl(origin.url) : null;
  const declared = fields.canonicalUrl ? canonicaliseUrl(fields.canonicalUrl) : null;
  const canonicalUrl = declared && pageUrl && sameSite(declared, pageUrl) ? declared : pageUrl;
  const sourceId = origin.source ?? (canonicalUrl ? siteOf(canonicalUrl) : 'push');
  const contentHash = computeContentHash(text);
  const title = origin.title ?? fields.title;
  const publishedAt = fields.publishedAt ?? origin.publishedAt;
  const detectedLanguage = fields.language === null ? detectLanguage(text) : null;
  const leadImageUrl = httpUrlOrNull(fields.leadImageUrl);
  return {
    articleId: articleIdFor({ canonicalUrl, sourceId, contentHash }),
    url: origin.url,
    canonicalUrl,
    sourceId,
    sourceName: fields.siteName,
    title,
    byline: fields.byline,
    publishedAt,
    modifiedAt: fields.modifiedAt,
    leadImageUrl,
    language: fields.language ?? detectedLanguage,
    paragraphs,
    text,
    credit: creditOf(fields),
    contentHash,
    origin: origin.kind,
    feedUrl: origin.feedUrl,
    ingestedAt: now.toISOString(),
    provenance: {
      body: provenanceOf(fields.methods.body),
      title:
        title === null
          ? null
          : origin.title !== null
            ? GIVEN
            : fields.methods.title && provenanceOf(fields.methods.title),
      publishedAt:
        publishedAt === null
          ? null
          : fields.publishedAt !== null && fields.methods.publishedAt
            ? provenanceOf(fields.methods.publishedAt)
            : GIVEN,
      byline: methodOf(fields.byline, fields.methods.byline),
      modifiedAt: methodOf(fields.modifiedAt, fields.methods.modifiedAt),
      language:
        fields.language !== null
          ? methodOf(fields.language, fields.methods.language)
          : detectedLanguage === null
            ? null
            : provenanceOf('franc'),
      // The canonical URL is the page's own link only when that was trusted, else the page URL.
      canonicalUrl:
        canonicalUrl === null
          ? null
          : canonicalUrl === declared
            ? methodOf(declared, fields.methods.canonicalUrl)
            : GIVEN,
      sourceName: methodOf(fields.siteName, fields.methods.siteName),
      leadImageUrl: methodOf(leadImageUrl, fields.methods.leadImageUrl),
    },
  };
}

function methodOf(value: string | null, method: ExtractionMethod | null): Provenance | null {
  return value === null ? null : provenanceOf(method ?? 'given');
}

// A lead image is linked from newsroom tools: only absolute http(s) URLs, nothing scriptable.
function httpUrlOrNull(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function creditOf(fields: ExtractedFields): Credit | null {
  if (!fields.credit) return null;
  return {
    agency: fields.credit.agency,
    line: fields.credit.line,
    provenance: provenanceOf(fields.methods.credit ?? 'credit-line'),
  };
}

function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

// The desktop, mobile and AMP hosts of one site: `m.example.com` may name `www.example.com`
// as its canonical page, and is then the same article.
const VARIANT_HOST_PREFIX = /^(?:www|m|mobile|amp)\./;

function sameSite(a: string, b: string): boolean {
  const hostOf = (url: string) => new URL(url).hostname.replace(VARIANT_HOST_PREFIX, '');
  return hostOf(a) === hostOf(b);
}
