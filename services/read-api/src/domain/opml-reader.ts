import { canonicalFeedUrl } from './feed-url';

/** Largest OPML body accepted (bytes). Real subscription lists are a few hundred KB. */
export const OPML_MAX_BYTES = 5 * 1024 * 1024;
/** Feeds one import may register; more is a sign of a mistake or an attack. */
export const OPML_MAX_FEEDS = 5_000;
const MAX_OUTLINES = 50_000;
const MAX_DEPTH = 64;
const MAX_ATTRIBUTES = 64;
const MAX_TITLE_CHARS = 300;

export interface OpmlFeed {
  /** Canonical feed URL (see canonicalFeedUrl). */
  readonly url: string;
  readonly title: string | null;
}

export interface OpmlProblem {
  /** The outline's title or xmlUrl, shortened: enough for an operator to find it in the file. */
  readonly entry: string;
  readonly reason: string;
}

export interface OpmlDocument {
  readonly title: string | null;
  readonly feeds: OpmlFeed[];
  readonly invalid: OpmlProblem[];
  /** Outlines naming a feed already listed earlier in the same file. */
  readonly duplicates: number;
}

/** The document as a whole is unusable (not OPML, malformed, has a DTD, too large). */
export class OpmlError extends Error {
  override readonly name = 'OpmlError';
}

/**
 * Reads the feeds of an OPML 1.0/2.0 subscription list: every `<outline>` with an `xmlUrl`, at
 * any depth (folders are outlines too). A small purpose-built scanner rather than an XML
 * library: it never declares or expands entities (a DTD is refused outright), keeps attributes
 * in Maps (no prototype keys), and is one linear pass with bounded depth, so hostile input costs
 * no more than its length.
 */
export function readOpml(text: string): OpmlDocument {
  const scanner = new OpmlScanner(stripBom(text));
  scanner.run();
  return scanner.result();
}

class OpmlScanner {
  private readonly stack: string[] = [];
  private readonly seen = new Set<string>();
  private readonly feeds: OpmlFeed[] = [];
  private readonly invalid: OpmlProblem[] = [];
  private duplicates = 0;
  private outlines = 0;
  private root: string | null = null;
  private sawBody = false;
  private title: string | null = null;
  private titleStart = -1;

  constructor(private readonly text: string) {}

