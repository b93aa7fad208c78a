import { decodeHtmlEntities, type DomDocument } from './html-dom';

/** The fields of a page's schema.org article description this domain uses. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly dateModified: string | null;
  readonly authors: string[];
  /** The authors that are people (typed Person, or given as a bare name), not organisations. */
  readonly personAuthors: string[];
  readonly publisherName: string | null;
  readonly image: string | null;
  readonly url: string | null;
  readonly inLanguage: string | null;
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

type JsonObject = Readonly<Record<string, unknown>>;

/**
 * The page's own article description from its JSON-LD blocks. Only top-level nodes and
 * `@graph` members count: articles nested in lists (`itemListElement`) are other stories.
 * Malformed blocks are skipped, as browsers and search engines do.
 */
export function readJsonLdArticle(document: DomDocument): JsonLdArticle | null {
  const nodes = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap(
    (script) => topLevelNodes(parseJson(script.textContent ?? '')),
  );
  const article = nodes.find(isArticle);
  if (article === undefined) {
    return null;
  }
  return {
    headline: stringOf(article.headline) ?? stringOf(article.name),
    datePublished: stringOf(article.datePublished),
    dateModified: stringOf(article.dateModified),
    authors: listOf(article.author).flatMap((author) => nameOf(author) ?? []),
    personAuthors: listOf(article.author)
      .filter((author) => !isObject(author) || !isOrganisation(author))
      .flatMap((author) => nameOf(author) ?? []),
    publisherName: nameOf(article.publisher),
    image: urlOf(listOf(article.image)[0]),
    url: stringOf(article.url) ?? urlOf(article.mainEntityOfPage),
    inLanguage: stringOf(article.inLanguage) ?? nameOf(article.inLanguage),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function topLevelNodes(value: unknown): JsonObject[] {
  return listOf(value).flatMap((node) => {
    if (!isObject(node)) {
      return [];
    }
    return node['@graph'] === undefined ? [node] : listOf(node['@graph']).filter(isObject);
  });
}

function isArticle(node: JsonObject): boolean {
  return listOf(node['@type']).some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type));
}

function isOrganisation(node: JsonObject): boolean {
  return listOf(node['@type']).some(
    (type) =>
      typeof type === 'string' && /Organization|Corporation|NewsMediaOrganization/u.test(type),
  );
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return value as unknown[];
  }
  return value === undefined || value === null ? [] : [value];
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0
    ? decodeHtmlEntities(value.trim())
    : null;
}

function nameOf(value: unknown): string | null {
  return isObject(value) ? stringOf(value.name) : stringOf(value);
}

function urlOf(value: unknown): string | null {
  if (isObject(value)) {
    return stringOf(value.url) ?? stringOf(value.contentUrl) ?? stringOf(value['@id']);
  }
  return stringOf(value);
}
