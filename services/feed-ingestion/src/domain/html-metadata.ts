import type { ExtractionMethod } from './extraction-provenance';
import { nonEmpty, textOf, type DomDocument } from './html-dom';
import { firstMeta, readMetaTags } from './html-meta-tags';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld-article';
import { normaliseLanguageTag } from './language-detection';
import { findArticleTime, normaliseDate } from './published-date';

/** A metadata value and the rule that found it. */
export interface Found<T> {
  readonly value: T;
  readonly method: ExtractionMethod;
}

/** What the page declares about itself, outside the article text. */
export interface PageMetadata {
  readonly title: Found<string> | null;
  readonly byline: Found<string> | null;
  readonly publishedAt: Found<string> | null;
  readonly modifiedAt: Found<string> | null;
  readonly canonicalUrl: Found<string> | null;
  readonly siteName: Found<string> | null;
  readonly leadImage: Found<string> | null;
  readonly language: Found<string> | null;
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'og:article:modified_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];

/**
 * Reads title, byline, dates, canonical URL, site name, lead image and declared language.
 * Structured data (JSON-LD) wins over meta tags, which win over markup in the article; dates
 * come only from these article-level sources, never from lists of other stories.
 */
export function readPageMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const meta = readMetaTags(document);
  const jsonLd = readJsonLdArticle(document);
  const siteName =
    found(firstMeta(meta, ['og:site_name', 'application-name']), 'meta') ??
    found(jsonLd?.publisherName, 'json-ld');
  return {
    title:
      found(jsonLd?.headline, 'json-ld') ??
      found(
        withoutSiteSuffix(firstMeta(meta, ['og:title', 'twitter:title']), siteName?.value),
        'meta',
      ),
    byline: found(jsonLd?.authors.join(', '), 'json-ld') ?? metaByline(meta),
    publishedAt: publishedAt(document, jsonLd, meta),
    modifiedAt:
      found(normaliseDate(jsonLd?.dateModified), 'json-ld') ??
      found(firstDate(meta, MODIFIED_KEYS), 'meta'),
    canonicalUrl:
      found(absoluteUrl(linkHref(document, 'canonical'), pageUrl), 'link-canonical') ??
      found(absoluteUrl(firstMeta(meta, ['og:url']), pageUrl), 'meta'),
    siteName,
    leadImage:
      found(
        absoluteUrl(
          firstMeta(meta, [
            'og:image',
            'og:image:url',
            'og:image:secure_url',
            'twitter:image',
            'twitter:image:src',
          ]),
          pageUrl,
        ),
        'meta',
      ) ?? found(absoluteUrl(jsonLd?.image ?? null, pageUrl), 'json-ld'),
    language:
      found(normaliseLanguageTag(document.documentElement?.getAttribute('lang')), 'html-lang') ??
      found(
        normaliseLanguageTag(firstMeta(meta, ['content-language', 'og:locale', 'language'])),
        'meta',
      ) ??
      found(normaliseLanguageTag(jsonLd?.inLanguage), 'json-ld'),
  };
}

function publishedAt(
  document: DomDocument,
  jsonLd: JsonLdArticle | null,
  meta: ReadonlyMap<string, string>,
): Found<string> | null {
  return (
    found(normaliseDate(jsonLd?.datePublished), 'json-ld') ??
    found(firstDate(meta, PUBLISHED_KEYS), 'meta') ??
    found(findArticleTime(document), 'article-time')
  );
}

// The first of the keys whose value is a readable date; a site may fill one key with junk.
function firstDate(meta: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const date = normaliseDate(meta.get(key));
    if (date !== null) {
      return date;
    }
  }
  return null;
}

function metaByline(meta: ReadonlyMap<string, string>): Found<string> | null {
  const author = firstMeta(meta, [
    'author',
    'article:author',
    'byl',
    'sailthru.author',
    'parsely-author',
  ]);
  // article:author is often a profile URL, which names nobody.
  return author === null || /^https?:\/\//iu.test(author)
    ? null
    : found(author.replace(/^by\s+/iu, ''), 'meta');
}

/** The value with its method, or null when the value is missing or blank. */
export function found(
  value: string | null | undefined,
  method: ExtractionMethod,
): Found<string> | null {
  const text = nonEmpty(value);
  return text === null ? null : { value: text, method };
}

function linkHref(document: DomDocument, rel: string): string | null {
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
    if (rels.includes(rel)) {
      return link.getAttribute('href');
    }
  }
  return null;
}

/** An absolute http(s) URL, resolving relative references against the page URL. */
export function absoluteUrl(href: string | null, base: string | null): string | null {
  const text = nonEmpty(href);
  if (text === null) {
    return null;
  }
  try {
    const url = base === null ? new URL(text) : new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// og:title often repeats the site name: "Talks resume in Geneva | Daily Planet".
function withoutSiteSuffix(title: string | null, siteName: string | undefined): string | null {
  if (title === null || siteName === undefined) {
    return title;
  }
  const suffix = new RegExp(`\\s*[|–—-]\\s*${escapeRegExp(siteName)}\\s*$`, 'iu');
  return title.replace(suffix, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The page's main headline element, used when no metadata names the title. */
export function headlineText(document: DomDocument): string | null {
  return nonEmpty(textOf(document.querySelector('article h1') ?? document.querySelector('h1')));
}