  run(): void {
    const { text } = this;
    let i = 0;
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt === -1) break;
      if (text.startsWith('<!--', lt)) i = skipPast(text, lt + 4, '-->', 'comment');
      else if (text.startsWith('<![CDATA[', lt)) i = skipPast(text, lt + 9, ']]>', 'CDATA');
      else if (text.startsWith('<!', lt))
        throw new OpmlError('document type and entity declarations are not accepted');
      else if (text.startsWith('<?', lt)) i = skipPast(text, lt + 2, '?>', 'instruction');
      else if (text.startsWith('</', lt)) i = this.closeTag(lt);
      else i = this.openTag(lt);
    }
    if (this.stack.length > 0) throw new OpmlError(`<${this.stack.at(-1) ?? ''}> is not closed`);
    if (this.root === null) throw new OpmlError('not an XML document');
    if (this.root !== 'opml') throw new OpmlError(`not OPML: the root element is <${this.root}>`);
    if (!this.sawBody) throw new OpmlError('OPML without a <body>');
  }

  result(): OpmlDocument {
    return {
      title: this.title,
      feeds: this.feeds,
      invalid: this.invalid,
      duplicates: this.duplicates,
    };
  }

  private closeTag(at: number): number {
    const end = this.text.indexOf('>', at);
    if (end === -1) throw new OpmlError('unterminated closing tag');
    const name = this.text
      .slice(at + 2, end)
      .trim()
      .toLowerCase();
    const open = this.stack.pop();
    if (open !== name)
      throw new OpmlError(`</${name.slice(0, 40)}> does not close <${open ?? ''}>`);
    if (name === 'title' && this.titleStart >= 0) {
      this.title = cleanTitle(decodeReferences(this.text.slice(this.titleStart, at)));
      this.titleStart = -1;
    }
    return end + 1;
  }

  private openTag(at: number): number {
    const { text } = this;
    let i = at + 1;
    while (i < text.length && !isNameEnd(text.charCodeAt(i))) i += 1;
    const name = text.slice(at + 1, i).toLowerCase();
    if (name === '') throw new OpmlError(`stray "<" at offset ${at}`);
    const attributes = new Map<string, string>();
    for (;;) {
      while (isSpace(text.charCodeAt(i))) i += 1;
      if (i >= text.length) throw new OpmlError(`unterminated <${name.slice(0, 40)}>`);
      if (text.startsWith('/>', i) || text[i] === '>') break;
      const nameStart = i;
      while (i < text.length && !isNameEnd(text.charCodeAt(i))) i += 1;
      const attribute = text.slice(nameStart, i).toLowerCase();
      while (isSpace(text.charCodeAt(i))) i += 1;
      if (attribute === '' || text[i] !== '=')
        throw new OpmlError(`malformed attribute in <${name.slice(0, 40)}> at offset ${i}`);
      i += 1;
      while (isSpace(text.charCodeAt(i))) i += 1;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") throw new OpmlError(`unquoted attribute at offset ${i}`);
      const valueEnd = text.indexOf(quote, i + 1);
      if (valueEnd === -1) throw new OpmlError(`unterminated attribute at offset ${i}`);
      if (!attributes.has(attribute) && attributes.size < MAX_ATTRIBUTES)
        attributes.set(attribute, decodeReferences(text.slice(i + 1, valueEnd)));
      i = valueEnd + 1;
    }
    const selfClosing = text.startsWith('/>', i);
    this.element(name, attributes);
    if (!selfClosing) {
      if (this.stack.length >= MAX_DEPTH) throw new OpmlError(`nested deeper than ${MAX_DEPTH}`);
      this.stack.push(name);
      if (name === 'title' && this.stack.join('/') === 'opml/head/title') this.titleStart = i + 1;
    }
    return i + (selfClosing ? 2 : 1);
  }

  private element(name: string, attributes: Map<string, string>): void {
    if (this.root === null) this.root = name;
    if (name === 'body' && this.stack.join('/') === 'opml') this.sawBody = true;
    if (name !== 'outline' || this.stack[1] !== 'body') return;
    this.outlines += 1;
    if (this.outlines > MAX_OUTLINES) throw new OpmlError(`more than ${MAX_OUTLINES} outlines`);
    const title = cleanTitle(attributes.get('title') ?? attributes.get('text') ?? '');
    const rawUrl = attributes.get('xmlurl');
    if (rawUrl === undefined) {
      // Folders and plain links are outlines too; only a typed feed without its URL is a mistake.
      if (/^(rss|atom|feed)$/i.test(attributes.get('type') ?? ''))
        this.invalid.push({ entry: title ?? '(untitled outline)', reason: 'has no xmlUrl' });
      return;
    }
    const canonical = canonicalFeedUrl(rawUrl);
    if (!canonical.ok) {
      this.invalid.push({
        entry: title ?? (rawUrl.slice(0, 200) || '(empty xmlUrl)'),
        reason: `xmlUrl ${canonical.reason}`,
      });
      return;
    }
    if (this.seen.has(canonical.url)) {
      this.duplicates += 1;
      return;
    }
    if (this.feeds.length >= OPML_MAX_FEEDS)
      throw new OpmlError(`more than ${OPML_MAX_FEEDS} feeds; split the file`);
    this.seen.add(canonical.url);
    this.feeds.push({ url: canonical.url, title });
  }
}

const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** The five predefined references and character references; anything else stays literal text. */
export function decodeReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    REFERENCE,
    (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
      if (named !== undefined) return NAMED[named] ?? whole;
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      const valid =
        code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && code !== 0xfffe;
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    },
  );
}

function cleanTitle(raw: string): string | null {
  const title = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS);
  return title === '' ? null : title;
}

function skipPast(text: string, from: number, terminator: string, what: string): number {
  const end = text.indexOf(terminator, from);
  if (end === -1) throw new OpmlError(`unterminated ${what}`);
  return end + terminator.length;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isNameEnd(code: number): boolean {
  return (
    Number.isNaN(code) ||
    isSpace(code) ||
    code === 0x2f ||
    code === 0x3c ||
    code === 0x3d ||
    code === 0x3e
  );
}
