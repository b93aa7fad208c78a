import { parseHtmlDocument } from './html-dom';
import { absoluteUrl, headlineText, readPageMetadata } from './html-metadata';

describe('readPageMetadata', () => {
  it('prefers JSON-LD, then meta tags, and names the method of each field', () => {
    const document = parseHtmlDocument(`<html lang="pt-BR"><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2024-01-02T03:04:05Z","author":{"name":"Ana Souza"}}</script>
      <meta property="og:title" content="From meta">
      <meta property="article:published_time" content="2023-01-01T00:00:00Z">
      <meta property="article:modified_time" content="2024-01-03T00:00:00Z">
      <meta property="og:site_name" content="Folha Exemplo">
      <meta property="og:image" content="/img/lead.jpg">
      <link rel="canonical" href="https://example.com.br/a">
      <meta property="og:url" content="https://example.com.br/og">
    </head><body></body></html>`);
    expect(readPageMetadata(document, 'https://example.com.br/a?utm=x')).toEqual({
      title: { value: 'From JSON-LD', method: 'json-ld' },
      byline: { value: 'Ana Souza', method: 'json-ld' },
      publishedAt: { value: '2024-01-02T03:04:05.000Z', method: 'json-ld' },
      publishedDate: { value: '2024-01-02', method: 'json-ld' },
      modifiedAt: { value: '2024-01-03T00:00:00.000Z', method: 'meta' },
      canonicalUrl: { value: 'https://example.com.br/a', method: 'link-canonical' },
      siteName: { value: 'Folha Exemplo', method: 'meta' },
      leadImage: { value: 'https://example.com.br/img/lead.jpg', method: 'meta' },
      language: { value: 'pt', method: 'html-lang' },
    });
  });

  it('falls back to meta tags and strips the site name from og:title', () => {
    const document = parseHtmlDocument(`<html><head>
      <meta property="og:title" content="Talks resume | Daily Planet">
      <meta property="og:site_name" content="Daily Planet">
      <meta name="author" content="By Lois Lane">
      <meta name="dc.date" content="2024-02-02">
      <meta property="og:locale" content="en_US">
      <meta property="og:url" content="/world/talks">
    </head><body></body></html>`);
    const metadata = readPageMetadata(document, 'https://planet.example/world/talks');
    expect(metadata.title).toEqual({ value: 'Talks resume', method: 'meta' });
    expect(metadata.byline).toEqual({ value: 'Lois Lane', method: 'meta' });
    expect(metadata.publishedAt).toEqual({ value: '2024-02-02T00:00:00.000Z', method: 'meta' });
    expect(metadata.canonicalUrl).toEqual({
      value: 'https://planet.example/world/talks',
      method: 'meta',
    });
    expect(metadata.language).toEqual({ value: 'en', method: 'meta' });
  });

  it('takes the date from the article markup only as a last resort', () => {
    const document = parseHtmlDocument(
      '<html><body><article><h1>T</h1><time datetime="2024-03-03T10:00:00Z">x</time></article></body></html>',
    );
    expect(readPageMetadata(document, null).publishedAt).toEqual({
      value: '2024-03-03T10:00:00.000Z',
      method: 'article-time',
    });
  });

  it('ignores author profile URLs and unreadable dates', () => {
    const document = parseHtmlDocument(`<html><head>
      <meta property="article:author" content="https://facebook.com/someone">
      <meta property="article:published_time" content="last Tuesday">
    </head><body></body></html>`);
    const metadata = readPageMetadata(document, null);
    expect(metadata.byline).toBeNull();
    expect(metadata.publishedAt).toBeNull();
  });

  it('leaves everything null on a bare page', () => {
    const metadata = readPageMetadata(
      parseHtmlDocument('<html><body><p>x</p></body></html>'),
      null,
    );
    expect(Object.values(metadata).every((value) => value === null)).toBe(true);
  });
});

describe('absoluteUrl', () => {
  it('resolves relative references against the page and keeps only http(s)', () => {
    expect(absoluteUrl('/a/b', 'https://example.com/x/y')).toBe('https://example.com/a/b');
    expect(absoluteUrl('https://other.example/z', null)).toBe('https://other.example/z');
    expect(absoluteUrl('/a/b', null)).toBeNull();
    expect(absoluteUrl('javascript:alert(1)', 'https://example.com/')).toBeNull();
    expect(absoluteUrl('  ', 'https://example.com/')).toBeNull();
  });
});

describe('headlineText', () => {
  it('prefers the h1 of the article', () => {
    const document = parseHtmlDocument(
      '<body><h1>Site</h1><article><h1> Story </h1></article></body>',
    );
    expect(headlineText(document)).toBe('Story');
    expect(headlineText(parseHtmlDocument('<body><p>x</p></body>'))).toBeNull();
  });
});
