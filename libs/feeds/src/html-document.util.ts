import { parseHTML } from 'linkedom';

/** The slice of linkedom's DOM this folder uses; linkedom's bundled typings are all `any`. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly firstChild: HtmlNode | null;
  readonly nextSibling: HtmlNode | null;
  readonly parentNode: HtmlNode | null;
}

export interface HtmlElement extends HtmlNode {
  getAttribute(name: string): string | null;
}

export interface HtmlDocument {
  readonly body: HtmlElement;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Parses an untrusted HTML document or fragment; no scripts run and nothing is fetched. */
export function parseHtmlDocument(html: string): HtmlDocument {
  const window: unknown = parseHTML(html);
  return (window as { document: HtmlDocument }).document;
}
