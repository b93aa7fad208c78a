import {
  nonEmpty,
  parseHtmlDocument,
  parseHtmlFragment,
  readReadableContent,
  textOf,
} from './html-dom';

const articleHtml = `<html><head><title>Harbour reopens</title></head><body>
  <nav><a href="/">Home</a></nav>
  <article><h1>Harbour reopens</h1>
    <p>The harbour reopened to fishing boats on Tuesday after a three-week closure caused by a storm that damaged the breakwater and sank two trawlers at their moorings.</p>
    <p>Harbour officials said repairs to the breakwater would continue through the summer but would not affect traffic, and that insurers had agreed to cover most of the cost.</p>
    <p>Fishermen said the closure had cost them their best weeks of the season, and called on the council to speed up compensation payments for lost catches.</p>
  </article></body></html>`;

describe('readReadableContent', () => {
  it('finds the article content and leaves the original document untouched', () => {
    const document = parseHtmlDocument(articleHtml);
    const readable = readReadableContent(document);
    expect(readable?.contentHtml).toContain('The harbour reopened');
    expect(readable?.contentHtml).not.toContain('Home');
    expect(readable?.title).toBe('Harbour reopens');
    expect(document.querySelector('nav')).not.toBeNull();
  });

  it('returns null when there is nothing to read', () => {
    expect(readReadableContent(parseHtmlDocument('<html><body></body></html>'))).toBeNull();
  });
});

describe('dom helpers', () => {
  it('parses fragments and collapses text whitespace', () => {
    const document = parseHtmlFragment('<p> a \n  b </p>');
    expect(textOf(document.querySelector('p'))).toBe('a b');
    expect(textOf(null)).toBe('');
  });

  it('turns blank strings into null', () => {
    expect(nonEmpty('  x ')).toBe('x');
    expect(nonEmpty(' ')).toBeNull();
    expect(nonEmpty(undefined)).toBeNull();
  });
});
