// Linear HTML tokenising for input too large or too deep for the DOM parser, whose element stack
// costs time proportional to nesting depth on every tag (quadratic on hostile markup).

const TAG_NAME = /<\/?([a-z][a-z0-9-]*)/iy;
const RAW_TEXT = new Set('script style textarea title xmp iframe noscript template'.split(' '));
const LINE_BREAKING = new Set(
  [
    'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6',
    'header hr li ol p pre section table td th tr ul',
  ]
    .join(' ')
    .split(' '),
);

interface HtmlTag {
  /** Lower-case element name. */
  name: string;
  closing: boolean;
  /** The tag's source text, from "<" to ">" inclusive. */
  source: string;
}

/** Index just past the ">" closing a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i += 1) {
    const char = html.charAt(i);
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/** Index just past the end tag of a raw-text element (script, style…), or the end of input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}\\s*>`, 'gi');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match === null ? html.length : match.index + match[0].length;
}

/**
 * Walks text and tags in one pass, skipping comments and the bodies of raw-text elements. A "<"
 * that opens no tag is reported as the text "&lt;" so that entity decoding later keeps it.
 */
function scanHtml(
  html: string,
  onText: (text: string) => void,
  onTag: (tag: HtmlTag) => void,
): void {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      onText(html.slice(i));
      return;
    }
    onText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const match = TAG_NAME.exec(html);
    if (match === null) {
      onText('&lt;');
      i = lt + 1;
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    const closing = html.charAt(lt + 1) === '/';
    i = tagEnd(html, lt + match[0].length);
    onTag({ name, closing, source: html.slice(lt, i) });
    if (!closing && RAW_TEXT.has(name)) i = rawTextEnd(html, name, i);
  }
}

/**
 * Removes tags, comments and script/style bodies, breaking lines at block elements and leaving
 * entities for the caller to decode. A coarser stand-in for a DOM walk.
 */
export function stripTags(html: string): string {
  const text: string[] = [];
  scanHtml(
    html,
    (chunk) => text.push(chunk),
    (tag) => {
      if (LINE_BREAKING.has(tag.name)) text.push('\n');
    },
  );
  return text.join('');
}

/** The source of every start tag with one of `names`, concatenated: a flat document to parse. */
export function extractTags(html: string, names: ReadonlySet<string>): string {
  const tags: string[] = [];
  scanHtml(
    html,
    () => undefined,
    (tag) => {
      if (!tag.closing && names.has(tag.name)) tags.push(tag.source);
    },
  );
  return tags.join('\n');
}
