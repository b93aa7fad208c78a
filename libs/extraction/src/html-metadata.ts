import { declaredDay } from './calendar-day';
import type { ExtractionMethod } from './extraction-provenance';
import { found, type Found } from './found-value';
import { nonEmpty, type DomDocument } from './html-dom';
import { firstMeta, readMetaTags } from './html-meta-tags';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld-article';
import { normaliseLanguageTag } from './language-detection';
import { cleanByline, findVisibleByline, isPlausibleName, joinNames } from './page-byline';
import { chooseTitle, findVisibleHeadline } from './page-title';
import { findArticleTime, findPrintedDate, normaliseDate } from './published-date';

/** What the page declares about itself, outside the article text. */
export interface PageMetadata {
  readonly title: Found<string> | null;
  readonly byline: Found<string> | null;
  readonly publishedAt: Found<string> | null;
  /** The publication day as the page states it, in its own zone: YYYY-MM-DD. */
  readonly publishedDate: Found<string> | null;
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
  const published = publishedAt(document, jsonLd, meta);
  const headline = findVisibleHeadline(document, siteName?.value ?? null);
  return {
    title: chooseTitle(
      [
        found(jsonLd?.headline, 'json-ld'),
        found(firstMeta(meta, ['og:title']), 'meta'),
        found(firstMeta(meta, ['twitter:title']), 'meta'),
      ],
      headline,
      siteName?.value ?? null,
    ),
    byline: byline(document, jsonLd, meta, siteName?.value ?? null),
    publishedAt: published?.instant ?? null,
    publishedDate: published?.day ?? null,
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

interface PublicationDate {
  readonly instant: Found<string>;
  readonly day: Found<string>;
}

function publishedAt(
  document: DomDocument,
  jsonLd: JsonLdArticle | null,
  meta: ReadonlyMap<string, string>,
): PublicationDate | null {
  const declared =
    declaredDate(jsonLd?.datePublished, 'json-ld') ??
    firstDeclaredDate(meta, PUBLISHED_KEYS) ??
    declaredDate(findArticleTime(document), 'article-time');
  if (declared !== null) {
    return declared;
  }
  const lang = document.documentElement?.getAttribute('lang') ?? '';
  const printed = findPrintedDate(document, /^en-us$|^en$|^$/iu.test(lang));
  return printed === null ? null : dayOnly(printed, 'printed-date');
}

// A declared value read as an instant where it is one, and as a bare day where it only names
// a day in words ("Oct 31, 2025").
function declaredDate(
  value: string | null | undefined,
  method: ExtractionMethod,
): PublicationDate | null {
  const day = declaredDay(value);
  if (day === null) {
    return null;
  }
  const instant = normaliseDate(value);
  return instant === null
    ? dayOnly(day, method)
    : { instant: { value: instant, method }, day: { value: day, method } };
}

function dayOnly(day: string, method: ExtractionMethod): PublicationDate {
  return { instant: { value: `${day}T00:00:00.000Z`, method }, day: { value: day, method } };
}

function firstDeclaredDate(
  meta: ReadonlyMap<string, string>,
  keys: readonly string[],
): PublicationDate | null {
  for (const key of keys) {
    const date = declaredDate(meta.get(key), 'meta');
    if (date !== null) {
      return date;
    }
  }
  return null;
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

// People named in the structured data first, then the meta author, then the byline printed in
// the markup; an organisation (the publisher, a brand) only when no person is named anywhere.
function byline(
  document: DomDocument,
  jsonLd: JsonLdArticle | null,
  meta: ReadonlyMap<string, string>,
  siteName: string | null,
): Found<string> | null {
  const people = (jsonLd?.personAuthors ?? []).filter(isPlausibleName);
  const metaAuthor = cleanByline(
    firstMeta(meta, ['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author']),
  );
  const organisations = new Set(
    [siteName, jsonLd?.publisherName].flatMap((name) => (name ? [name.toLowerCase()] : [])),
  );
  const metaIsPerson = metaAuthor !== null && !organisations.has(metaAuthor.toLowerCase());
  return (
    found(joinNames(people), 'json-ld') ??
    (metaIsPerson ? found(metaAuthor, 'meta') : null) ??
    found(findVisibleByline(document), 'byline-markup') ??
    found(joinNames((jsonLd?.authors ?? []).filter(isPlausibleName)), 'json-ld') ??
    found(metaAuthor, 'meta')
  );
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

/** The page's main headline element, used when no metadata names the title. */
export function headlineText(document: DomDocument): string | null {
  return findVisibleHeadline(document, null);
}
