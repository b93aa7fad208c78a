import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** A DOM node: an element, a text node (type 3) or anything else, such as a comment. */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: Iterable<DomNode>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** The slice of linkedom's DOM this domain reads; linkedom's bundled typings are all `any`. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  replaceWith(...nodes: string[]): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  cloneNode(deep: true): DomDocument;
}

/** What Readability found: the readable HTML and its own guesses at the metadata. */
export interface ReadableContent {
  readonly contentHtml: string;
  readonly textContent: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
}

interface ReadabilityArticle {
  readonly content?: string | null;
  readonly textContent?: string | null;
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly siteName?: string | null;
}

// Readability is typed against the browser DOM, which this Node-only project does not load;
// linkedom's document is what it actually reads.
const ReadabilityOnDom = Readability as unknown as new (document: DomDocument) => {
  parse(): ReadabilityArticle | null;
};

/** Parses untrusted HTML into an inert DOM: no scripts run and nothing is fetched. */
export function parseHtmlDocument(html: string): DomDocument {
  // linkedom builds no document element for fragments or empty input; a page shell gives one.
  const page = /<html[\s>]/iu.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const window: unknown = parseHTML(page);
  return (window as { document: DomDocument }).document;
}

/** Parses an HTML fragment (such as Readability's output) as the body of an empty page. */
export function parseHtmlFragment(fragment: string): DomDocument {
  return parseHtmlDocument(`<!doctype html><html><head></head><body>${fragment}</body></html>`);
}

/**
 * Runs Readability on a deep clone of the page, because Readability rewrites the document it
 * is given and the metadata readers need the original.
 */
export function readReadableContent(document: DomDocument): ReadableContent | null {
  const article = new ReadabilityOnDom(document.cloneNode(true)).parse();
  const contentHtml = article?.content ?? '';
  if (article === null || contentHtml.trim().length === 0) {
    return null;
  }
  return {
    contentHtml,
    textContent: article.textContent ?? '',
    title: nonEmpty(article.title),
    byline: nonEmpty(article.byline),
    siteName: nonEmpty(article.siteName),
  };
}

/** The element's text with runs of whitespace collapsed. */
export function textOf(element: DomElement | null): string {
  return (element?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

export function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

/**
 * Text with its HTML character references decoded ("&amp;", "&#8217;", "&rsquo;"): JSON-LD and
 * other script-held strings are not decoded by the HTML parser, and sites often escape them.
 */
export function decodeHtmlEntities(text: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);/iu.test(text)) {
    return text;
  }
  // A paragraph's text decodes every reference; "<" is escaped first so nothing becomes markup.
  const paragraph = parseHtmlFragment(`<p>${text.replace(/</gu, '&lt;')}</p>`).querySelector('p');
  return paragraph?.textContent ?? text;
}
