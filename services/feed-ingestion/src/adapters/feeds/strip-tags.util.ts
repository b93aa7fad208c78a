const TAG_NAME = /<\/?([a-z][a-z0-9-]*)/iy;
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noscript',
  'template',
]);
const LINE_BREAKING = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

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
 * Removes tags, comments and script/style bodies in one linear pass, leaving entities for the
 * caller to decode. A coarser stand-in for a DOM walk, used when markup is too deep or too large
 * for the HTML parser, whose element stack costs time proportional to nesting depth per tag.
 */
export function stripTags(html: string): string {
  const text: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text.push(html.slice(i));
      break;
    }
    text.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const match = TAG_NAME.exec(html);
    if (match === null) {
      // A "<" that opens no tag is text ("a < b"); escape it so the entity pass keeps it as such.
      text.push('&lt;');
      i = lt + 1;
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    const closing = html.charAt(lt + 1) === '/';
    i = tagEnd(html, lt + match[0].length);
    if (LINE_BREAKING.has(name)) text.push('\n');
    if (!closing && RAW_TEXT.has(name)) i = rawTextEnd(html, name, i);
  }
  return text.join('');
}
