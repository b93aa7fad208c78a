import { FeedParseError } from './feed-parse.error';

/** The text fields of one `<url>` (or `<sitemap>`) entry, exactly as written, entities decoded. */
export interface RawSitemapEntry {
  loc?: string;
  lastmod?: string;
  /** news:news/news:title */
  newsTitle?: string;
  /** news:news/news:publication_date */
  publicationDate?: string;
  /** news:news/news:publication/news:name */
  publicationName?: string;
  /** news:news/news:publication/news:language */
  publicationLanguage?: string;
}

export interface ScannedSitemap {
  /** Entries in document order, at most `maxEntries`. */
  entries: RawSitemapEntry[];
  /** True when the document held more entries than were read. */
  truncated: boolean;
}

type Field = keyof RawSitemapEntry;

// Paths below the root, by local name (prefixes dropped): the only elements whose text we keep.
// Everything else — image:image, video:video, xhtml:link, unknown extensions — is skipped.
const FIELDS: ReadonlyMap<string, Field> = new Map([
  ['url/loc', 'loc'],
  ['url/lastmod', 'lastmod'],
  ['url/news/title', 'newsTitle'],
  ['url/news/publication_date', 'publicationDate'],
  ['url/news/publication/name', 'publicationName'],
  ['url/news/publication/language', 'publicationLanguage'],
  ['sitemap/loc', 'loc'],
  ['sitemap/lastmod', 'lastmod'],
]);
const ENTRY_ELEMENTS = new Set(['url', 'sitemap']);
// Longest text kept per field: a URL may be long, but not a megabyte.
const MAX_FIELD_CHARS = 4096;
// Sitemaps are four levels deep at most (urlset/url/news/publication/name); far deeper nesting
// is an attack on the stack, not a sitemap.
const MAX_DEPTH = 64;
const MAX_PATH_DEPTH = 5;

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};
const REFERENCE = /&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g;

function decodeReference(_match: string, name: string): string {
  if (!name.startsWith('#')) return PREDEFINED[name] ?? '';
  const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}

function localName(qualified: string): string {
  return qualified.slice(qualified.lastIndexOf(':') + 1).toLowerCase();
}

/** Index of the ">" closing the tag that starts at `from`, outside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i += 1) {
    const char = xml[i];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i;
    }
  }
  throw new FeedParseError('malformed', 'Unterminated tag');
}

function skipPast(xml: string, from: number, terminator: string, what: string): number {
  const end = xml.indexOf(terminator, from);
  if (end === -1) throw new FeedParseError('malformed', `Unterminated ${what}`);
  return end + terminator.length;
}

/**
 * Reads the entries of a sitemap or sitemap index in one linear pass over a document already
 * vetted by guardXmlInput (no DTD, only predefined entities left). Keeps only the handful of
 * fields polling needs, so a 50,000-URL sitemap costs one small object per URL.
 */
export function scanSitemapXml(xml: string, maxEntries: number): ScannedSitemap {
  const entries: RawSitemapEntry[] = [];
  const stack: string[] = [];
  let entry: RawSitemapEntry | null = null;
  let field: Field | null = null;
  let fieldDepth = 0;
  let text: string[] = [];
  let textChars = 0;
  let i = 0;

  const keep = (piece: string, decode: boolean): void => {
    if (field === null || textChars > MAX_FIELD_CHARS) return;
    const kept = piece.slice(0, MAX_FIELD_CHARS + 1);
    text.push(decode ? kept.replace(REFERENCE, decodeReference) : kept);
    textChars += kept.length;
  };

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    if (lt > i) keep(xml.slice(i, lt), true);
    if (xml.startsWith('<!--', lt)) {
      i = skipPast(xml, lt + 4, '-->', 'comment');
    } else if (xml.startsWith('<![CDATA[', lt)) {
      i = skipPast(xml, lt + 9, ']]>', 'CDATA section');
      keep(xml.slice(lt + 9, i - 3), false);
    } else if (xml.startsWith('<?', lt)) {
      i = skipPast(xml, lt + 2, '?>', 'processing instruction');
    } else if (xml[lt + 1] === '/') {
      const end = tagEnd(xml, lt);
      const name = localName(xml.slice(lt + 2, end).trim());
      if (stack.pop() !== name) throw new FeedParseError('malformed', `Unexpected </${name}>`);
      if (field !== null && stack.length < fieldDepth) {
        if (entry !== null && entry[field] === undefined)
          entry[field] = text.join('').slice(0, MAX_FIELD_CHARS);
        field = null;
      }
      if (stack.length === 1 && entry !== null && ENTRY_ELEMENTS.has(name)) {
        entries.push(entry);
        entry = null;
        if (entries.length >= maxEntries) return { entries, truncated: true };
      }
      i = end + 1;
    } else {
      const end = tagEnd(xml, lt);
      const selfClosing = xml[end - 1] === '/';
      const name = localName(/^[^\s/>]*/.exec(xml.slice(lt + 1, end))?.[0] ?? '');
      i = end + 1;
      if (selfClosing) continue;
      stack.push(name);
      if (stack.length > MAX_DEPTH)
        throw new FeedParseError('malformed', 'Elements nested too deep');
      if (stack.length === 2 && ENTRY_ELEMENTS.has(name)) entry = {};
      const mapped: Field | false | undefined =
        entry !== null &&
        field === null &&
        stack.length <= MAX_PATH_DEPTH &&
        FIELDS.get(stack.slice(1).join('/'));
      if (mapped) {
        field = mapped;
        fieldDepth = stack.length;
        text = [];
        textChars = 0;
      }
    }
  }
  if (stack.length > 0) throw new FeedParseError('malformed', `Unclosed <${stack.at(-1) ?? ''}>`);
  return { entries, truncated: false };
}
