import { ELEMENT_NODE, type HtmlNode, parseHtmlDocument, TEXT_NODE } from './html-document.util';
import { stripTags } from './html-scan.util';

// Content of these elements is never reader-visible text.
const SKIPPED = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE HEAD IFRAME OBJECT SVG MATH'.split(' '));
const BLOCKS = new Set(
  [
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6',
    'HEADER HR LI OL P PRE SECTION TABLE TD TH TR UL',
  ]
    .join(' ')
    .split(' '),
);
const MARKUP = /[<&]/;
// Past this many tags the DOM parser's per-tag cost (proportional to nesting depth) could turn a
// hostile fragment quadratic, so such fragments are stripped linearly instead.
const MAX_DOM_TAGS = 5_000;

function countTagsUpTo(html: string, limit: number): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1 && count <= limit; at = html.indexOf('<', at + 1))
    count += 1;
  return count;
}

// Any whitespace, and control characters decoded from references like "&#1;", separate words.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const SPACING = /[\s\u0000-\u001f\u007f]+/g;

/** Collapses runs of spaces inside lines and drops blank lines. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(SPACING, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Reader-visible text of an HTML fragment: entities decoded, scripts and styles dropped, block
 * elements on their own lines. Walks siblings iteratively so deeply nested markup cannot exhaust
 * the stack.
 */
export function htmlToText(html: string): string {
  if (!MARKUP.test(html)) return tidyLines(html);
  const markup = countTagsUpTo(html, MAX_DOM_TAGS) > MAX_DOM_TAGS ? stripTags(html) : html;
  const document = parseHtmlDocument(`<!doctype html><html><body>${markup}</body></html>`);
  const chunks: string[] = [];
  // linkedom looks <body> up on every access, so fetch it once.
  const body = document.body;
  let node: HtmlNode | null = body.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      chunks.push(node.textContent ?? '');
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = node.nodeName.toUpperCase();
      if (BLOCKS.has(tag)) chunks.push('\n');
      descend = !SKIPPED.has(tag);
    }
    if (descend && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node.nextSibling === null) {
      node = node.parentNode;
      if (node === body) node = null;
      else if (node !== null && BLOCKS.has(node.nodeName.toUpperCase())) chunks.push('\n');
    }
    node = node?.nextSibling ?? null;
  }
  return tidyLines(chunks.join(''));
}

/** True when a field meant to be plain text (an RSS title) carries HTML tags after all. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i.test(text);
}
