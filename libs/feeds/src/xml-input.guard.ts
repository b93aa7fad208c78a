import { FeedParseError } from './feed-parse.error';

/** What the guard learnt while vetting a document, plus the text the XML parser may see. */
export interface GuardedXml {
  /** The document with reserved element names and undeclared entity references neutralised. */
  xml: string;
  /** Qualified name of the first element, or null when there is none. */
  rootName: string | null;
}

// These would reach object keys inside the XML parser; fast-xml-parser refuses them and feedsmith
// lower-cases names first, so any spelling would fail the whole feed.
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const RESERVED_PREFIX = 'nf-reserved-';
const DTD_KEYWORDS = ['DOCTYPE', 'ENTITY', 'ELEMENT', 'ATTLIST', 'NOTATION'];
// Without a DTD only these references are defined; anything else (&nbsp;, a bare "&") stays text.
const DEFINED_REFERENCE = /(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function isNameEnd(code: number): boolean {
  // charCodeAt past the end is NaN, which must stop a name as surely as a delimiter does.
  return (
    Number.isNaN(code) ||
    code <= 0x20 ||
    code === SLASH ||
    code === GT ||
    code === LT ||
    code === 0x3d ||
    code === QUOTE ||
    code === APOSTROPHE
  );
}

/**
 * Appends pieces in bounded batches: a body made of millions of "&" would otherwise hold tens of
 * millions of tiny strings at once.
 */
class ChunkedText {
  private readonly chunks: string[] = [];
  private pending: string[] = [];

  push(...pieces: string[]): void {
    this.pending.push(...pieces);
    if (this.pending.length >= 8192) {
      this.chunks.push(this.pending.join(''));
      this.pending = [];
    }
  }

  toString(): string {
    return this.chunks.join('') + this.pending.join('');
  }
}

function skipPast(input: string, from: number, terminator: string, what: string): number {
  const end = input.indexOf(terminator, from);
  if (end === -1) throw new FeedParseError('malformed', `Unterminated ${what}`);
  return end + terminator.length;
}

function rejectDeclaration(input: string, at: number): never {
  const keyword = input.slice(at + 2, at + 10).toUpperCase();
  if (keyword.startsWith('[') || DTD_KEYWORDS.some((word) => keyword.startsWith(word))) {
    throw new FeedParseError('xml-dtd-forbidden', 'Document type declarations are not accepted');
  }
  throw new FeedParseError('malformed', `Unexpected markup declaration at offset ${at}`);
}

/**
 * Vets an XML document before any parser sees it, in one linear pass: rejects DTDs outright (no
 * entity can be declared, so none can be expanded), escapes references to undeclared entities so
 * they survive as literal text, and renames elements whose names could reach an object prototype.
 * Comments, CDATA sections and processing instructions are skipped whole, so markup quoted inside
 * them (an HTML page in content:encoded) is left alone.
 */
export function guardXmlInput(input: string): GuardedXml {
  const output = new ChunkedText();
  let copiedUpTo = 0;
  let rootName: string | null = null;
  let inTag = false;
  let quote = 0;
  let i = 0;

  const escapeUndefinedReference = (at: number): void => {
    DEFINED_REFERENCE.lastIndex = at + 1;
    if (DEFINED_REFERENCE.test(input)) return;
    output.push(input.slice(copiedUpTo, at), '&amp;');
    copiedUpTo = at + 1;
  };

  // Index just past the tag name starting at `at`, or -1 when "<" is not followed by a name.
  const readTagName = (at: number): number => {
    const start = input.charCodeAt(at + 1) === SLASH ? at + 2 : at + 1;
    let end = start;
    while (!isNameEnd(input.charCodeAt(end))) end += 1;
    if (end === start) return -1;
    const name = input.slice(start, end);
    if (rootName === null && start === at + 1) rootName = name;
    const localName = name.slice(name.lastIndexOf(':') + 1).toLowerCase();
    if (RESERVED_NAMES.has(localName)) {
      output.push(input.slice(copiedUpTo, start), RESERVED_PREFIX, name.replaceAll(':', '-'));
      copiedUpTo = end;
    }
    return end;
  };

  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code === AMP && (!inTag || quote !== 0)) {
      escapeUndefinedReference(i);
      i += 1;
    } else if (inTag) {
      // A tag ends at the first ">" outside quotes, exactly as fast-xml-parser reads it, so the
      // guard and the parser agree on what is markup and what is text.
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === QUOTE || code === APOSTROPHE) {
        quote = code;
      } else if (code === GT) {
        inTag = false;
      }
      i += 1;
    } else if (code !== LT) {
      i += 1;
    } else if (input.startsWith('<!--', i)) {
      i = skipPast(input, i + 4, '-->', 'comment');
    } else if (input.startsWith('<![CDATA[', i)) {
      i = skipPast(input, i + 9, ']]>', 'CDATA section');
    } else if (input.startsWith('<!', i)) {
      rejectDeclaration(input, i);
    } else if (input.startsWith('<?', i)) {
      i = skipPast(input, i + 2, '?>', 'processing instruction');
    } else {
      const nameEnd = readTagName(i);
      // "<" followed by no name is stray text; the parser will report it.
      inTag = nameEnd !== -1;
      i = inTag ? nameEnd : i + 1;
    }
  }

  if (inTag) throw new FeedParseError('malformed', 'Unterminated tag');
  if (copiedUpTo === 0) return { xml: input, rootName };
  output.push(input.slice(copiedUpTo));
  return { xml: output.toString(), rootName };
}
